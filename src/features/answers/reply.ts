import { command, decodePayload, encodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice, OutboundPart, Reply } from '../../core/message.ts';
import type { Answer } from './answer.ts';
import { shortLabel } from '../../core/text/short-label.ts';

/** Payload of the "ask a volunteer" button; the handoff feature answers it. */
export const HANDOFF_PAYLOAD = command('handoff');
/** Command of the "closest topic" buttons: `k:kb:<entry id>`. */
export const TOPIC_COMMAND = 'kb';

const PRIVACY_NOTE =
  '🔒 Xin {xung_ho} lưu ý: đừng gửi số căn cước, số điện thoại, mã OTP, mật khẩu hay số tài khoản qua tin nhắn cho bất kỳ ai, kể cả {toi}. ' +
  '{toi} đã tự che các số đó đi rồi ạ.';

/** The answer text with its "Nguồn: <url>" lines. */
export function answerText(answer: Answer): string {
  const sources = [...new Set(answer.sources.map((s) => s.url))].map((url) => `Nguồn: ${url}`);
  return sources.length > 0 ? `${answer.text}\n\n${sources.join('\n')}` : answer.text;
}

/** Buttons after an answer: closest topics and a volunteer when unsure, the lesson, the menu. */
export function answerChoices(answer: Answer, learner: Pick<Learner, 'honorific'>): OutboundPart {
  const choices: Choice[] = [];
  for (const s of answer.suggestions ?? []) {
    const payload = command(TOPIC_COMMAND, s.entryId);
    if (decodePayload(payload)) choices.push({ label: `❓ ${s.label}`, payload });
  }
  if (answer.lesson)
    choices.push({
      label: shortLabel(`📘 Học bài: ${answer.lesson.title}`, 64),
      payload: encodePayload({ kind: 'lesson', lessonId: answer.lesson.id }),
    });
  if (answer.unsure) choices.push({ label: '🙋 Hỏi cán bộ hỗ trợ', payload: HANDOFF_PAYLOAD });
  choices.push({ label: '📚 Menu', payload: command('menu') });
  const text = answer.unsure
    ? '{xung_ho} chọn chủ đề gần nhất, hoặc nhờ cán bộ hỗ trợ trả lời ạ:'
    : answer.lesson
      ? 'Muốn hiểu kỹ hơn, {xung_ho} học bài này nhé. Có câu hỏi khác thì cứ gõ ạ:'
      : '{xung_ho} có câu hỏi khác thì cứ gõ ạ, hoặc chọn:';
  return { type: 'choices', text: personalize(text, learner), choices };
}

/**
 * The parts a learner receives for an answer: a reminder about personal data when some was
 * removed, the answer with its sources, then the buttons (`choices` overrides them, so a
 * slow LLM answer keeps the buttons remembered when the message arrived).
 */
export function answerParts(
  answer: Answer,
  learner: Pick<Learner, 'honorific'>,
  choices: OutboundPart = answerChoices(answer, learner),
): Reply {
  const parts: Reply = [];
  if (answer.redacted.length > 0) parts.push({ type: 'text', text: personalize(PRIVACY_NOTE, learner) });
  parts.push({ type: 'text', text: answerText(answer) }, choices);
  return parts;
}
