import type { KnowledgeEntry } from './knowledge-schema.ts';
import type { LanguageTable } from './language-schema.ts';
import type { ScamSignals } from './scam-signals-schema.ts';
import type { SafetyExamples } from './safety-examples-schema.ts';
import type { SubjectsTable } from './subjects-schema.ts';
import type { Lesson } from './lesson-schema.ts';
import { EMPTY_TALK, type TalkTables } from './talk-schema.ts';

/** All validated content: lessons in menu order, knowledge entries, and prompt texts by name. */
export interface Content {
  lessons: readonly Lesson[];
  knowledge: readonly KnowledgeEntry[];
  prompts: Readonly<Record<string, string>>;
  /** `language/words.yaml`: shorthand and dialect folded into standard words. */
  language: LanguageTable;
  /** `safety/scam-signals.yaml`: the lexicons of the money-safety net. */
  scamSignals: ScamSignals;
  /** `safety/examples.yaml`: labelled messages for the nearest-neighbour safety net. */
  safetyExamples: SafetyExamples;
  /** `language/subjects.yaml`: the apps, services, AI tools, banks and phones a question can name. */
  subjects: SubjectsTable;
  lesson(id: string): Lesson | undefined;
  /** The proper name of a ward from `wards.yaml` ("phuong-yen-hoa" → "Phường Yên Hòa"), if listed. */
  wardName(code: string): string | undefined;
  /** The wards `wards.yaml` lists: code → proper name. */
  wards: ReadonlyMap<string, string>;
  /** Everyday words from `flows/stop.yaml` and `flows/talk.yaml`. */
  talk: TalkTables;
}

const EMPTY_LANGUAGE: LanguageTable = { accented: {}, phrases: [], words: {}, filler: [] };
const EMPTY_SIGNALS: ScamSignals = {
  actors: {},
  ownChannels: [],
  ownActs: [],
  contact: ['goi'],
  asking: [],
  online: [],
  remote: ['zalo'],
  demands: {},
  pressure: {},
  toSomeone: ['cho ho'],
  incoming: [],
  ordinary: ['tien dien'],
  ownStall: [],
  general: [],
  realAsked: [],
  hungUp: [],
  shapes: [],
};

export function createContent(
  lessons: Lesson[],
  knowledge: KnowledgeEntry[],
  prompts: Record<string, string>,
  wards: ReadonlyMap<string, string> = new Map(),
  extra: {
    language: LanguageTable;
    scamSignals: ScamSignals;
    subjects?: SubjectsTable;
    safetyExamples?: SafetyExamples;
  } = {
    language: EMPTY_LANGUAGE,
    scamSignals: EMPTY_SIGNALS,
  },
  talk: TalkTables = EMPTY_TALK,
): Content {
  const sorted = [...lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const byId = new Map(sorted.map((l) => [l.id, l]));
  return {
    lessons: sorted,
    knowledge,
    prompts,
    ...extra,
    subjects: extra.subjects ?? { groups: [] },
    safetyExamples: extra.safetyExamples ?? { examples: [] },
    lesson: (id) => byId.get(id),
    wardName: (code) => wards.get(code),
    wards,
    talk,
  };
}
