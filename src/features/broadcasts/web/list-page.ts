import { formatCount } from '../report.ts';
import { ALL_WARDS } from '../../../core/stats/stats-keys.ts';
import { allowedWard } from '../../../web/access.ts';
import { broadcastBadge, mayView } from './words.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { viDateTime } from '../../../web/format.ts';
import { html } from '../../../web/html.ts';
import { sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';

/** Broadcasts read to build the list, and how many of the ward's newest are shown. */
const READ_LIMIT = 200;
const SHOWN = 50;
const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Thông báo: the broadcasts of the ward (admins: every ward or one), newest first, with their
 * state and figures; the button to write a new one. The same broadcasts as the chat's "/guitin".
 */
export async function broadcastsPage(ctx: PageContext): Promise<void> {
  const { broadcasts, policy, config } = ctx.deps.app;
  const ward = allowedWard(ctx.viewer, policy, ctx.url.searchParams.get('ward'));
  if (!ward) return forbidden(ctx);
  const all = await broadcasts.list(READ_LIMIT);
  // Drafts are steps of a conversation (or of a form) not yet confirmed: not broadcasts yet.
  const shown = all
    .filter(
      (b) => b.status !== 'draft' && mayView(ctx.viewer, policy, b) && (ward === ALL_WARDS || b.audience.ward === ward),
    )
    .slice(0, SHOWN);
  const reports = await Promise.all(shown.map((b) => broadcasts.report(b.id)));
  const items = shown.map((b, i) => {
    const r = reports[i];
    const when = b.startedAt
      ? `Gửi lúc ${viDateTime(b.startedAt, config.TIMEZONE)}`
      : b.scheduledAt
        ? `Hẹn gửi lúc ${viDateTime(b.scheduledAt, config.TIMEZONE)}`
        : `Tạo lúc ${viDateTime(b.createdAt, config.TIMEZONE)}`;
    return html`<li data-broadcast="${b.id}"><a class="item-link" href="/admin/broadcasts/view?id=${encodeURIComponent(b.id)}">
<div class="row">${broadcastBadge(b)}<span class="grow muted small">${when}</span>${r && b.startedAt ? html`<span class="small">Đã nhận <strong>${formatCount(r.delivered)}</strong>/${formatCount(r.total)}</span>` : ''}</div>
<div class="q-text">${excerpt(b.text)}</div>
<div class="muted small">${b.audienceLabel} · ${b.from}</div></a></li>`;
  });
  const body = html`<div class="page-head"><div><h1>Thông báo</h1><p class="muted">${wardLabel(ward, ctx.viewer, ctx.deps.app.content)} · gửi tới người học qua trợ lý</p></div>
${await wardPicker(ctx, ward, '/admin/broadcasts')}</div>
<p><a class="btn big cta" href="/admin/broadcasts/new">✍️ Soạn thông báo mới</a></p>
<section class="card"><h2>Đã gửi và hẹn gửi</h2>
${items.length ? html`<ul class="list">${items}</ul>` : html`<p class="empty">Chưa có thông báo nào.</p>`}</section>`;
  sendHtml(
    ctx.res,
    200,
    layout({ title: 'Thông báo', active: 'broadcasts', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}
