/**
 * Telegram's limit is 4096 characters per message (counted after entity parsing); we keep
 * a margin for the lines the channel adds around lesson text.
 */
export const MESSAGE_LIMIT = 4000;

/** A break is only used when it keeps at least this share of the window, so chunks stay reasonably full. */
const MIN_FILL = 0.3;

function cutPoint(window: string, limit: number): number {
  const min = Math.floor(limit * MIN_FILL);
  for (const separator of ['\n\n', '\n', '. ', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at >= min) return at + (separator === '. ' ? 1 : 0);
  }
  // No natural break: cut hard, but never between the two halves of a surrogate pair (emoji).
  const code = window.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits long text into messages under `limit` characters, preferring paragraph breaks,
 * then line breaks, then sentence ends, then spaces.
 */
export function splitText(text: string, limit = MESSAGE_LIMIT): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPoint(rest.slice(0, limit), limit);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') chunks.push(rest);
  return chunks.filter((c) => c !== '');
}
