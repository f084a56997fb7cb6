/**
 * Raw Telex: what a phone writes when its Vietnamese keyboard is switched off and the learner types the keys of
 * the marks ("toi cos neen ddocj maxx otp khoong" for "tôi có nên đọc mã OTP không"). Read back to folded words.
 */

const setOf = (words: string) => new Set(words.split(' '));
/** A syllable may have no onset and no final consonant: '' is in both sets. */
const ONSETS = setOf(' b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x');
const NUCLEI = setOf(
  'a e i o u y ai ao au ay eo eu ia ie iu oa oai oay oe oeo oi ua ue ui uo uoi uou uu uy uya uye uyu ye yeu ieu uay',
);
const CODAS = setOf(' c ch m n ng nh p t');
const SYLLABLE = /^([^aeiouy]*)([aeiouy]+)([^aeiouy]*)$/;

/** Words of the field that look like Telex but are English or shorthand ("ios", "add", "sms"). */
const KEPT = setOf('ios add sms gps apps tips news bus plus yes ads see teen gas meet has his how now etax');

const isSyllable = (word: string): boolean => {
  const m = SYLLABLE.exec(word);
  if (!m) return false;
  const [, onset = '', nucleus = '', coda = ''] = m;
  return ONSETS.has(onset) && NUCLEI.has(nucleus) && CODAS.has(coda);
};

/** The syllable a word of raw Telex stands for, or undefined when it carries no mark keys or reads as no syllable. */
export function telexSyllable(word: string): string | undefined {
  if (word.length < 3 || KEPT.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  const plain = word
    .replace(/[sfrxjz]+$/, '')
    .replace(/dd/g, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aeiouy])w/g, '$1');
  return plain !== word && isSyllable(plain) ? plain : undefined;
}

/**
 * Folded text read back from raw Telex when at least two words and three in ten carry mark keys (a few such words
 * are English or a stutter: "how", "sụ sụ" typed "suj suj"); otherwise the text as it is.
 */
export function untelex(folded: string): string {
  const words = folded.split(' ');
  const read = words.map(telexSyllable);
  const marked = read.filter((w) => w !== undefined).length;
  if (marked < 2 || marked * 10 < words.length * 3) return folded;
  return words.map((w, i) => read[i] ?? w).join(' ');
}
