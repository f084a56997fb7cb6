import { UNDELIVERED_WHY, undeliveredReasonOf, type QuestionView } from '../question.ts';
import { viAgo, viDateTime } from '../../../web/format.ts';
import { html, type SafeHtml } from '../../../web/html.ts';

/** Where a question stands, in a word or two; "Bạn đang trả lời" when the viewer claimed it. */
export function statusBadge(q: QuestionView): SafeHtml {
  if (q.status === 'closed') return html`<span class="badge plain">Đã đóng</span>`;
  if (q.status === 'claimed')
    return q.mine
      ? html`<span class="badge ok">Bạn đang trả lời</span>`
      : html`<span class="badge ok">${q.claimerName ?? 'Có người'} đang trả lời</span>`;
  return html`<span class="badge warn">Chưa ai nhận</span>`;
}

/** "Chưa gửi được" when an answer never reached the learner, with the reason as its tooltip. */
export function undeliveredBadge(q: QuestionView): SafeHtml {
  const why = undeliveredReasonOf(q);
  return why ? html`<span class="badge bad" title="${UNDELIVERED_WHY[why]}">Trả lời chưa gửi được</span>` : html``;
}

/** Who the question was handed to: a ward's team or the admins. */
export const routeText = (q: QuestionView): string =>
  q.route === '*' ? 'Ban quản trị' : `Tổ công nghệ số ${q.routeLabel}`;

const excerpt = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One line of the inbox: number, status, who asks, the question, when; the route for admins. */
export function questionItem(q: QuestionView, now: Date, timeZone: string, showRoute: boolean): SafeHtml {
  const when =
    q.status === 'closed' && q.closedAt
      ? `Đóng lúc ${viDateTime(q.closedAt, timeZone)}`
      : `Gửi lúc ${viDateTime(q.createdAt, timeZone)} (${viAgo(q.createdAt, now)})`;
  return html`<li data-question="${q.id}"><a class="item-link" href="/admin/questions/view?id=${q.id}">
<div class="row"><strong>#${q.id}</strong>${statusBadge(q)}${undeliveredBadge(q)}${q.stage === 'admins' && q.route !== '*' && q.status === 'open' ? html`<span class="badge bad">Đã báo ban quản trị</span>` : ''}<span class="grow muted small">${q.asker}</span></div>
<div class="q-text">${excerpt(q.text)}</div>
<div class="muted small">${when}${q.answers.length ? ` · ${q.answers.length} tin trả lời` : ''}${showRoute ? ` · ${routeText(q)}` : ''}</div></a></li>`;
}
