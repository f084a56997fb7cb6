import type { OutboundPart, Reply } from '../../../core/message.ts';
import { numberedText, quizHeading } from '../numbered-text.ts';
import { splitText, ZALO_TEXT_LIMIT } from '../split-text.ts';

/** One Bot API call a reply turns into. */
export type BotSend =
  | { method: 'sendMessage'; text: string }
  | { method: 'sendPhoto'; photo: string; caption?: string };

function partText(part: Exclude<OutboundPart, { type: 'image' }>): string {
  switch (part.type) {
    case 'text':
    case 'feedback':
      return part.text;
    case 'choices':
      return numberedText(part.text, part.choices, part.first);
    case 'quiz':
      return numberedText(quizHeading(part.question, part.index, part.total), part.options);
    case 'link':
      return `🔗 ${part.title}:\n${part.url}`;
    case 'document':
      return `📎 ${part.filename}${part.caption ? ` – ${part.caption}` : ''}\n\n${part.content}`;
  }
}

/**
 * Renders a reply for the Bot API, which has no buttons: options become numbered lines ending
 * "Gõ 1, 2 hoặc 3", long texts are split at paragraph or line breaks (≤ 2000 characters each).
 */
export function renderBot(parts: Reply): BotSend[] {
  const sends: BotSend[] = [];
  for (const part of parts) {
    if (part.type === 'image') {
      const caption = part.caption?.trim();
      // The Bot API takes photos by URL only: a picture made here goes as its caption, with its link if served.
      if (part.data && part.url) {
        sends.push(
          ...splitText(`${caption ?? ''}\n🔗 ${part.url}`.trim()).map((text) => ({
            method: 'sendMessage' as const,
            text,
          })),
        );
        continue;
      }
      if (part.url === undefined) {
        if (caption) sends.push(...splitText(caption).map((text) => ({ method: 'sendMessage' as const, text })));
        continue;
      }
      const fits = caption !== undefined && caption !== '' && caption.length <= ZALO_TEXT_LIMIT;
      sends.push({ method: 'sendPhoto', photo: part.url, ...(fits ? { caption } : {}) });
      if (caption && !fits) sends.push(...splitText(caption).map((text) => ({ method: 'sendMessage' as const, text })));
      continue;
    }
    for (const text of splitText(partText(part))) sends.push({ method: 'sendMessage', text });
  }
  return sends;
}
