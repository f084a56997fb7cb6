import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'telegraf/types';
import type { Choice, OutboundPart } from '../../core/message.ts';
import { escapeAttribute, escapeHtml } from './html.ts';
import { buttonText, inlineKeyboard, MAIN_KEYBOARD, numberedList } from './keyboards.ts';
import { splitText } from './split-text.ts';

/** Captions of photos and documents are limited to 1024 characters. */
const CAPTION_LIMIT = 1024;
/** Quiz options longer than this are also written out in the message, since buttons cut them. */
const LONG_OPTION = 32;

/** One Bot API call to make; texts are already HTML-escaped. */
export type Outgoing =
  | { method: 'sendMessage'; html: string; markup?: InlineKeyboardMarkup | ReplyKeyboardMarkup; preview?: boolean }
  | { method: 'sendPhoto'; url: string; captionHtml?: string }
  /** A picture made here (a chart), uploaded as a file. */
  | { method: 'uploadPhoto'; data: Buffer; filename: string; captionHtml?: string }
  | { method: 'sendDocument'; filename: string; content: Buffer; captionHtml?: string };

export interface RenderContext {
  /** Private chats get the persistent main keyboard; groups do not. */
  private: boolean;
}

const TYPE_A_NUMBER = '(Gõ số để chọn)';

function messages(text: string, markup?: InlineKeyboardMarkup | ReplyKeyboardMarkup): Outgoing[] {
  const chunks = splitText(text);
  return chunks.map((chunk, i) => ({
    method: 'sendMessage' as const,
    html: escapeHtml(chunk),
    ...(markup && i === chunks.length - 1 ? { markup } : {}),
  }));
}

function withChoices(
  text: string,
  choices: readonly Choice[],
  label?: (c: Choice, i: number) => string,
  first = 1,
): Outgoing[] {
  const body = text.trim() === '' ? 'Mời chọn:' : text;
  const keyboard = inlineKeyboard(choices, label);
  return keyboard ? messages(body, keyboard) : messages(`${body}\n\n${numberedList(choices, first)}\n${TYPE_A_NUMBER}`);
}

type Media = Extract<Outgoing, { method: 'sendPhoto' | 'uploadPhoto' | 'sendDocument' }>;

/** A caption too long for the media goes in its own message(s) after it. */
function captioned(first: Media, caption: string | undefined): Outgoing[] {
  if (caption === undefined || caption.trim() === '') return [first];
  if (caption.length <= CAPTION_LIMIT) return [{ ...first, captionHtml: escapeHtml(caption) }];
  return [first, ...messages(caption)];
}

/** Renders one part as Telegram calls: inline buttons for choices and quizzes, HTML everywhere. */
export function renderPart(part: OutboundPart, ctx: RenderContext): Outgoing[] {
  const mainKeyboard = ctx.private ? MAIN_KEYBOARD : undefined;
  switch (part.type) {
    case 'text':
    case 'feedback':
      return part.text.trim() === '' ? [] : messages(part.text, mainKeyboard);
    case 'choices':
      return withChoices(part.text, part.choices, undefined, part.first);
    case 'quiz': {
      const header = `❓ Câu ${part.index + 1}/${part.total}: ${part.question}`;
      const long = part.options.some((o) => o.label.length > LONG_OPTION);
      if (!long) return withChoices(header, part.options);
      return withChoices(`${header}\n\n${numberedList(part.options)}`, part.options, (c, i) =>
        buttonText(`${i + 1}. ${c.label}`, String(i + 1)),
      );
    }
    case 'image':
      if (part.data)
        return captioned({ method: 'uploadPhoto', data: Buffer.from(part.data), filename: 'hinh.png' }, part.caption);
      return part.url === undefined
        ? messages(part.caption ?? '')
        : captioned({ method: 'sendPhoto', url: part.url }, part.caption);
    case 'link':
      return [
        {
          method: 'sendMessage',
          html: `🔗 <a href="${escapeAttribute(part.url)}">${escapeHtml(part.title)}</a>`,
          preview: true,
        },
      ];
    case 'document':
      return captioned(
        { method: 'sendDocument', filename: part.filename, content: Buffer.from(part.content, 'utf8') },
        part.caption,
      );
  }
}

/** Shown instead of a photo Telegram could not fetch. */
export function imageFallback(url: string): Outgoing {
  return { method: 'sendMessage', html: `🖼 <a href="${escapeAttribute(url)}">Xem hình minh họa</a>`, preview: true };
}
