import type { Choice, OutboundPart, Reply } from '../../../core/message.ts';
import { shortLabel } from '../../../core/text/short-label.ts';
import { numberedText, quizHeading } from '../numbered-text.ts';
import { splitText } from '../split-text.ts';
import type { OaAttachment, OaButton, OaMessage } from './oa-message.ts';

/** Buttons per message; with more options the reply falls back to numbered text. */
export const MAX_OA_BUTTONS = 5;
/** Longest button title Zalo shows; longer labels are cut at a word boundary. */
export const MAX_OA_BUTTON_TITLE = 100;

const truncate = shortLabel;

/** Text plus buttons; only the last message of a split text carries the buttons. */
function withButtons(text: string, buttons: OaButton[]): OaMessage[] {
  const pieces = splitText(text);
  const last = pieces.pop() ?? '👇';
  return [...pieces.map((t) => ({ text: t })), { text: last, attachment: { type: 'template', payload: { buttons } } }];
}

function choices(text: string, options: readonly Choice[], first = 1): OaMessage[] {
  if (options.length === 0) return splitText(text).map((t) => ({ text: t }));
  if (options.length > MAX_OA_BUTTONS) return splitText(numberedText(text, options, first)).map((t) => ({ text: t }));
  const fits = options.every((c) => c.label.length <= MAX_OA_BUTTON_TITLE);
  if (fits)
    return withButtons(
      text,
      options.map((c) => ({ title: c.label, type: 'oa.query.hide', payload: c.payload })),
    );
  // Long labels: list them in full in the text and number the buttons.
  const listed = `${text}\n\n${options.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}`;
  return withButtons(
    listed,
    options.map((c, i) => ({
      title: truncate(`${i + 1}. ${c.label}`, MAX_OA_BUTTON_TITLE),
      type: 'oa.query.hide',
      payload: c.payload,
    })),
  );
}

function part(p: OutboundPart): OaMessage[] {
  switch (p.type) {
    case 'text':
    case 'feedback':
      return splitText(p.text).map((t) => ({ text: t }));
    case 'choices':
      return choices(p.text, p.choices, p.first);
    case 'quiz':
      return choices(quizHeading(p.question, p.index, p.total), p.options);
    case 'image': {
      // Media templates take a URL; a picture made here (no upload support) goes as its caption alone.
      if (p.url === undefined) return splitText(p.caption ?? '').map((t) => ({ text: t }));
      const attachment: OaAttachment = {
        type: 'template',
        payload: { template_type: 'media', elements: [{ media_type: 'image', url: p.url }] },
      };
      const caption = splitText(p.caption ?? '');
      // A caption that fits rides in the picture's own message: one message instead of two.
      if (caption.length === 1) return [{ text: caption[0]!, attachment }];
      return [{ attachment }, ...caption.map((t) => ({ text: t }))];
    }
    case 'link':
      return withButtons(`🔗 ${p.title}\n${p.url}`, [
        { title: truncate(p.title, MAX_OA_BUTTON_TITLE), type: 'oa.open.url', payload: { url: p.url } },
      ]);
    case 'document':
      return splitText(`📎 ${p.filename}${p.caption ? ` – ${p.caption}` : ''}\n\n${p.content}`).map((t) => ({
        text: t,
      }));
  }
}

/** Longest text of one OA message. */
export const MAX_OA_TEXT = 2000;

/**
 * Joins a text-only message to the next message's text where both fit in one (a lesson step's
 * text with its buttons, feedback with the next question): every OA message spends one of the
 * learner's free replies, or the month's quota, so fewer messages reach further.
 */
export function packOa(messages: readonly OaMessage[]): OaMessage[] {
  const out: OaMessage[] = [];
  for (const message of messages) {
    const prev = out.at(-1);
    if (
      prev &&
      'text' in prev &&
      prev.attachment === undefined &&
      'text' in message &&
      prev.text.length + 2 + message.text.length <= MAX_OA_TEXT
    ) {
      out[out.length - 1] = { ...message, text: `${prev.text}\n\n${message.text}` };
    } else out.push(message);
  }
  return out;
}

/**
 * Renders a reply as OA customer-service messages: buttons for up to five options, images as media templates, as few
 * messages as fit.
 */
export function renderOa(parts: Reply): OaMessage[] {
  return packOa(parts.flatMap(part));
}
