import { fold } from './fold.ts';
import { stripParticles } from './talk-words.ts';

/** The words of a text, lower case and composed, without punctuation or emoji. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A word typed without diacritics ("co", not "có" or "cô"). */
const bare = (word: string) => fold(word) === word;

/**
 * Whether a typed reply is a button's label, as people type it: the label's words, the
 * particles around them dropped ("Bác ạ"), each word written without diacritics or with the
 * label's own. A word with other diacritics is another word: "có" (yes) never presses "Cô". A
 * label of `lookalikes` typed all without diacritics ("co": "cô" or "có"?) presses nothing.
 */
export function typedLabel(
  text: string,
  label: string,
  particles: readonly string[],
  lookalikes: readonly string[],
): boolean {
  const want = wordsOf(label);
  const foldedLabel = want.map(fold).join(' ');
  const typed = wordsOf(text);
  const folded = typed.map(fold);
  const joined = folded.join(' ');
  if (foldedLabel === '' || (joined !== foldedLabel && stripParticles(joined, particles) !== foldedLabel)) return false;
  for (let start = 0; start + want.length <= typed.length; start++) {
    if (folded.slice(start, start + want.length).join(' ') !== foldedLabel) continue;
    const words = typed.slice(start, start + want.length);
    if (words.every(bare)) return !lookalikes.some((l) => wordsOf(l).join(' ') === want.join(' '));
    return words.every((w, i) => bare(w) || w === want[i]);
  }
  return false;
}
