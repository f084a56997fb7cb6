import { ALL_WARDS } from '../../../core/stats/stats-keys.ts';
import { allowedWard } from '../../../web/access.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { html } from '../../../web/html.ts';
import { sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { noticeHtml } from '../../../web/notice.ts';
import { questionItem } from './question-parts.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';

/** Messages after an action that leaves the question page (the question went to someone else). */
const DONE: Record<string, string> = {
  passed: 'Đã chuyển câu hỏi. Tổ hoặc ban quản trị nhận câu hỏi sẽ được báo ngay.',
};

/**
 * Câu hỏi: the handoff inbox of the ward, the same questions as "/cauhoi" in the chat. Open ones
 * (claimed or not) oldest first; closed ones newest first. Admins see every ward or pick one.
 */
export async function questionsPage(ctx: PageContext): Promise<void> {
  const { handoff, policy, clock, config } = ctx.deps.app;
  const params = ctx.url.searchParams;
  const ward = allowedWard(ctx.viewer, policy, params.get('ward'));
  if (!ward) return forbidden(ctx);
  const closed = params.get('status') === 'closed';
  const now = clock();
  const views = await handoff.list(ctx.viewer.learner, {
    ...(ward === ALL_WARDS ? {} : { route: ward }),
    status: closed ? 'closed' : 'open',
    limit: 100,
  });
  const waiting = views.filter((q) => q.status === 'open').length;
  const tab = (status: 'open' | 'closed', label: string) => {
    const href = `/admin/questions?${new URLSearchParams({ ...(ctx.viewer.role === 'admin' ? { ward } : {}), ...(status === 'closed' ? { status } : {}) })}`;
    return html`<a href="${href}" class="${closed === (status === 'closed') ? 'active' : ''}">${label}</a>`;
  };
  const done = DONE[params.get('ok') ?? ''];
  const body = html`<div class="page-head"><div><h1>Câu hỏi của người dân</h1>
<p class="muted">${wardLabel(ward, ctx.viewer, ctx.deps.app.content)} · câu hỏi trợ lý chuyển cho tổ công nghệ số</p></div>
${await wardPicker(ctx, ward, '/admin/questions', closed ? { status: 'closed' } : {})}</div>
${noticeHtml(done ? { ok: true, text: done } : undefined)}
<div class="tabs">${tab('open', 'Đang chờ xử lý')}${tab('closed', 'Đã đóng')}</div>
<section class="card">
${
  closed
    ? html`<h2>Đã đóng gần đây</h2>`
    : html`<h2>Đang chờ xử lý (${views.length})</h2>${waiting ? html`<p class="muted">${waiting} câu chưa có ai nhận. Bấm vào câu hỏi để nhận và trả lời.</p>` : ''}`
}
${
  views.length
    ? html`<ul class="list">${views.map((q) => questionItem(q, now, config.TIMEZONE, ctx.viewer.role === 'admin'))}</ul>`
    : html`<p class="empty">${closed ? 'Chưa có câu hỏi nào đã đóng.' : 'Không có câu hỏi nào đang chờ. Cảm ơn tổ!'}</p>`
}
</section>
<p class="note small">Người hỏi chỉ hiện là “Bác ở …”: trang này không bao giờ hiện số điện thoại hay tài khoản của người dân. Có thể trả lời cả trong khung chat với trợ lý (lệnh <strong>/cauhoi</strong>).</p>`;
  sendHtml(ctx.res, 200, layout({ title: 'Câu hỏi', active: 'questions', viewer: ctx.viewer, csrf: ctx.csrf }, body));
}
