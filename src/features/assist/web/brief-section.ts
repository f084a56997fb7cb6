import { html, safeUrl, type SafeHtml } from '../../../web/html.ts';
import type { VolunteerBrief } from '../brief.ts';

const excerpt = (text: string, max = 220) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What the learner said and was told before asking, as the question keeps it (redacted). */
export interface BriefContext {
  recent?: ReadonlyArray<{ text: string; at: string }>;
  tutorAnswer?: string;
}

/**
 * The brief on the question page: the learner's last messages, the tutor's answer, the
 * entries with their sources, and the draft if any.
 */
export function briefSection(brief: VolunteerBrief, context: BriefContext = {}): SafeHtml {
  const said = (context.recent ?? []).map((m) => html`<li>«${m.text}»</li>`);
  const entries = brief.entries.map((e) => {
    const url = safeUrl(e.source);
    return html`<li data-brief-entry="${e.id}"><strong>${e.question}</strong><div class="muted small">${excerpt(e.answer)}</div>
<div class="small">Nguồn: ${url ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${e.sourceTitle}</a>` : e.sourceTitle}</div></li>`;
  });
  const cited = brief.draft?.cites.map((id) => brief.entries.findIndex((e) => e.id === id) + 1).filter((n) => n > 0);
  return html`<section class="card" data-brief><h2>Gợi ý để trả lời</h2>
${
  brief.draft
    ? html`<p class="note small">✍️ Bản nháp do AI soạn từ mục ${cited?.join(', ')} bên dưới đã được điền sẵn vào ô trả lời. Bạn đọc lại, sửa cho đúng rồi mới bấm gửi: chưa có gì được gửi cho người hỏi.</p>`
    : html`<p class="muted small">Các mục kho kiến thức gần với câu hỏi nhất, để bạn tham khảo khi soạn câu trả lời.</p>`
}
${said.length ? html`<h3>Người hỏi vừa nhắn</h3><ul class="list" data-brief-recent>${said}</ul>` : ''}
${
  context.tutorAnswer
    ? html`<h3>Trợ lý đã trả lời</h3><p class="small" data-brief-tutor>${excerpt(context.tutorAnswer, 600)}</p>`
    : ''
}
<h3>Mục kho kiến thức gần nhất</h3>
${entries.length ? html`<ol class="list">${entries}</ol>` : html`<p class="empty">Kho kiến thức chưa có mục nào gần với câu hỏi này.</p>`}
</section>`;
}
