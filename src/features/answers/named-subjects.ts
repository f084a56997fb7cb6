import type { SubjectsTable } from '../../core/content/subjects-schema.ts';
import { type Language, PLAIN_LANGUAGE } from './language.ts';

/** Per group of `flows/language/subjects.yaml`, the members a text names ("máy Samsung" → {android}). */
export type Named = ReadonlyArray<ReadonlySet<string>>;

/**
 * Reads which apps, services, AI tools, banks and phones a text names, from the table in
 * `flows/language/subjects.yaml`. Texts are given as typed: names are matched on the folded
 * reading, `cased` words ("AI") on the text itself.
 */
export interface SubjectReader {
  /** For each group, the members the text names. */
  named(text: string): Named;
  /**
   * What an entry is about: the members its phrasings and keywords name; none of a `namedByAnswer`
   * group when its answer names no member of it (general advice asked with one tool as the example).
   */
  entryNamed(phrasings: string, answer: string): Named;
  /** The members of `mustBeNamed` groups the text names ("zalo", "vneid"…): what a question is about. */
  services(text: string): string[];
  /**
   * The words that name those services in the text, as read ("chatgpt") or, for `cased` names, as
   * typed ("AI"): added to a story's focus so "lấy lại nó" stays about Zalo.
   */
  mentions(text: string): string[];
  /**
   * Of two or more `mustBeNamed` members a text names, the one named last, where the question
   * usually is ("VssID vào được mà VNeID quên mật khẩu": VNeID). A name said as the means
   * ("đăng nhập VssID bằng VNeID") is no subject. Undefined when fewer than two are named.
   */
  askedLast(text: string): string | undefined;
  /**
   * The text names a member of a group whose general entries hold for every member (a bank, a carrier,
   * a phone: "Techcombank", "Viettel"): a name the table knows, never an app no entry covers.
   */
  knows(text: string): boolean;
  /** The names to search too ("máy Samsung" → "android"), from `searchAs` groups. */
  searchAs(text: string): string[];
  /** The question names one member of a group and the entry only others of it (iPhone steps for a Samsung). */
  conflict(asked: Named, entry: Named): boolean;
  /** The question names a member of a `mustBeNamed` group the entry names nothing of: no sure answer. */
  unnamed(asked: Named, entry: Named): boolean;
  /**
   * The question names one member of a `keepOthers` group and the entry only others ("tài khoản
   * VssID bị khóa" and the steps to sign up; water and electricity), or one member of a `mustMatch`
   * group the entry does not name at all ("mất hộ chiếu" and the steps for a first passport). An
   * entry naming a member says nothing of a question naming none: entries name steps in passing.
   */
  differs(asked: Named, entry: Named): boolean;
  /**
   * The question names a member of an `ownSteps` group (a phone: "máy Samsung") and the entry names
   * nothing of that group: general steps, not that one's own.
   */
  silentOn(asked: Named, entry: Named): boolean;
  /**
   * The question names a member of a `namedByAnswer` group (an AI tool: "Copilot") the entry does not
   * name: general advice, not what that tool is.
   */
  toolUnsaid(asked: Named, entry: Named): boolean;
  /** The question names a member of a `namedByAnswer` group and the entry names it too. */
  toolSaid(asked: Named, entry: Named): boolean;
  /**
   * The members of `ownSteps` groups the entry names where the question names none of that group
   * ("chữ to ra sao" and the iPhone's steps: ["iphone"]): which phone was not said.
   */
  ownUnsaid(asked: Named, entry: Named): string[];
  /**
   * The question names no member of any group, and the entry names one of any group but places:
   * what it is about (an app, a paper, a step, banks or carriers) was not said.
   */
  unsaid(asked: Named, entry: Named): boolean;
}

interface Matcher {
  name: string;
  folded: RegExp;
  /** `folded`, every match: where a name is said last. */
  every: RegExp;
  cased: RegExp | undefined;
}

/** A name right after these words is the means, not the subject: "đăng nhập bằng VNeID", "qua Zalo". */
const MEANS = /(?:^|\s)(?:bang|qua)(?: tai khoan| app| ung dung)?\s*$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (alternatives: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags);

/**
 * A name is never read across a clause break: "soạn báo giá, đó là cái gì" names no dollar rate
 * ("giá đô"). A sentence mark followed by a space, a line break, or a comma before a word that opens a
 * clause ("đó", "thì", "mà") ends one; a list ("nhận cha, mẹ, con") and "TP.HCM", "A.I" stay whole.
 */
const CLAUSE_BREAK =
  /[;!?…]+\s+|\.+\s+|\n+|,\s+(?=(?:đó|nó|thế|thì|mà|nhưng|vậy|rồi|do|no|the|thi|ma|nhung|vay|roi)(?![\p{L}\p{N}]))/iu;
const readClauses = (text: string, lang: Language) =>
  text
    .split(CLAUSE_BREAK)
    .map((clause) => lang.read(clause))
    .join(' | ');

/** Where the last match of a name (a global pattern) starts in a text, or -1. */
function lastAt(every: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(every)) at = m.index;
  return at;
}

/** The one member of each group a question names, if it names exactly one. */
const onlyNamed = (asked: Named) => asked.map((names) => (names.size === 1 ? [...names][0] : undefined));

export function createSubjectReader(table: SubjectsTable, lang: Language = PLAIN_LANGUAGE): SubjectReader {
  const groups = table.groups.map((g) => ({
    mustBeNamed: g.mustBeNamed,
    mustMatch: g.mustMatch,
    keepOthers: g.keepOthers || g.mustMatch,
    searchAs: g.searchAs,
    ownSteps: g.ownSteps,
    namedByAnswer: g.namedByAnswer,
    place: g.place,
    members: g.members.map(
      (m): Matcher => ({
        name: m.name,
        folded: whole(m.names, 'u'),
        every: whole(m.names, 'gu'),
        cased: m.cased.length > 0 ? whole(m.cased, 'u') : undefined,
      }),
    ),
  }));
  const namedIn = (text: string, read: string, members: readonly Matcher[]) =>
    members.filter((m) => m.folded.test(read) || m.cased?.test(text)).map((m) => m.name);
  const named = (text: string): Named => {
    const read = readClauses(text, lang);
    return groups.map((g) => new Set(namedIn(text, read, g.members)));
  };
  const fromGroups = (pick: (g: (typeof groups)[number]) => boolean) => (text: string) => {
    const read = readClauses(text, lang);
    return groups.filter(pick).flatMap((g) => namedIn(text, read, g.members));
  };
  const askedLast = (text: string) => {
    const read = readClauses(text, lang);
    const said = groups
      .filter((g) => g.mustBeNamed)
      .flatMap((g) => g.members.map((m) => ({ name: m.name, at: lastAt(m.every, read) })))
      .filter((m) => m.at >= 0);
    if (new Set(said.map((m) => m.name)).size < 2) return undefined;
    let last: (typeof said)[number] | undefined;
    for (const m of said) {
      const subject = !MEANS.test(read.slice(0, m.at));
      if (subject && (last === undefined || m.at > last.at)) last = m;
    }
    return last?.name;
  };
  const entryNamed = (phrasings: string, answer: string): Named => {
    const asked = named(phrasings);
    const answered = named(answer);
    return asked.map((names, i) => (groups[i]!.namedByAnswer && answered[i]!.size === 0 ? new Set<string>() : names));
  };
  return {
    named,
    entryNamed,
    askedLast,
    services: fromGroups((g) => g.mustBeNamed),
    searchAs: fromGroups((g) => g.searchAs),
    knows: (text) => fromGroups((g) => !g.mustBeNamed)(text).length > 0,
    mentions(text) {
      const read = readClauses(text, lang);
      return groups
        .filter((g) => g.mustBeNamed)
        .flatMap((g) => g.members.map((m) => m.folded.exec(read)?.[0] ?? m.cased?.exec(text)?.[0]))
        .filter((w) => w !== undefined);
    },
    // A `keepOthers` or `mustMatch` group keeps the entry among the hits, at best as probable (`differs`).
    conflict: (asked, entry) =>
      onlyNamed(asked).some(
        (a, i) => a !== undefined && !groups[i]!.keepOthers && (entry[i]?.size ?? 0) > 0 && !entry[i]!.has(a),
      ),
    differs: (asked, entry) =>
      onlyNamed(asked).some((one, i) => {
        const g = groups[i]!;
        const others = (entry[i]?.size ?? 0) > 0;
        if (g.mustMatch && one === undefined && asked[i]!.size > 1)
          // Two lacks said ("không có điện thoại thông minh, chưa có VNeID"): an entry saying either fits.
          return ![...asked[i]!].some((name) => entry[i]?.has(name));
        return g.keepOthers && one !== undefined && !entry[i]?.has(one) && (g.mustMatch || others);
      }),
    ownUnsaid: (asked, entry) =>
      asked.flatMap((names, i) => (names.size === 0 && groups[i]!.ownSteps ? [...(entry[i] ?? [])] : [])),
    silentOn: (asked, entry) =>
      asked.some((names, i) => names.size > 0 && groups[i]!.ownSteps && (entry[i]?.size ?? 0) === 0),
    toolUnsaid: (asked, entry) =>
      asked.some((names, i) => groups[i]!.namedByAnswer && names.size > 0 && ![...names].some((n) => entry[i]?.has(n))),
    toolSaid: (asked, entry) =>
      asked.some((names, i) => groups[i]!.namedByAnswer && [...names].some((n) => entry[i]?.has(n))),
    unsaid: (asked, entry) =>
      asked.every((names) => names.size === 0) && entry.some((names, i) => names.size > 0 && !groups[i]!.place),
    unnamed: (asked, entry) =>
      onlyNamed(asked).some((a, i) => a !== undefined && groups[i]!.mustBeNamed && (entry[i]?.size ?? 0) === 0),
  };
}

/** No table: nothing is named (tests of single modules, content without `language/subjects.yaml`). */
export const NO_SUBJECTS: SubjectReader = createSubjectReader({ groups: [] });
