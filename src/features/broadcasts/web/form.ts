import { AUDIENCE_CHANNELS } from '../audience.ts';
import { MAX_BROADCAST_TEXT } from '../message.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import type { ComposeValues, FilterChoice } from './values.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { knownWards } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';

const checked = (on: boolean) => (on ? html` checked` : '');
const selected = (on: boolean) => (on ? html` selected` : '');

function choice(
  v: ComposeValues,
  value: FilterChoice,
  label: SafeHtml | string,
  extra: SafeHtml | string = '',
): SafeHtml {
  return html`<label class="choice"><input type="radio" name="filter" value="${value}"${checked(v.filter === value)}><span>${label}</span>${extra}</label>`;
}

/** Step 1: what to say and to whom. Members address their own ward; admins pick a ward or all. */
export async function composeForm(ctx: PageContext, v: ComposeValues): Promise<SafeHtml> {
  const { content } = ctx.deps.app;
  const admin = ctx.viewer.role === 'admin';
  const ward = admin
    ? html`<p><label for="bc-ward">Phường, xã</label><br><select id="bc-ward" name="ward">${(await knownWards(ctx)).map(
        (w) =>
          html`<option value="${w}"${selected(w === v.ward)}>${wardLabel(w, ctx.viewer, ctx.deps.app.content)}</option>`,
      )}</select></p>`
    : html`<p>Gửi cho người học ở <strong>${wardLabel(v.ward, ctx.viewer, ctx.deps.app.content)}</strong>.</p><input type="hidden" name="ward" value="${v.ward}">`;
  return html`<form method="post" action="/admin/broadcasts/preview">
<input type="hidden" name="_csrf" value="${ctx.csrf}">
<div class="two">
<section class="card"><h2>1. Nội dung</h2>
<p><label for="bc-text">Nội dung thông báo</label>
<textarea id="bc-text" name="text" rows="7" maxlength="${MAX_BROADCAST_TEXT}" required placeholder="Ví dụ: Sáng thứ Bảy này, tổ công nghệ số hướng dẫn cài VNeID tại nhà văn hóa…">${v.text}</textarea></p>
<p class="muted small">Tối đa ${MAX_BROADCAST_TEXT.toLocaleString('vi-VN')} ký tự. Trợ lý tự thêm tên tổ ở đầu tin và cách tắt nhận tin ở cuối.</p>
<p><label for="bc-image">Đường dẫn ảnh <span class="muted">(không bắt buộc)</span></label>
<input type="url" id="bc-image" name="image" value="${v.image}" placeholder="https://…/anh.jpg" inputmode="url"></p>
<p><label for="bc-link">Đường dẫn trang web <span class="muted">(không bắt buộc)</span></label>
<input type="url" id="bc-link" name="link" value="${v.link}" placeholder="https://…" inputmode="url"></p>
</section>
<section class="card"><h2>2. Người nhận</h2>
${ward}
<fieldset class="choices"><legend>Những ai?</legend>
${choice(v, 'all', 'Tất cả người học')}
${choice(v, 'lesson', 'Chưa học xong bài', html`<select name="lesson" aria-label="Bài học">${content.lessons.map((l) => html`<option value="${l.id}"${selected(l.id === v.lesson)}>${l.title}</option>`)}</select>`)}
${choice(v, 'idle', 'Lâu không vào học, quá', html`<span class="row"><input type="number" name="days" min="1" max="365" value="${v.days}" aria-label="Số ngày"> ngày</span>`)}
${choice(v, 'channel', 'Chỉ người dùng', html`<select name="channel" aria-label="Ứng dụng">${AUDIENCE_CHANNELS.map((c) => html`<option value="${c.channel}"${selected(c.channel === v.channel)}>${c.label}</option>`)}</select>`)}
</fieldset>
<p class="muted small">Người đã gõ “dừng” sẽ không nhận thông báo.</p>
</section>
</div>
<button class="btn big cta" type="submit">Xem trước</button>
</form>`;
}
