import type { LanguageTable } from '../../core/content/language-schema.ts';
import { fold } from '../../core/text/fold.ts';
import { untelex } from './telex-slips.ts';

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
const untypo = (text: string) =>
  text.replace(/\bappp+\b/g, 'app').replace(TYPO_TAIL, (_w, stem, end, telex) => (telex ? telex : `${stem}${end}`));

/** Digits said as words, with their tones (plain "nam", "sau", "bay" are also year, after, fly). */
const SPOKEN_DIGIT: Record<string, string> = {
  không: '0',
  một: '1',
  hai: '2',
  ba: '3',
  bốn: '4',
  năm: '5',
  sáu: '6',
  bảy: '7',
  bẩy: '7',
  tám: '8',
  chín: '9',
};
/** Four or more digits said one by one, as voice typing writes a code ("tám ba hai một năm chín"), commas between allowed. */
const SPOKEN_RUN =
  /(?<![\p{L}\p{N}])(?:(?:không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)[ ,]{1,2}){3,}(?:không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)(?![\p{L}\p{N}])/gu;
/** What a counted thing looks like after the last number word: then the words are a count or a span, not a code. */
const COUNTED =
  /^[ ,]*(năm|tuổi|tháng|ngày|tuần|người|lần|triệu|nghìn|ngàn|trăm|chục|mươi|giờ|phút|tiếng|đứa|lượt|chữ|số|viên|ký|cân|đồng)(?![\p{L}\p{N}])/u;
/** A span of years ended by its unit: "hai ba bốn năm năm rồi" (the last "năm" is the years, not a five). */
const YEARS_AFTER = /^[ ,]*(rồi|nay|trước|sau|nữa|qua|liền|trời|hơn|mới)(?![\p{L}\p{N}])/u;

/**
 * A code, a PIN or an ID number said digit by digit is read as its digits ("mã là tám ba hai một năm chín" →
 * "mã là 832159"), so what sees a number typed sees it said. Four words at least, never before a unit ("hai ba
 * bốn năm tuổi" stays a span of ages). Session 35 (fixh).
 */
const spokenDigits = (lower: string) =>
  lower.replace(SPOKEN_RUN, (run, at: number) => {
    const after = lower.slice(at + run.length);
    if (COUNTED.test(after) || (run.endsWith('năm') && YEARS_AFTER.test(after))) return run;
    return run
      .split(/[ ,]+/)
      .map((w) => SPOKEN_DIGIT[w] ?? '')
      .join('');
  });

/** A sum said in words before its unit ("năm chục triệu", "một trăm tám chục triệu", "hai mươi lăm nghìn"). */
const D = '(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)';
const SPOKEN_SUM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?=\\p{L})((?:${D} trăm )?(?:(?:lẻ|linh) )?(?:(?:${D} (?:mươi|chục)|mười) )?(?:(?:${D}|mốt|tư|lăm) )?)(triệu|nghìn|ngàn|tỷ|tỉ|củ)(?![\\p{L}\\p{N}])`,
  'gu',
);
const SUM_DIGIT: Record<string, number> = {
  ...Object.fromEntries(Object.entries(SPOKEN_DIGIT).map(([w, d]) => [w, Number(d)])),
  mốt: 1,
  tư: 4,
  lăm: 5,
};

/**
 * A sum said in words is read as its number ("chuyển năm chục triệu" → "chuyển 50 triệu"), so a rule that counts the
 * words between a loss and its unit, or looks for a number, sees a sum said as one typed. Session 35 (fixh).
 */
const spokenSums = (lower: string) =>
  lower.replace(SPOKEN_SUM, (whole, said: string, unit: string) => {
    if (said.trim() === '') return whole;
    let value = 0;
    let pending = 0;
    for (const w of said.trim().split(' ')) {
      if (w === 'trăm' || w === 'mươi' || w === 'chục') {
        value += pending * (w === 'trăm' ? 100 : 10);
        pending = 0;
      } else if (w === 'mười') value += 10;
      else pending = SUM_DIGIT[w] ?? pending;
    }
    value += pending;
    return value > 0 ? `${value} ${unit}` : whole;
  });

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
      const lower = spokenSums(spokenDigits(text.normalize('NFC').toLowerCase().replace(PERCENT, ' phantram ')));
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
