import { asksWhat, confidence, isDefinition } from './confidence.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Language } from './language.ts';
import type { Reading } from './story-reading.ts';

/**
 * "vneid la cai j vay con chau cu bat cai": the chatter ("bắt cài") outweighs the question, and
 * the entry saying what VNeID is may not even be among the hits. When a question the knowledge
 * base is not sure about asks what something is and names an app, service or AI tool, the entry
 * found for sure by "<name> là gì" comes first, said with a caveat.
 */
export function definitionReading(
  question: string,
  reading: Reading,
  names: readonly string[],
  index: Pick<KnowledgeIndex, 'search'>,
  lang: Language,
): Reading {
  const [name] = names;
  if (reading.level === 'sure' || name === undefined || !asksWhat(question, lang)) return reading;
  const probe = `${name} là gì`;
  const found = index.search(probe, 5);
  const [top] = found;
  if (!top || !isDefinition(top.entry, lang) || confidence(probe, found, lang) !== 'sure') return reading;
  return { hits: [top, ...reading.hits.filter((h) => h.entry.id !== top.entry.id)], level: 'probable' };
}
