/** One run of digits as typed: grouped by spaces, dots, dashes, underscores or brackets, or said in words. */
export interface NumberRun {
  /** Where the run starts and ends in the text (end exclusive). */
  start: number;
  end: number;
  /** The digits, words turned into digits ("không chín" → "09"). */
  digits: string;
  /** The digit groups as typed ("0912", "345", "678"); one per word for runs said in words. */
  groups: string[];
  /** How many digits were written as words. */
  words: number;
}

/** Digits said as words, with and without diacritics; "lăm" only with them ("lam" is "làm"). */
const DIGIT_WORDS: Record<string, string> = {
  không: '0',
  khong: '0',
  một: '1',
  mot: '1',
  mốt: '1',
  hai: '2',
  ba: '3',
  bốn: '4',
  bon: '4',
  tư: '4',
  tu: '4',
  năm: '5',
  nam: '5',
  lăm: '5',
  sáu: '6',
  sau: '6',
  bảy: '7',
  bay: '7',
  bẩy: '7',
  tám: '8',
  tam: '8',
  chín: '9',
  chin: '9',
};

/** A word or a number, never part of a longer word ("5G", "7h30" and "OTP483920" are one token each). */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
/** What may stand between two groups of one number: at most three of these ("+84 (0) 912", "0912  345", "0912_345"). */
const SEPARATOR = /^[ \t._\-()]{1,3}$/;
/** Between digits said as words, commas too ("không, chín, một"). */
const WORD_SEPARATOR = /^[ \t._\-,]{1,3}$/;

interface Token {
  start: number;
  end: number;
  digits: string;
  word: boolean;
}

function tokenAt(m: RegExpExecArray): Token | undefined {
  const text = m[0];
  const start = m.index;
  if (/^\d+$/.test(text)) return { start, end: start + text.length, digits: text, word: false };
  const digit = DIGIT_WORDS[text.toLowerCase()];
  return digit === undefined ? undefined : { start, end: start + text.length, digits: digit, word: true };
}

/** Widens a run to a `+` or `(` just before it and a `)` just after it, so "(091) 234 5678" is replaced whole. */
function widen(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  if (text[s - 1] === '(') s--;
  if (text[s - 1] === '+') s--;
  const opened = text.slice(s, end).split('(').length - text.slice(s, end).split(')').length;
  return { start: s, end: opened > 0 && text[end] === ')' ? end + 1 : end };
}

/**
 * Finds every run of digits in `text`, including numbers written as Vietnamese digit words,
 * in one pass over its words (linear; no backtracking on long digit strings).
 */
export function numberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length > 0) {
      const { start, end } = widen(text, current[0]!.start, current.at(-1)!.end);
      runs.push({
        start,
        end,
        digits: current.map((t) => t.digits).join(''),
        groups: current.map((t) => t.digits),
        words: current.filter((t) => t.word).length,
      });
    }
    current = [];
  };
  for (const m of text.matchAll(TOKEN)) {
    const token = tokenAt(m);
    if (!token) {
      flush();
      continue;
    }
    const last = current.at(-1);
    if (last) {
      const between = text.slice(last.end, token.start);
      // Words join words and numerals numerals: "năm 2024" is a year, not the digits 52024.
      const joins =
        last.word !== token.word ? false : token.word ? WORD_SEPARATOR.test(between) : SEPARATOR.test(between);
      if (!joins) flush();
    }
    current.push(token);
  }
  flush();
  return runs;
}
