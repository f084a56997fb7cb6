import type { Content } from '../../core/content/content.ts';
import { ALL_WARDS } from '../../core/stats/stats-keys.ts';
import { HONORIFICS } from '../../core/learners/learner.ts';
import { fold } from '../../core/text/fold.ts';
import { foldedList } from '../../core/text/folded-list.ts';
import { isAcknowledgement, isCalling } from '../../core/text/small-talk.ts';

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
  return (
    content?.wardName(code) ??
    code
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ')
  );
}

/** Words a ward's name may start with, as folded; people also write them short ("p. Yên Hòa"). */
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['phuong', /^(phuong|p)-/],
  ['xa', /^(xa|x)-/],
  ['thi-tran', /^(thi-tran|tt)-/],
  ['dac-khu', /^(dac-khu)-/],
];

/** The kind of place a code starts with, and the name after it ("p-yen-hoa" → phuong, yen-hoa). */
function splitKind(code: string): { kind?: string; name: string } {
  for (const [kind, pattern] of KINDS) {
    const m = code.match(pattern);
    if (m && code.length > m[0].length) return { kind, name: code.slice(m[0].length) };
  }
  return { name: code };
}

/** Whether text starts like a place name ("phường …", "xã …", "P. …"), however long it goes on. */
export function startsWithPlaceKind(text: string): boolean {
  return splitKind(fold(text).replace(/\s+/g, '-')).kind !== undefined;
}

/**
 * Whether folded text declines the question or says "I don't know" (`onboarding.skip`, `unsure`
 * in `flows/talk.yaml`), alone or first ("thôi, để sau", "không cần đâu", "bỏ qua nhé").
 */
function declines(folded: string, talk: Content['talk']['talk']): boolean {
  const words = [...foldedList(talk.onboarding.skip), ...foldedList(talk.onboarding.unsure)];
  return words.some((w) => folded === w || folded.startsWith(`${w} `));
}

/**
 * Replies that are not a place at all: yes, greetings, thanks, a call ("cháu ơi"), the way
 * someone is addressed or addresses themselves.
 */
const OTHER_NOT_PLACES = new Set([
  'da vang',
  'um',
  'co',
  'roi',
  'duoc',
  'chao',
  'xin chao',
  'chao chau',
  'em',
  'chau',
  'toi',
  'minh',
  ...HONORIFICS.map(fold),
]);
const notAPlace = (folded: string) => isAcknowledgement(folded) || isCalling(folded) || OTHER_NOT_PLACES.has(folded);

/** What someone typed when asked where they live. */
export type WardAnswer =
  | { kind: 'ward'; code: string; label: string }
  /** "không", "không biết": they would rather not say. */
  | { kind: 'declined' }
  /** A yes, a greeting, a number or anything else that cannot be a place. */
  | { kind: 'not-a-place' };

/**
 * Reads a ward from what a learner typed. A ward `wards.yaml` lists is recognised with or
 * without its kind word, written out or short ("yen hoa", "p. Yên Hòa", "phuong yen hoa" all
 * give Phường Yên Hòa), also followed by the district or city; so the learner counts in that
 * ward's statistics and broadcasts. A kind word that contradicts the listed one ("xã Yên Hòa")
 * does not match. Other places are kept as typed.
 */
export function readWard(text: string, content: Pick<Content, 'wardName' | 'wards' | 'talk'>): WardAnswer {
  const folded = fold(text);
  // "thôi khỏi", "không cần đâu", "hổng nhớ": declining, never a place.
  if (declines(folded, content.talk.talk) && !startsWithPlaceKind(text)) return { kind: 'declined' };
  const code = wardCode(text);
  if (code === undefined || notAPlace(folded) || /^\d+$/.test(folded)) return { kind: 'not-a-place' };
  // "Phường Yên Hòa, quận Cầu Giấy, Hà Nội": the ward is what comes before the district or city.
  const base = code.replace(/-(quan|huyen|thi-xa|thanh-pho|tp|tinh)(-.*)?$/, '') || code;
  const listed = content.wardName(base);
  if (listed) return { kind: 'ward', code: base, label: listed };
  // "thôn Đông, xã Bát Tràng": a listed ward named in full inside the reply is that ward.
  const inside = [...content.wards].find(([listedCode]) => `-${code}-`.includes(`-${listedCode}-`));
  if (inside) return { kind: 'ward', code: inside[0], label: inside[1] };
  const typed = splitKind(base);
  const matches = [...content.wards].filter(([listedCode]) => {
    const known = splitKind(listedCode);
    return known.name === typed.name && (typed.kind === undefined || typed.kind === known.kind);
  });
  if (matches.length === 1) {
    const [[matchCode, name]] = matches as [[string, string]];
    return { kind: 'ward', code: matchCode, label: name };
  }
  return { kind: 'ward', code: base, label: text.trim().slice(0, 60) };
}
