/** Folding one character, the definition `fold` follows; a string is folded as its characters are. */
function foldPiece(piece: string): string {
  return piece
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/** Non-ASCII characters seen so far, folded (Vietnamese has a few hundred; the cap keeps odd input from growing it). */
const folded = new Map<string, string>();
const MAX_REMEMBERED = 4096;

function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = foldPiece(ch);
    if (folded.size < MAX_REMEMBERED) folded.set(ch, out);
  }
  return out;
}

/**
 * Folds Vietnamese text for matching: lower case, diacritics removed (đ → d),
 * punctuation turned into spaces, whitespace collapsed. "Học tiếp!" → "hoc tiep".
 *
 * It runs on every message and every reply line, so it goes character by character with a
 * remembered table instead of normalizing whole strings; `test/core/fold.test.ts` checks it
 * against the whole-string definition.
 */
export function fold(text: string): string {
  let out = '';
  let gap = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      const kept = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (!kept && !(code >= 65 && code <= 90)) {
        gap = out !== '';
        continue;
      }
      if (gap) out += ' ';
      gap = false;
      out += kept ? ch : String.fromCharCode(code + 32);
      continue;
    }
    for (const c of foldChar(ch)) {
      if (c === ' ') gap = out !== '';
      else {
        if (gap) out += ' ';
        gap = false;
        out += c;
      }
    }
  }
  return out;
}

/** `fold` as one whole-string pass: the reference the fast version is tested against. */
export function foldReference(text: string): string {
  return foldPiece(text).trim();
}
