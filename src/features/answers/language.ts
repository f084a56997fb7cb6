import type { LanguageTable } from '../../core/content/language-schema.ts';
import { fold } from '../../core/text/fold.ts';
import { untelex } from './telex-slips.ts';
import { spokenDigits, spokenSums } from './spoken-numbers.ts';

/** How the answers feature reads text: folded, with shorthand and dialect turned into standard words. */
export interface Language {
  /**
   * Lower case, no diacritics, no punctuation, shorthand and dialect replaced
   * ("Má tui hổng dô đc VNeID" → "me toi khong vao duoc vneid").
   */
  read(text: string): string;
  /**
   * Read text without the phrases of formal letters that name no topic ("xin hoi truong hop nay
   * ai co trach nhiem thong bao luu tru" → "… thong bao luu tru"): what topic words are taken from.
   */
  topic(read: string): string;
}

/**
 * A number with a percent sign ("5%", "0,5 %", "2%/tháng"): read as one word, "phantram", so a rate
 * offered is seen (folding drops the sign) and a phrase keeps its length in words.
 */
const PERCENT = /\d+(?:[.,]\d+)?\s*%/g;

/**
 * A key held down or a Telex tone key left over at a word's end ("otpp", "chuyểnn", "chuyênr", "đượcj"): no
 * Vietnamese syllable ends so. Only after a final consonant a syllable can end with, and never in "app" or "acc".
 */
const TYPO_TAIL = /\b(?!app+\b|acc\b)([a-z]+?)([cghmnpt])\2+\b|\b([a-z]+(?:ng|nh|ch|[cmnpt]))[rfj]\b/g;
/**
 * A letter held down in a cry for help ("CỨUUUU", "CHÁYYYY", "ơiiii", "nhanhhhh"): three or more of the same
 * letter after another letter are one letter; no Vietnamese word repeats a letter three times. Not at a word's
 * start, so "www" and a Roman "III" keep their letters.
 */
const HELD_LETTER = /(?<=\p{L})(\p{L})\1{2,}/gu;
/** A vowel with its tone mark, then the same vowel held without it ("nhàaaa", "quáaaa"): two or more. */
const HELD_AFTER_TONE = /(\p{L})(\p{L})\2+/gu;
/** The five tone marks; a vowel keeps its hat or hook ("ư" is not "u"), so "cứuuu" keeps its "u". */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const toneless = (letter: string) => letter.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
const unhold = (text: string) =>
  text
    .replace(HELD_AFTER_TONE, (run, toned: string, held: string) =>
      toned !== held && toneless(toned) === held ? toned : run,
    )
    .replace(HELD_LETTER, '$1');

const untypo = (text: string) =>
  text.replace(/\bappp+\b/g, 'app').replace(TYPO_TAIL, (_w, stem, end, telex) => (telex ? telex : `${stem}${end}`));

/** Whole words or phrases of the table, longest first ("làm răng" before "răng"). */
function accentedPattern(keys: readonly string[]): RegExp | undefined {
  if (keys.length === 0) return undefined;
  const sorted = [...keys].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Builds the reader from `flows/language/words.yaml` (validated by the content loader). */
export function createLanguage(table: LanguageTable): Language {
  const accented = new Map(Object.entries(table.accented).map(([k, v]) => [k.normalize('NFC'), v]));
  // Elders often type only the dialect word with its tones ("lam răng", "o mô", "chau nội"): a phrase
  // whose last word carries them is also read with the words before it typed plain.
  for (const [key, to] of [...accented]) {
    const words = key.split(' ');
    const last = words.pop() ?? '';
    if (words.length === 0 || fold(last) === last) continue;
    const mixed = [...words.map((w) => fold(w)), last].join(' ');
    if (!accented.has(mixed)) accented.set(mixed, to);
  }
  const accentedRe = accentedPattern([...accented.keys()]);
  const phrases = table.phrases.map(({ pattern, to }) => [new RegExp(pattern, 'g'), to] as const);
  const words = new Map(Object.entries(table.words));
  const fillers = [...(table.filler ?? []), ...(table.tasks?.asking ?? [])];
  // A task as people name it keeps their words and gains the entry's ("thu xin phep" + "soan don thu").
  const tasks = (table.tasks?.tasks ?? []).map(
    ({ say, as }) =>
      [new RegExp(`\\b(?:${[...say].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g'), as] as const,
  );
  const filler =
    fillers.length === 0
      ? undefined
      : new RegExp(`\\b(?:${[...fillers].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
  const cache = new Map<string, string>();
  return {
    topic: (read) => (filler ? read.replace(filler, ' ') : read),
    read(text) {
      const hit = cache.get(text);
      if (hit !== undefined) return hit;
      const lower = spokenSums(
        spokenDigits(unhold(text.normalize('NFC').toLowerCase()).replace(PERCENT, ' phantram ')),
      );
      const standard = accentedRe ? lower.replace(accentedRe, (w) => accented.get(w) ?? w) : lower;
      let folded = untypo(untelex(fold(standard)));
      for (const [pattern, to] of phrases) folded = folded.replace(pattern, to);
      let out = folded
        .split(' ')
        .map((w) => words.get(w) ?? w)
        .join(' ');
      for (const [said, as] of tasks) out = out.replace(said, (w) => `${w} ${as}`);
      // Bounded: the same entry texts and frequent questions are read again and again.
      if (cache.size > 5000) cache.clear();
      cache.set(text, out);
      return out;
    },
  };
}

/** No table: folding only (tests of single modules, content without `language/`). */
export const PLAIN_LANGUAGE: Language = createLanguage({ accented: {}, phrases: [], words: {}, filler: [] });
