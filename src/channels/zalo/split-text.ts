/** Zalo's limit for one text message (Bot API `sendMessage` and OA customer-service messages). */
export const ZALO_TEXT_LIMIT = 2000;

/** Cuts at code-point boundaries so an emoji is never broken; lengths count UTF-16 units, as Zalo's servers do. */
function hardCut(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const point of text) {
    if (current.length + point.length > max) {
      out.push(current);
      current = '';
    }
    current += point;
  }
  if (current !== '') out.push(current);
  return out;
}

const length = (text: string) => text.length;

/** Splits one piece by the next finer separator, packing pieces greedily up to `max`. */
function pack(text: string, max: number, separators: readonly string[]): string[] {
  if (length(text) <= max) return [text];
  const [sep, ...finer] = separators;
  if (sep === undefined) return hardCut(text, max);
  const pieces = text.split(sep).flatMap((piece) => (length(piece) > max ? pack(piece, max, finer) : [piece]));
  const out: string[] = [];
  let current: string | undefined;
  for (const piece of pieces) {
    const joined: string = current === undefined ? piece : `${current}${sep}${piece}`;
    if (length(joined) <= max) current = joined;
    else {
      if (current !== undefined) out.push(current);
      current = piece;
    }
  }
  if (current !== undefined) out.push(current);
  return out;
}

/**
 * Splits text into messages of at most `max` characters, preferring paragraph breaks, then
 * line breaks, then spaces. Empty pieces are dropped (Zalo rejects empty messages).
 */
export function splitText(text: string, max = ZALO_TEXT_LIMIT): string[] {
  return pack(text, max, ['\n\n', '\n', ' '])
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}
