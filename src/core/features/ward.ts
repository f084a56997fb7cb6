import { fold } from '../text/fold.ts';

/**
 * The key of a ward/commune as typed ("Phường Yên Hòa" → "phuong-yen-hoa"). Undefined for text
 * that cannot be a place name (too long, or containing long digit runs such as a phone number).
 */
export function wardCode(text: string): string | undefined {
  if (/\d{5,}/.test(text) || text.length > 60) return undefined;
  const code = fold(text).replace(/\s+/g, '-');
  return code.length >= 2 ? code : undefined;
}

/** A readable label for a ward known only by its code ("phuong-yen-hoa" → "Phuong Yen Hoa"). */
export function wardLabelOf(code: string): string {
  return code
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
