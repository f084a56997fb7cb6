/** Webhook events nest a few levels; anything deeper than this is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);

/**
 * Whether JSON text nests arrays or objects deeper than `max`, found in one pass over the
 * bytes without recursion or parsing, so `[[[[…` a million deep costs a loop and never a
 * stack overflow in a parser or schema. Brackets inside strings do not count. UTF-8 never
 * puts these ASCII bytes inside a multi-byte character, so bytes and text scan alike.
 */
export function nestsDeeperThan(raw: Buffer | string, max = MAX_JSON_DEPTH): boolean {
  const at = typeof raw === 'string' ? (i: number) => raw.charCodeAt(i) : (i: number) => raw[i]!;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPENERS.has(c)) {
      if (++depth > max) return true;
    } else if (CLOSERS.has(c)) depth--;
  }
  return false;
}
