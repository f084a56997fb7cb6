import { NUMBER_WORDS } from './number-words.ts';
import type { TalkFile } from '../content/talk-schema.ts';
import { foldedList, foldedSet } from './folded-list.ts';

const SPACE = 32;

/**
 * Drops particles at either end of folded text, as often as they come:
 * "da dung roi chau a" → "dung roi" ("dạ" stays when it is all there is).
 */
export function stripParticles(folded: string, particles: readonly string[]): string {
  const words = foldedList(particles);
  let s = folded;
  // Compared in place (no " p" / "p " strings built): this runs several times on every message.
  for (let prev = ''; prev !== s; ) {
    prev = s;
    for (const p of words) {
      const n = p.length;
      if (s.length > n && s.charCodeAt(s.length - n - 1) === SPACE && s.endsWith(p)) s = s.slice(0, -(n + 1));
      if (s.length > n && s.charCodeAt(n) === SPACE && s.startsWith(p)) s = s.slice(n + 1);
    }
  }
  return s;
}

/** Whether folded text only says yes or only says no ("ừ đúng rồi", "không phải đâu"). */
export function yesOrNo(folded: string, talk: Pick<TalkFile, 'yes' | 'no' | 'particles'>): 'yes' | 'no' | undefined {
  const s = stripParticles(folded, talk.particles);
  if (s === '') return undefined;
  const { yes, no, yesWords, noWords, noFirst } = yesNoWords(talk);
  if (no.has(s)) return 'no';
  if (yes.has(s)) return 'yes';
  // Several yes/no words in a row: "ừ đúng rồi", "dạ không phải".
  const words = s.split(' ');
  if (!words.every((w) => yesWords.has(w) || noWords.has(w))) return undefined;
  return words.some((w) => noFirst.has(w)) ? 'no' : 'yes';
}

interface YesNoWords {
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  yesWords: ReadonlySet<string>;
  noWords: ReadonlySet<string>;
  noFirst: ReadonlySet<string>;
}

// Per `no` list (the talk file's own array, so a reloaded file gets its own): read on every answer to a yes/no question.
const yesNoBuilt = new WeakMap<readonly string[], WeakMap<readonly string[], YesNoWords>>();

function yesNoWords(talk: Pick<TalkFile, 'yes' | 'no'>): YesNoWords {
  let byYes = yesNoBuilt.get(talk.no);
  if (!byYes) yesNoBuilt.set(talk.no, (byYes = new WeakMap()));
  let words = byYes.get(talk.yes);
  if (!words) {
    const yes = foldedSet(talk.yes);
    const no = foldedSet(talk.no);
    words = {
      yes,
      no,
      yesWords: new Set([...yes].flatMap((p) => p.split(' '))),
      noWords: new Set([...no].flatMap((p) => p.split(' '))),
      noFirst: new Set([...no].map((p) => p.split(' ')[0]!)),
    };
    byYes.set(talk.yes, words);
  }
  return words;
}

/** Words before an option's number, one or several: "số 2", "cái thứ hai", "chọn ý thứ ba", "câu đầu tiên". */
const ORDINAL_PREFIX = /^(?:(?:chon|cai|thu|so|cau|dap an|phuong an|lua chon|muc|y|dong)\s+)+/;
/** Number words, plus the ordinals "nhất", "nhì" ("cái thứ nhất") and "đầu tiên" ("cái đầu tiên"). */
const ORDINAL_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, nhat: 1, nhi: 2, 'dau tien': 1 };
const LETTERS: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 };

/**
 * Who picks and how sure, before the pick: "bà nghĩ là số 1", "tui chọn 2", "chắc là câu b". Only
 * with more words after it, so "ba" alone stays the number three.
 */
const SAYER =
  /^(?:(?:ba|ong|bac|co|chu|toi|tui|minh|em|con|chau|anh|chi) (?=\S+ ))?(?:(?:nghi|doan|chac|thay|chon|lay) (?=\S))?(?:la (?=\S))?/;

/** Words before a letter that make it an answer's letter: "đáp án b", "câu b", "chọn ý c". */
const LETTER_PREFIX = /^(?:chon dap an|chon phuong an|chon cau|chon y|dap an|phuong an|cau|chon|y)\s+/;

/**
 * Reads a chosen number as people type it: "2", "hai", "số 2", "cái thứ hai", "chọn 3 nhé",
 * "đáp án b", "câu b" (particles already dropped or listed). A letter alone ("b", "B.") counts
 * only with `letters`: under a quiz's options, as on a paper test; elsewhere "c" may be "có".
 * Undefined when the text is more than that.
 */
export function readOrdinal(folded: string, particles: readonly string[] = [], letters = false): number | undefined {
  const bare = stripParticles(folded, particles).replace(SAYER, '');
  const rest = bare.replace(ORDINAL_PREFIX, '');
  if (/^\d{1,2}$/.test(rest)) return Number(rest);
  const letter = bare.replace(LETTER_PREFIX, '');
  if (letter !== bare && LETTERS[letter] !== undefined) return LETTERS[letter];
  if (letters && LETTERS[bare] !== undefined) return LETTERS[bare];
  return ORDINAL_WORDS[rest];
}
