import type { Content } from '../../core/content/content.ts';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { createAspectReader } from './asked-aspects.ts';
import { createKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.ts';
import { createLanguage, type Language } from './language.ts';
import { createSubjectReader, type SubjectReader } from './named-subjects.ts';
import { createDangerCue } from './danger-cues.ts';
import { createNearRisk } from './near-risk.ts';
import { createSafety, type Safety } from './safety.ts';
import { createScamNet } from './scam-net.ts';
import { createUnknownNames, type UnknownNames } from './unknown-names.ts';

/** The readers an answerer reads questions with, all pure functions of the loaded content. */
export interface PreparedKnowledge {
  readonly language: Language;
  readonly safety: Safety;
  readonly subjects: SubjectReader;
  /** The search index and unknown-name reader of the content's own entries. */
  readonly knowledge: KnowledgeReaders;
  /** Builds both for other entries (a knowledge reload), with the same readers. */
  readers(entries: readonly KnowledgeEntry[]): KnowledgeReaders;
}

/** An entry list with its index and unknown names: replaced as a pair, never edited. */
export interface KnowledgeReaders {
  readonly entries: readonly KnowledgeEntry[];
  readonly index: KnowledgeIndex;
  readonly names: UnknownNames;
}

// The index takes over a second to build; every answerer on one loaded content (a process's one,
// each test's app, eval's sets) reads with the same one. Their memo caches hold pure results only.
const built = new WeakMap<Content, PreparedKnowledge>();

/** The readers of `content`, built on first use and shared by every answerer on the same content. */
export function prepareKnowledge(content: Content): PreparedKnowledge {
  const known = built.get(content);
  if (known) return known;
  const language = createLanguage(content.language);
  const safety = createSafety(
    language,
    createScamNet(content.scamSignals, language),
    createNearRisk(content.safetyExamples, language),
    createDangerCue(content.safetyExamples.cues),
  );
  const subjects = createSubjectReader(content.subjects, language);
  const aspects = createAspectReader(content.subjects, language);
  const readers = (entries: readonly KnowledgeEntry[]): KnowledgeReaders => ({
    entries,
    index: createKnowledgeIndex(entries, (id) => content.lesson(id)?.title, language, subjects, aspects),
    names: createUnknownNames(entries, language),
  });
  const prepared = { language, safety, subjects, knowledge: readers(content.knowledge), readers };
  built.set(content, prepared);
  return prepared;
}
