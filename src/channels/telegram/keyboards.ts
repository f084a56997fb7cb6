import type { BotCommand, InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'telegraf/types';
import { MAX_PAYLOAD_BYTES } from '../../core/flows/payload.ts';
import type { Choice } from '../../core/message.ts';
import { shortLabel } from '../../core/text/short-label.ts';

/** Button texts longer than this are cut with an ellipsis (clients cut them anyway). */
const MAX_BUTTON_TEXT = 64;

/**
 * The main actions, always at hand under the input field so nobody has to type a command.
 * Their texts arrive as ordinary messages; the core recognises them as commands after folding.
 */
export const MAIN_KEYBOARD: ReplyKeyboardMarkup = {
  keyboard: [
    [{ text: '▶️ Học tiếp' }, { text: '📚 Bài học' }],
    [{ text: '📊 Tiến độ' }, { text: '❓ Hỏi đáp' }],
  ],
  resize_keyboard: true,
  is_persistent: true,
};

/** The "/" menu. Command names must be [a-z0-9_]; the core maps each to its Vietnamese command. */
export const BOT_COMMANDS: BotCommand[] = [
  { command: 'start', description: 'Bắt đầu, chào hỏi' },
  { command: 'menu', description: 'Xem các bài học' },
  { command: 'hoctiep', description: 'Học tiếp chỗ đang dở' },
  { command: 'tiendo', description: 'Xem kết quả học' },
  { command: 'ontap', description: 'Ôn lại các câu chưa đúng' },
  { command: 'giup', description: 'Hướng dẫn cách dùng' },
  { command: 'dung', description: 'Dừng nhận tin nhắc nhở' },
];

export function buttonText(label: string, fallback: string): string {
  const text = label.trim() === '' ? fallback : label.trim();
  return shortLabel(text, MAX_BUTTON_TEXT);
}

/** True when a payload can travel as callback_data (1–64 bytes). */
export function fitsCallbackData(payload: string): boolean {
  const bytes = Buffer.byteLength(payload, 'utf8');
  return bytes >= 1 && bytes <= MAX_PAYLOAD_BYTES;
}

/**
 * One button per row (easier to read and press). Undefined when any payload would not fit in
 * callback_data: the caller then falls back to numbered text, which the core understands too.
 */
export function inlineKeyboard(
  choices: readonly Choice[],
  label = (c: Choice, i: number) => buttonText(c.label, String(i + 1)),
): InlineKeyboardMarkup | undefined {
  if (choices.length === 0 || !choices.every((c) => fitsCallbackData(c.payload))) return undefined;
  return { inline_keyboard: choices.map((c, i) => [{ text: label(c, i), callback_data: c.payload }]) };
}

/** The same options as numbered lines, for when buttons cannot carry them. */
export function numberedList(choices: readonly Choice[], first = 1): string {
  return choices.map((c, i) => `${first + i}. ${c.label}`).join('\n');
}
