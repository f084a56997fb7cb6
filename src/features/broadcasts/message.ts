import type { Reply } from '../../core/message.ts';
import type { Broadcast, BroadcastContent } from './broadcast.ts';

/** Longest broadcast text: one Zalo message, and a Telegram photo caption plus a little. */
export const MAX_BROADCAST_TEXT = 1500;
const URL_PATTERN = /^https?:\/\/[^\s<>"]{3,500}$/i;

/** Footer on every broadcast: how not to get them any more. */
export const STOP_HINT = '(Không muốn nhận thông báo nữa, gõ "dừng".)';

/**
 * The message every recipient gets, and exactly what the preview shows: the signature, the
 * text (as the image's caption when there is an image), the link, and how to stop.
 */
export function broadcastMessage(b: BroadcastContent & Pick<Broadcast, 'from'>): Reply {
  const body = `📢 ${b.from}:\n\n${b.text}\n\n${STOP_HINT}`;
  const parts: Reply = b.image ? [{ type: 'image', url: b.image, caption: body }] : [{ type: 'text', text: body }];
  if (b.link) parts.push({ type: 'link', url: b.link, title: 'Xem chi tiết' });
  return parts;
}

/** What is wrong with the content, in words for the sender; undefined when it can be sent. */
export function contentProblem(c: BroadcastContent): string | undefined {
  const text = c.text.trim();
  if (text === '') return 'Nội dung thông báo đang trống.';
  if (text.length > MAX_BROADCAST_TEXT)
    return `Nội dung dài ${text.length} ký tự, quá ${MAX_BROADCAST_TEXT.toLocaleString('vi-VN')} ký tự.`;
  if (c.image !== undefined && !URL_PATTERN.test(c.image))
    return 'Đường dẫn ảnh phải bắt đầu bằng http:// hoặc https://.';
  if (c.link !== undefined && !URL_PATTERN.test(c.link))
    return 'Đường dẫn liên kết phải bắt đầu bằng http:// hoặc https://.';
  return undefined;
}

const IMAGE_URL = /^https?:\/\/\S+\.(?:jpe?g|png|webp|gif)(?:\?\S*)?$/i;
const ANY_URL = /^https?:\/\/\S+$/i;

/**
 * Reads what a sender typed: a line holding only an image URL becomes the image, a line holding
 * only another URL the link; the rest is the text.
 */
export function parseContent(typed: string): BroadcastContent {
  let image: string | undefined;
  let link: string | undefined;
  const lines: string[] = [];
  for (const line of typed.split('\n')) {
    const t = line.trim();
    if (image === undefined && IMAGE_URL.test(t)) image = t;
    else if (link === undefined && ANY_URL.test(t)) link = t;
    else lines.push(line.trimEnd());
  }
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, ...(image ? { image } : {}), ...(link ? { link } : {}) };
}
