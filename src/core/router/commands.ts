import type { TalkFile } from '../content/talk-schema.ts';
import { fold } from '../text/fold.ts';
import { foldedList } from '../text/folded-list.ts';
import { typoDistance } from '../text/option-match.ts';

/** Typed commands of the core, recognised after folding ("Học tiếp" = "hoc tiep"). */
export const CORE_COMMANDS: Record<string, readonly string[]> = {
  // Stop phrases live in flows/stop.yaml (one rule, see matchTalkCommand and the stop feature).
  stop: [],
  subscribe: ['bat dau lai', 'dang ky lai', 'subscribe', 'nhan tin lai'],
  start: ['start', 'bat dau', 'xin chao', 'chao', 'hello', 'hi', 'alo', 'chao ban', 'chao em', 'chao chau'],
  menu: ['menu', 'danh muc', 'trang chu', 've menu', 'quay lai'],
  lessons: ['bai hoc', 'cac bai hoc', 'danh sach bai hoc', 'lessons', 'hoc'],
  resume: ['hoc tiep', 'tiep tuc hoc', 'resume', 'hoc tiep di'],
  progress: ['tien do', 'progress', 'ket qua hoc', 'xem tien do'],
  review: ['on tap', 'review', 'on lai'],
  help: ['giup', 'tro giup', 'help', 'huong dan'],
  ask: ['hoi dap', 'ask', 'hoi'],
  whoami: ['id', 'ma cua toi', 'whoami'],
  profile: ['doi xung ho', 'doi cach goi', 'doi phuong', 'doi xa', 'profile'],
};

/** Chat shorthand for commands ("hoc tiep" typed as "hoctiep", "tien do" as "tdo"). */
const SHORTHAND: Record<string, string> = {
  hoctiep: 'hoc tiep',
  tiendo: 'tien do',
  ontap: 'on tap',
  batdaulai: 'bat dau lai',
};

export type CommandTable = ReadonlyMap<string, string>;

export function buildCommandTable(...tables: Array<Record<string, readonly string[]> | undefined>): CommandTable {
  const map = new Map<string, string>();
  for (const table of tables) {
    for (const [name, phrases] of Object.entries(table ?? {})) {
      for (const phrase of phrases) map.set(fold(phrase), name);
      map.set(name, map.get(name) ?? name);
    }
  }
  return map;
}

/**
 * Finds the command a message is. Accepts "/name", trailing politeness ("học tiếp ạ",
 * "tiến độ đi") and shorthand, but not commands buried in a sentence.
 */
export function matchCommand(folded: string, table: CommandTable): string | undefined {
  const bare = folded
    .replace(/^\/?/, '')
    .replace(/\s+(a|nhe|nha|di|voi|ah|oi)$/u, '')
    .trim();
  const spaced = SHORTHAND[bare.replace(/\s+/g, '')] ?? bare;
  return table.get(spaced) ?? (misspeltMenu(spaced) ? table.get('menu') : undefined);
}

/** "menuu", "mennu", "meun": the one English word every learner is told to type, with one slip. */
const misspeltMenu = (word: string): boolean =>
  /^[a-z]{3,5}$/.test(word) && word !== 'menu' && typoDistance(word, 'menu') <= 1;

/** Commands said in a sentence are short: longer messages are questions, never read this way. */
const AROUND_MAX_LENGTH = 60;

/** Words that may stand around a command, or a stop phrase, said in a short sentence. */
export interface AroundWords {
  /** Particles and `commandAround` words of `flows/talk.yaml`. */
  command: readonly string[];
  /** The same, and "thôi", "thôi nhé" ("thôi đừng nhắn nữa"). */
  stop: readonly string[];
}

const arounds = new WeakMap<TalkFile, AroundWords>();

/** The around lists of one `flows/talk.yaml`, built once and kept as long as the content lives. */
export function aroundWords(talk: TalkFile): AroundWords {
  let lists = arounds.get(talk);
  if (!lists) {
    const command = [...talk.particles, ...talk.commandAround];
    lists = { command, stop: [...command, 'thoi', 'thoi nhe'] };
    arounds.set(talk, lists);
  }
  return lists;
}

/**
 * What `read` finds in a short sentence once words of `around` are dropped from either end, one at
 * a time; `read` is asked after each drop, so a phrase ending in a particle's letters ("tiến độ",
 * "đó") is found before it is cut.
 */
export function readAround<T>(
  folded: string,
  around: readonly string[],
  read: (s: string) => T | undefined,
): T | undefined {
  if (folded.length > AROUND_MAX_LENGTH) return undefined;
  const words = foldedList(around);
  const seen = new Set<string>();
  const queue = [folded];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const hit = read(next);
    if (hit !== undefined) return hit;
    for (const w of words) {
      if (next.startsWith(`${w} `)) queue.push(next.slice(w.length + 1));
      if (next.endsWith(` ${w}`)) queue.push(next.slice(0, -(w.length + 1)));
    }
  }
  return undefined;
}

const phrasesOf = new WeakMap<CommandTable, readonly string[]>();

/** Every phrase `matchCommand` can find in a table, shorthand included. */
function commandPhrases(table: CommandTable): readonly string[] {
  let list = phrasesOf.get(table);
  if (!list) {
    list = [...new Set([...table.keys(), ...Object.keys(SHORTHAND)])].filter((p) => p !== '');
    phrasesOf.set(table, list);
  }
  return list;
}

/**
 * Whether one of `phrases` stands whole, word for word, inside `text`: the only way a phrase can be
 * left once `readAround` drops words from the ends, so a cheap test before it.
 */
export function holdsWhole(text: string, phrases: readonly string[]): boolean {
  const spaced = ` ${text} `;
  return phrases.some((p) => spaced.includes(` ${p} `));
}

/** A command said inside a short sentence ("cháu ơi bà muốn hỏi cán bộ", "tiến độ của bà sao rồi"). */
export function matchCommandAround(folded: string, around: readonly string[], table: CommandTable): string | undefined {
  if (folded.length > AROUND_MAX_LENGTH) return undefined;
  // Only words dropped from the ends: a command must already stand whole inside. Checked first, since
  // this runs on every message that is no command, and most hold none.
  if (!holdsWhole(folded.replace(/(^|\s)\//g, '$1'), commandPhrases(table))) return undefined;
  return readAround(folded, around, (s) => matchCommand(s, table));
}
