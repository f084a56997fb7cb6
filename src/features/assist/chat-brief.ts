import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { VolunteerBrief } from './brief.ts';
import type { BriefContext } from './web/brief-section.ts';

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The brief in the chat, sent to the member who just took a question: what the learner said,
 * what the tutor answered, the closest entries with their sources, and the model's draft, which
 * is only shown: the member sends it by typing (or pasting) it, edited, like any answer.
 */
export function briefReply(brief: VolunteerBrief, context: BriefContext, who: Pick<Learner, 'honorific'>): Reply {
  const lines: string[] = ['💡 Gợi ý để trả lời'];
  const said = context.recent ?? [];
  if (said.length > 0) lines.push('', '🗨️ Người hỏi vừa nhắn:', ...said.map((m) => `• «${cut(m.text, 200)}»`));
  if (context.tutorAnswer) lines.push('', `🤖 Trợ lý đã trả lời: «${cut(context.tutorAnswer, 400)}»`);
  lines.push('', '📚 Mục kho kiến thức gần nhất:');
  if (brief.entries.length === 0) lines.push('(chưa có mục nào gần với câu hỏi này)');
  for (const [i, e] of brief.entries.entries())
    lines.push(`${i + 1}. ${e.question}\n   Nguồn: ${e.sourceTitle} – ${e.source}`);
  const parts: Reply = [{ type: 'text', text: personalize(lines.join('\n'), who) }];
  if (brief.draft) {
    const cited = brief.draft.cites.map((id) => brief.entries.findIndex((e) => e.id === id) + 1).filter((n) => n > 0);
    parts.push({
      type: 'text',
      text: personalize(
        `✍️ Bản nháp do AI soạn từ mục ${cited.join(', ')} (CHƯA gửi cho người hỏi):\n\n${brief.draft.text}\n\n` +
          '{xung_ho} đọc lại, sửa cho đúng rồi gõ (hoặc dán) câu trả lời vào đây thì {toi} mới gửi ạ.',
        who,
      ),
    });
  }
  return parts;
}
