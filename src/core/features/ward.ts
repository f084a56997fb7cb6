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
