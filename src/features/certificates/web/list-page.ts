import { allowedWard } from '../../../web/access.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { html } from '../../../web/html.ts';
import { sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { vietnameseDate } from '../render.ts';

const SHOWN = 200;

/**
 * Certificates and badges issued, newest first, each linking to its public `/verify` page.
 * Team members see their own ward's; admins every ward or one.
 */
export async function certificatesPage(ctx: PageContext): Promise<void> {
  const { policy, certificates, content } = ctx.deps.app;
  const ward = allowedWard(ctx.viewer, policy, ctx.url.searchParams.get('ward'));
  if (!ward) return forbidden(ctx);
  const records = await certificates.list(ward, SHOWN);
  const courses = records.filter((r) => r.kind === 'course').length;
  const rows = records.map(
    (
      r,
    ) => html`<li data-code="${r.code}"><div class="row"><strong class="grow">${r.kind === 'course' ? '🎓' : '🏅'} ${r.name ?? '(chưa ghi tên)'}</strong><a href="/verify/${r.code}">${r.code}</a></div>
<div class="muted small">${r.kind === 'course' ? `Giấy chứng nhận · ${r.lessons.length} bài` : `Huy hiệu · ${r.lessons[0]?.title ?? ''}`} · ${r.ward ?? 'chưa rõ phường, xã'} · ${vietnameseDate(r.day)}</div></li>`,
  );
  const body = html`<div class="page-head"><div><h1>Giấy chứng nhận</h1><p class="muted">${wardLabel(ward, ctx.viewer, content)}</p></div>
${await wardPicker(ctx, ward, '/admin/certificates')}</div>
<section class="card"><p>Đã cấp <strong data-testid="courses">${courses}</strong> giấy chứng nhận và <strong>${records.length - courses}</strong> huy hiệu${records.length >= SHOWN ? ` (${SHOWN} gần nhất)` : ''}.
Ai cũng kiểm tra được một mã tại <a href="/verify">/verify</a>.</p>
${
  rows.length
    ? html`<ul class="list">${rows}</ul>`
    : html`<p class="empty">Chưa có ai nhận giấy chứng nhận hay huy hiệu.</p>`
}</section>`;
  sendHtml(
    ctx.res,
    200,
    layout({ title: 'Giấy chứng nhận', active: 'certificates', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}
