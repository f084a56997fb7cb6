import type { Content } from '../content/content.ts';
import { ALL_WARDS } from '../stats/stats-keys.ts';
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

/**
 * The name of a ward for people: every ward for `*`; its proper name when `wards.yaml` lists it
 * ("phuong-yen-hoa" → "Phường Yên Hòa"); else made from the code ("Phuong Yen Hoa").
 */
export function wardLabelOf(code: string, content?: Pick<Content, 'wardName'>): string {
  if (code === ALL_WARDS) return 'tất cả các phường, xã';
  return content?.wardName(code) ?? code
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
