import { fold } from '../text/fold.ts';

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
  return table.get(spaced);
}
