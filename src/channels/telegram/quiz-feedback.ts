import type { OutboundPart } from '../../core/message.ts';
import { escapeHtml } from './html.ts';
import { MESSAGE_LIMIT } from './split-text.ts';
import type { CallbackContext } from './telegram-ref.ts';

type Feedback = Extract<OutboundPart, { type: 'feedback' }>;

/**
 * The quiz message rewritten after an answer: the question, the chosen option marked ✅/❌
 * and the explanation, so the chat keeps one tidy message per question. Undefined when the
 * pressed message is unknown or the result would be too long to edit in.
 */
export function quizFeedbackHtml(callback: CallbackContext, feedback: Feedback): string | undefined {
  const message = callback.message;
  if (!message?.hasKeyboard || message.text.trim() === '') return undefined;
  const mark = feedback.correct ? '✅' : '❌';
  const chosen = callback.chosenLabel !== undefined ? `${mark} Đã chọn: ` : mark;
  const plainLength =
    message.text.length + chosen.length + (callback.chosenLabel?.length ?? 0) + feedback.text.length + 4;
  if (plainLength > MESSAGE_LIMIT) return undefined;
  const label = callback.chosenLabel !== undefined ? `<b>${escapeHtml(callback.chosenLabel)}</b>` : '';
  return `${escapeHtml(message.text)}\n\n${chosen}${label}\n${escapeHtml(feedback.text)}`;
}

/** The short notice shown at the top of the chat when the button is answered. */
export function callbackToast(parts: readonly OutboundPart[]): string | undefined {
  const feedback = parts.find((p): p is Feedback => p.type === 'feedback');
  if (!feedback) return undefined;
  return feedback.correct ? '✅ Đúng rồi!' : '❌ Chưa đúng';
}
