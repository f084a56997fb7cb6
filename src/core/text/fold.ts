/**
 * Folds Vietnamese text for matching: lower case, diacritics removed (đ → d),
 * punctuation turned into spaces, whitespace collapsed. "Học tiếp!" → "hoc tiep".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
