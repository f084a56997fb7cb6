/**
 * A text cut into its words (runs of non-space characters, as `\S+` finds them), with what stands between them: what a
 * phrase list is matched against, word by word, instead of one alternation regular expression per list.
 */
export interface Words {
  text: string;
  /** Each word, and where it starts and ends (character offsets, end exclusive). */
  words: string[];
  starts: number[];
  ends: number[];
  /** How many words follow word `i` each after exactly one space (" a b  c": 1 for "a", 0 for "b"). */
  chained: number[];
}

const WORD = /\S+/g;

/** Cuts a text into its words. */
export function wordsOf(text: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const chained = new Array<number>(words.length).fill(0);
  for (let i = words.length - 2; i >= 0; i--)
    if (starts[i + 1] === ends[i]! + 1 && text.charCodeAt(ends[i]!) === 32) chained[i] = chained[i + 1]! + 1;
  return { text, words, starts, ends, chained };
}

/**
 * `wordsOf` remembering the last few texts: one message is matched against dozens of lists, in a handful of versions
 * (read, some words blanked).
 */
export function createWordsReader(size = 16): (text: string) => Words {
  const known = new Map<string, Words>();
  return (text) => {
    const hit = known.get(text);
    if (hit) return hit;
    const words = wordsOf(text);
    if (known.size >= size) known.clear();
    known.set(text, words);
    return words;
  };
}
