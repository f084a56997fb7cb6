import { signatureOf } from '../context.ts';
import { UNDELIVERED_WHY, type QuestionView } from '../question.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { viAgo, viDateTime } from '../../../web/format.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { noticeHtml, type Notice } from '../../../web/notice.ts';
import { routeText, statusBadge, undeliveredBadge } from './question-parts.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { volunteerBrief } from '../../assist/brief.ts';
import { briefSection } from '../../assist/web/brief-section.ts';

/** Messages after a successful action (`?ok=`), from a fixed list: nothing from the URL is echoed. */
const DONE: Record<string, string> = {
  claimed: 'Bạn đã nhận câu hỏi này. Người hỏi được báo là tổ đang soạn câu trả lời. Hãy gõ câu trả lời bên dưới.',
  answered: 'Đã gửi câu trả lời tới người hỏi. Cần bổ sung thì cứ gửi tiếp; xong thì bấm “Đóng câu hỏi”.',
  redacted:
    'Đã gửi câu trả lời tới người hỏi. Các số cá nhân (số điện thoại, tài khoản, mã…) trong tin nhắn đã được che để giữ an toàn.',
  closed: 'Đã đóng câu hỏi. Người hỏi được báo và được mời đánh giá câu trả lời.',
  promoted: 'Đã tạo bản nháp cho kho kiến thức. Quản trị viên sẽ xem lại trước khi trợ lý dùng nó để trả lời.',
};

const hidden = (ctx: PageContext, id: string) =>
  html`<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="id" value="${id}">`;

function actions(
  ctx: PageContext,
  q: QuestionView,
  targets: Array<{ route: string; label: string }>,
  text: string,
): SafeHtml {
  const open = q.status === 'open';
  const mayAnswer = open || (q.status === 'claimed' && q.mine === true);
  const { signature } = signatureOf(ctx.viewer.learner, q);
  const parts: SafeHtml[] = [];
  if (open) {
    parts.push(html`<form method="post" action="/admin/questions/claim">${hidden(ctx, q.id)}<button class="btn big" type="submit">✋ Tôi nhận trả lời câu này</button></form>
<p class="muted small">Người hỏi sẽ được báo là tổ đã nhận và đang soạn câu trả lời.</p>`);
  } else if (q.status === 'claimed' && !q.mine) {
    parts.push(html`<p class="note">${q.claimerName ?? 'Một thành viên tổ'} đã nhận câu này và đang trả lời.</p>`);
  }
  if (mayAnswer) {
    parts.push(html`<form method="post" action="/admin/questions/answer" class="stack">${hidden(ctx, q.id)}
<label for="answer">Câu trả lời gửi người hỏi</label>
<textarea id="answer" name="text" rows="6" maxlength="2000" required placeholder="Gõ câu trả lời ngắn gọn, dễ hiểu…">${text}</textarea>
<p class="muted small">Tin nhắn được gửi qua trợ lý, ký tên “— ${signature}”. Người hỏi không thấy số điện thoại hay tài khoản của bạn.</p>
<button class="btn" type="submit">${open ? 'Nhận và gửi câu trả lời' : '📨 Gửi cho người hỏi'}</button></form>`);
  }
  const more: SafeHtml[] = [];
  if (q.answers.length > 0 && !q.draft) {
    more.push(html`<form method="post" action="/admin/questions/promote">${hidden(ctx, q.id)}<button class="btn secondary" type="submit">📚 Thêm vào kho kiến thức</button></form>
<p class="muted small">Tạo bản nháp mục hỏi đáp từ câu hỏi và câu trả lời, để quản trị viên duyệt.</p>`);
  } else if (q.draft) {
    more.push(
      html`<p class="note small">📚 Đã có bản nháp kho kiến thức <code>${q.draft}</code>, chờ quản trị viên duyệt.</p>`,
    );
  }
  if (q.status !== 'closed') {
    if (targets.length > 0) {
      more.push(html`<form method="post" action="/admin/questions/pass" class="inline">${hidden(ctx, q.id)}
<label for="target">Chuyển cho</label><select id="target" name="target">${targets.map((t) => html`<option value="${t.route}">${t.route === '*' ? t.label : `Tổ ${t.label}`}</option>`)}</select>
<button class="btn secondary" type="submit">↪️ Chuyển</button></form>`);
    }
    more.push(
      html`<form method="post" action="/admin/questions/close">${hidden(ctx, q.id)}<button class="btn secondary" type="submit" data-confirm="Đóng câu hỏi #${q.id}? Người hỏi sẽ được báo.">✅ Đóng câu hỏi</button></form>`,
    );
  }
  if (parts.length === 0 && more.length === 0) return html``;
  return html`<section class="card actions"><h2>Xử lý</h2>${parts}${parts.length && more.length ? html`<h3 class="more">Việc khác</h3>` : ''}${more}</section>`;
}

const RATING = {
  up: '👍 Người hỏi thấy câu trả lời hữu ích.',
  down: '👎 Người hỏi thấy câu trả lời chưa giúp được.',
} as const;

/** The question page: the question with its context, the answers sent, and what the viewer can do. */
export async function renderQuestion(
  ctx: PageContext,
  q: QuestionView,
  status: number,
  options: { notice?: Notice; text?: string; brief?: SafeHtml } = {},
): Promise<void> {
  const { handoff, clock, config } = ctx.deps.app;
  const now = clock();
  const tz = config.TIMEZONE;
  const targets = q.status === 'closed' ? [] : ((await handoff.passTargets(q.id, ctx.viewer.learner)) ?? []);
  const answers = q.answers.map(
    (a) =>
      html`<li class="answer"><div class="answer-text">${a.text}</div><div class="muted small">— ${a.signature} · ${viDateTime(a.at, tz)}</div>${
        a.undelivered
          ? html`<p class="note small" data-undelivered>⚠️ Chưa gửi được tới người hỏi: ${UNDELIVERED_WHY[a.undelivered.reason]}.</p>`
          : ''
      }</li>`,
  );
  const body = html`<p class="back"><a href="/admin/questions">← Tất cả câu hỏi</a></p>
<div class="page-head"><div><h1>Câu hỏi #${q.id}</h1><div class="row">${statusBadge(q)}${undeliveredBadge(q)}<span class="muted">${routeText(q)}</span></div></div></div>
${noticeHtml(options.notice)}
<div class="two">
<div>
<section class="card"><h2>${q.asker} hỏi</h2>
<blockquote class="quote">${q.text}</blockquote>
<p class="muted small">Gửi lúc ${viDateTime(q.createdAt, tz)} (${viAgo(q.createdAt, now)})${q.lessonTitle ? html` · Đang học: <strong>${q.lessonTitle}</strong>` : ''}</p>
${q.tutorAnswer ? html`<details class="tutor"><summary>Trợ lý đã trả lời</summary><p>${q.tutorAnswer}</p></details>` : ''}
</section>
${options.brief ?? ''}
<section class="card"><h2>Câu trả lời đã gửi</h2>
${answers.length ? html`<ul class="list answers">${answers}</ul>` : html`<p class="empty">Chưa có câu trả lời nào.</p>`}
${q.rating ? html`<p class="note">${RATING[q.rating]}</p>` : ''}
${q.status === 'closed' && q.closedAt ? html`<p class="muted small">Đã đóng lúc ${viDateTime(q.closedAt, tz)}${q.closedBy === 'learner' ? ' (người hỏi đóng)' : ''}.</p>` : ''}
</section>
</div>
${actions(ctx, q, targets, options.text ?? '')}
</div>`;
  sendHtml(
    ctx.res,
    status,
    layout({ title: `Câu hỏi #${q.id}`, active: 'questions', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}

/** GET /admin/questions/view?id=A7K2: another ward's question (or none) is 403, as for any ward. */
export async function questionPage(ctx: PageContext): Promise<void> {
  const id = ctx.url.searchParams.get('id') ?? '';
  const q = await ctx.deps.app.handoff.view(id, ctx.viewer.learner);
  if (!q) return forbidden(ctx, 'Câu hỏi này không thuộc phường, xã của bạn, hoặc không còn nữa.');
  const done = DONE[ctx.url.searchParams.get('ok') ?? ''];
  // The claimer gets the closest entries and a drafted reply to edit; nothing is sent until they press send.
  const { store, answerer, content, llm } = ctx.deps.app;
  const brief =
    q.status === 'claimed' && q.mine && q.answers.length === 0
      ? await volunteerBrief({ store, answerer, content, ...(llm ? { llm } : {}) }, q)
      : undefined;
  await renderQuestion(ctx, q, 200, {
    ...(done ? { notice: { ok: true, text: done } } : {}),
    ...(brief ? { brief: briefSection(brief, q), text: brief.draft?.text ?? '' } : {}),
  });
}
