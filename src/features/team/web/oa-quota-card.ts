import { windowHours } from '../../../core/learners/zalo-window.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import type { PageContext } from '../../../web/web-context.ts';

const count = (n: number) => n.toLocaleString('vi-VN');

/**
 * The Zalo OA's proactive messages this month, for the overview: how many the broadcasts and
 * late reminders used and how many are left. Nothing when no OA is set up.
 */
export async function oaQuotaCard(ctx: PageContext): Promise<SafeHtml | ''> {
  const { config, zaloOa, clock } = ctx.deps.app;
  if (!config.ZALO_OA_APP_ID) return '';
  const u = await zaloOa.ledger.usage(clock());
  const [year, month] = u.month.split('-');
  return html`<section class="card kpi"><div class="label">Hạn mức Zalo OA tháng ${Number(month)}/${year}</div>
<div class="value" data-testid="oa-quota">${count(u.used)}/${count(u.limit)}</div>
<div class="meta">Còn <strong data-testid="oa-quota-left">${count(u.left)}</strong> tin chủ động. Trả lời người đã nhắn trong ${windowHours(zaloOa.rules)} giờ thì miễn phí.</div></section>`;
}
