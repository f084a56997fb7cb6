/** "tên tôi là …", "ghi là …": the words people put before their name. */
const LEAD_IN =
  /^(t[eê]n (c[uủ]a )?(t[oô]i|b[aà]|[oô]ng|b[aá]c|ch[uú]|c[oô]|anh|ch[iị]|m[iì]nh) l[aà]|t[oô]i t[eê]n l[aà]|t[oô]i l[aà]|ghi( l[aà]| t[eê]n)?)\s*:?\s+/iu;

const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u;
const MAX_LENGTH = 40;
const MAX_WORDS = 6;

/**
 * The name a learner typed for the certificate, in title case ("nguyễn thị hoa" → "Nguyễn Thị Hoa"),
 * or undefined when the text cannot be a name: digits (a phone or ID number), symbols, too long.
 */
export function parseName(text: string): string | undefined {
  const clean = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD_IN, '')
    .replace(/[.!]+$/, '');
  if (clean.length < 2 || clean.length > MAX_LENGTH || !NAME.test(clean)) return undefined;
  const words = clean.split(' ');
  if (words.length > MAX_WORDS) return undefined;
  return words.map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi')).join(' ');
}
