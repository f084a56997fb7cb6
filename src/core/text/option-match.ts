import { fold } from './fold.ts';
import { NUMBER_WORDS } from './number-words.ts';

/** Words that carry no meaning in an option ("CH Play hoặc App Store"). */
const FILLER = new Set(['hoac', 'va', 'cua', 'cac', 'nhung', 'la', 'the', 'thi', 'de', 'voi', 'cho', 'o', 'mot']);

/** Optimal string alignment distance, capped: enough to forgive one typo or one swapped pair. */
export function typoDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const similar = (typed: string, word: string): boolean =>
  typed === word || (typed.length >= 4 && word.length >= 4 && typoDistance(typed, word) <= 1);

const words = (label: string): string[] =>
  fold(label)
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w));

/**
 * Which option a typed answer names, by its words: folded, partial ("android" for "Android
 * (Samsung, Oppo…)") and forgiving one typo per word ("andriod"). Words every option shares
 * do not count. The best option must beat the others, and a long reply must name at least
 * half of it (or three words), so a sentence that merely mentions a word is not an answer; a
 * short reply must be half the option's words ("mấy giờ rồi" names no option).
 */
export function matchOption(folded: string, labels: readonly string[]): number | undefined {
  const optionWords = labels.map(words);
  // Spoken numbers ("mức một với mức hai") name the digits an option is written with ("mức 1 và mức 2").
  const digits = new Set(optionWords.flat().filter((w) => /^\d+$/.test(w)));
  const typed = folded
    .split(' ')
    .map((w) => (NUMBER_WORDS[w] !== undefined && digits.has(String(NUMBER_WORDS[w])) ? String(NUMBER_WORDS[w]) : w))
    .filter((w) => w !== '' && !FILLER.has(w));
  if (typed.length === 0 || labels.length === 0) return undefined;
  const shared = new Set(optionWords[0]!.filter((w) => optionWords.every((ws) => ws.includes(w))));
  const scores = optionWords.map((ws) => {
    const distinct = ws.filter((w) => !shared.has(w));
    // A word typed exactly outweighs one a typo away: "chặn" is "chặn", though one letter from "nhắn".
    const hit = distinct.reduce((n, w) => n + (typed.includes(w) ? 1 : typed.some((t) => similar(t, w)) ? 0.5 : 0), 0);
    return { hit, size: distinct.length };
  });
  let best = -1;
  let second = 0;
  scores.forEach((s, i) => {
    if (best < 0 || s.hit > scores[best]!.hit) {
      second = best < 0 ? 0 : scores[best]!.hit;
      best = i;
    } else if (s.hit > second) second = s.hit;
  });
  const top = scores[best]!;
  if (top.hit === 0 || top.hit === second) return undefined;
  // Most of a short reply must name the option too: "mấy giờ rồi" is a question, not "Đã kích hoạt rồi".
  const named = typed.filter((t) => optionWords[best]!.some((w) => !shared.has(w) && similar(t, w))).length;
  const short = typed.length <= 4 && named * 2 >= typed.length;
  // A long message that shares a word or two with a label is a story or a question, not a choice.
  const mostlyLabel = top.hit * 2 >= top.size && top.hit * 3 >= typed.length;
  return short || mostlyLabel || top.hit >= 3 ? best : undefined;
}
