import type { Language } from './language.ts';

/**
 * Words that carry no topic: politeness, pronouns, question words. They are dropped from the
 * index and from queries, so "bác ơi cho cháu hỏi vneid là gì ạ" searches for "vneid".
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a ah oi nhe nhi vay ne thi la gi sao nao lam toi tui tao minh bac chau em chi ong ba con co cua cho voi va nhu roi ta ' +
    'di bi nay do kia phai hay hoac cung ra len mot cac nhung it rat nua da se hoi biet giup xin vui long u uh vang kieu ' +
    'ki gio bay theo de o khong duoc tren trong cach'
  ).split(' '),
);

/**
 * Question phrases removed before splitting, so their syllables can stay topic words elsewhere
 * ("thế nào" goes, "thẻ" in "thẻ BHYT" stays; both fold to "the").
 */
const QUESTION_PHRASES =
  /\b(nhu the nao|the nao|lam sao|la gi|ra sao|bao nhieu|o dau|duoc khong|co phai|the thi|kieu gi|la cai gi|cai gi)\b/g;

/** Topic words of a text: its read words without question phrases, formal filler and stopwords. */
export function contentWords(text: string, lang: Language): string[] {
  return lang
    .topic(lang.read(text))
    .replace(QUESTION_PHRASES, ' ')
    .split(' ')
    .filter((w) => w !== '' && !STOPWORDS.has(w));
}

/** Separator of two-syllable terms ("mat_khau"); Vietnamese words are mostly two syllables. */
export const BIGRAM_JOIN = '_';

/**
 * Index and query terms: topic syllables plus pairs of neighbouring topic syllables within a
 * sentence, so "mật khẩu" as a word outweighs "mật" and "khẩu" found apart.
 */
export function searchTerms(text: string, lang: Language): string[] {
  const terms: string[] = [];
  for (const sentence of text.split(/[\n.?!;:]+/)) {
    const words = contentWords(sentence, lang);
    terms.push(...words, ...words.slice(1).map((w, i) => `${words[i]}${BIGRAM_JOIN}${w}`));
  }
  return terms;
}
