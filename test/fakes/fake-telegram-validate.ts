/**
 * The Bot API's own checks, as the fake Telegram applies them: HTML entity parsing (only the
 * supported tags, balanced), message and caption lengths after parsing, and inline keyboards
 * (non-empty button text, 1–64 bytes of callback_data).
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

const TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'code',
  'pre',
  'tg-spoiler',
  'span',
  'blockquote',
  'tg-emoji',
]);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** What a user sees of an HTML message, or a 400 like Telegram's "can't parse entities". */
export function parseHtml(html: string): string {
  let text = '';
  const open: string[] = [];
  for (let i = 0; i < html.length; ) {
    const c = html[i]!;
    if (c === '<') {
      const end = html.indexOf('>', i);
      const tag = end < 0 ? undefined : html.slice(i + 1, end).match(/^(\/?)([a-z-]+)(\s[^>]*)?$/i);
      if (!tag || !TAGS.has(tag[2]!.toLowerCase())) {
        throw new ApiFailure(
          400,
          `Bad Request: can't parse entities: Unsupported start tag "${html.slice(i + 1, i + 10)}" at byte offset ${i}`,
        );
      }
      const name = tag[2]!.toLowerCase();
      if (tag[1] === '/') {
        if (open.pop() !== name)
          throw new ApiFailure(400, `Bad Request: can't parse entities: Unmatched end tag at byte offset ${i}`);
      } else {
        open.push(name);
      }
      i = end + 1;
      continue;
    }
    if (c === '&') {
      const entity = html.slice(i).match(/^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i);
      if (entity) {
        const name = entity[1]!;
        text += name.startsWith('#x')
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? String.fromCodePoint(Number(name.slice(1)))
            : ENTITIES[name.toLowerCase()]!;
        i += entity[0].length;
        continue;
      }
    }
    text += c;
    i += 1;
  }
  if (open.length > 0)
    throw new ApiFailure(
      400,
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${open.at(-1)}"`,
    );
  return text;
}

/** The visible text of a message or caption, checked for emptiness and length. */
export function visibleText(
  raw: unknown,
  parseMode: unknown,
  limit: number,
  what: 'message text' | 'message caption',
): string {
  if (typeof raw !== 'string' || raw === '') throw new ApiFailure(400, `Bad Request: ${what} is empty`);
  const text = parseMode === 'HTML' ? parseHtml(raw) : raw;
  if (text.trim() === '') throw new ApiFailure(400, `Bad Request: ${what} is empty`);
  if (text.length > limit)
    throw new ApiFailure(
      400,
      what === 'message text' ? 'Bad Request: message is too long' : 'Bad Request: message caption is too long',
    );
  return text;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

/** Validates reply_markup; returns it parsed (form bodies carry it as a JSON string). */
export function checkMarkup(raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  let markup: unknown = raw;
  if (typeof raw === 'string') {
    try {
      markup = JSON.parse(raw);
    } catch {
      throw new ApiFailure(400, "Bad Request: can't parse reply keyboard markup JSON object");
    }
  }
  if (typeof markup !== 'object' || markup === null)
    throw new ApiFailure(400, "Bad Request: can't parse reply keyboard markup JSON object");
  const m = markup as Record<string, unknown>;
  const rows = m['inline_keyboard'] ?? m['keyboard'];
  if (rows === undefined) return m;
  if (!Array.isArray(rows) || !rows.every(Array.isArray))
    throw new ApiFailure(400, 'Bad Request: field "inline_keyboard" must be an Array');
  for (const button of (rows as unknown[][]).flat()) {
    const b = button as Partial<InlineButton>;
    if (typeof b.text !== 'string' || b.text.trim() === '')
      throw new ApiFailure(400, 'Bad Request: text buttons are unallowed in the inline keyboard');
    if (m['inline_keyboard'] !== undefined) {
      const data = b.callback_data;
      if (data === undefined && b.url === undefined)
        throw new ApiFailure(
          400,
          "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        );
      if (data !== undefined && (Buffer.byteLength(data, 'utf8') < 1 || Buffer.byteLength(data, 'utf8') > 64))
        throw new ApiFailure(400, 'Bad Request: BUTTON_DATA_INVALID');
    }
  }
  return m;
}
