import type { OutboundPart } from '../../core/message.ts';

/** "  1. Tiếp tục" lines, numbered from `first`. */
const numbered = (choices: ReadonlyArray<{ label: string }>, first = 1) =>
  choices.map((c, i) => `  ${first + i}. ${c.label}`).join('\n');

/**
 * Plain-text rendering for the terminal: choices become numbered lines. A picture made here
 * (a certificate) is shown as the file it was saved to (`savedPath`) and its link, if it has one.
 */
export function renderConsole(part: OutboundPart, savedPath?: string): string {
  switch (part.type) {
    case 'text':
    case 'feedback':
      return part.text;
    case 'choices':
      return `${part.text}\n${numbered(part.choices, part.first)}\n(Gõ số để chọn)`;
    case 'quiz':
      return `Câu ${part.index + 1}/${part.total}: ${part.question}\n${numbered(part.options)}\n(Gõ số để chọn)`;
    case 'image': {
      const where = savedPath ? `: ${savedPath}${part.url ? `\n🔗 ${part.url}` : ''}` : part.url ? `: ${part.url}` : '';
      return `[Hình ảnh${where}]${part.caption ? `\n${part.caption}` : ''}`;
    }
    case 'link':
      return `🔗 ${part.title}: ${part.url}`;
    case 'document':
      return `📎 ${part.filename}${part.caption ? ` – ${part.caption}` : ''}\n${part.content}`;
  }
}
