import { html } from './html.ts';
import { redirect, sendHtml } from './http-io.ts';
import { layout } from './layout.ts';
import { simPanel } from './sim-panel.ts';
import { isSimView, SIM_VIEWS, type SimView } from './sim-views.ts';
import type { PageContext } from './web-context.ts';

const viewOf = (v: string | null): SimView => (isSimView(v) ? v : 'telegram');
const back = (view: SimView) => `/admin/simulator?view=${view}`;

/** Simulator: try any lesson in a chat panel, rendered as Telegram, Zalo or the terminal show it. */
export async function simulatorPage(ctx: PageContext): Promise<void> {
  const { content } = ctx.deps.app;
  const view = viewOf(ctx.url.searchParams.get('view'));
  const state = ctx.deps.simulator.get(ctx.session.id);
  const lesson = state ? content.lesson(state.lessonId) : undefined;
  const tabs = html`<div class="tabs" role="tablist">${SIM_VIEWS.map(
    (v) =>
      html`<a role="tab" href="${back(v.key)}" class="${v.key === view ? 'active' : ''}"${v.key === view ? html` aria-selected="true"` : ''}>${v.label}</a>`,
  )}</div>`;
  const body = html`<div class="page-head"><div><h1>Thử bài học</h1><p class="muted">Học thử như người dân, trên một bản sao riêng: không ảnh hưởng số liệu thật.</p></div></div>
<div class="sim-layout">
<div>${tabs}${state && lesson ? simPanel(state, view, ctx.csrf, lesson.title, ctx.deps.renderView) : html`<section id="sim" class="card"><p class="empty">Chọn một bài học rồi bấm “Bắt đầu thử”.</p></section>`}</div>
<section class="card"><h2>Chọn bài học</h2>
<form method="post" action="/admin/simulator/start">
<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="view" value="${view}">
<p><label for="sim-lesson">Bài học</label><br><select id="sim-lesson" name="lesson">${content.lessons.map(
    (l) => html`<option value="${l.id}"${l.id === state?.lessonId ? html` selected` : ''}>${l.title}</option>`,
  )}</select></p>
<button class="btn" type="submit">${state ? 'Bắt đầu lại' : 'Bắt đầu thử'}</button>
</form>
<p class="note">Bấm các nút hoặc gõ như người dân: “tiếp”, “1”, “menu”… Đổi ứng dụng ở các thẻ phía trên để xem cùng cuộc trò chuyện hiển thị trên Telegram, Zalo hay dòng lệnh.</p></section>
</div>`;
  sendHtml(
    ctx.res,
    200,
    layout({ title: 'Thử bài học', active: 'simulator', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}

export async function simulatorStart(ctx: PageContext): Promise<void> {
  await ctx.deps.simulator.start(ctx.session.id, ctx.form.get('lesson') ?? '');
  redirect(ctx.res, back(viewOf(ctx.form.get('view'))));
}

export async function simulatorSend(ctx: PageContext): Promise<void> {
  const payload = ctx.form.get('payload');
  const text = ctx.form.get('text');
  await ctx.deps.simulator.send(ctx.session.id, {
    ...(payload !== null ? { payload } : {}),
    ...(text !== null ? { text } : {}),
  });
  redirect(ctx.res, back(viewOf(ctx.form.get('view'))));
}
