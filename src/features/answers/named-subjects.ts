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
  /** The members of `mustBeNamed` groups the text names ("zalo", "vneid"…): what a question is about. */
  services(text: string): string[];
  /**
   * The words that name those services in the text, as read ("chatgpt") or, for `cased` names, as
   * typed ("AI"): added to a story's focus so "lấy lại nó" stays about Zalo.
   */
  mentions(text: string): string[];
  /** The names to search too ("máy Samsung" → "android"), from `searchAs` groups. */
  searchAs(text: string): string[];
  /** The question names one member of a group and the entry only others of it (iPhone steps for a Samsung). */
  conflict(asked: Named, entry: Named): boolean;
  /** The question names a member of a `mustBeNamed` group the entry names nothing of: no sure answer. */
  unnamed(asked: Named, entry: Named): boolean;
}

interface Matcher {
  name: string;
  folded: RegExp;
  cased: RegExp | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (alternatives: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags);

/** The one member of each group a question names, if it names exactly one. */
const onlyNamed = (asked: Named) => asked.map((names) => (names.size === 1 ? [...names][0] : undefined));

export function createSubjectReader(table: SubjectsTable, lang: Language = PLAIN_LANGUAGE): SubjectReader {
  const groups = table.groups.map((g) => ({
    mustBeNamed: g.mustBeNamed,
    searchAs: g.searchAs,
    members: g.members.map(
      (m): Matcher => ({
        name: m.name,
        folded: whole(m.names, 'u'),
        cased: m.cased.length > 0 ? whole(m.cased, 'u') : undefined,
      }),
    ),
  }));
  const namedIn = (text: string, read: string, members: readonly Matcher[]) =>
    members.filter((m) => m.folded.test(read) || m.cased?.test(text)).map((m) => m.name);
  const named = (text: string): Named => {
    const read = lang.read(text);
    return groups.map((g) => new Set(namedIn(text, read, g.members)));
  };
  const fromGroups = (pick: (g: (typeof groups)[number]) => boolean) => (text: string) => {
    const read = lang.read(text);
    return groups.filter(pick).flatMap((g) => namedIn(text, read, g.members));
  };
  return {
    named,
    services: fromGroups((g) => g.mustBeNamed),
    searchAs: fromGroups((g) => g.searchAs),
    mentions(text) {
      const read = lang.read(text);
      return groups
        .filter((g) => g.mustBeNamed)
        .flatMap((g) => g.members.map((m) => m.folded.exec(read)?.[0] ?? m.cased?.exec(text)?.[0]))
        .filter((w) => w !== undefined);
    },
    conflict: (asked, entry) =>
      onlyNamed(asked).some((a, i) => a !== undefined && (entry[i]?.size ?? 0) > 0 && !entry[i]!.has(a)),
    unnamed: (asked, entry) =>
      onlyNamed(asked).some((a, i) => a !== undefined && groups[i]!.mustBeNamed && (entry[i]?.size ?? 0) === 0),
  };
}

/** No table: nothing is named (tests of single modules, content without `language/subjects.yaml`). */
export const NO_SUBJECTS: SubjectReader = createSubjectReader({ groups: [] });
