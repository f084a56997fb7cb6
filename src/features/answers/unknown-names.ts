import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import type { Language } from './language.ts';
import { contentWords } from './search-terms.ts';

/** Reads the names a message types that the knowledge base never mentions. */
export interface UnknownNames {
  /**
   * Words typed as a name (a Latin capital, no Vietnamese diacritics, not opening a sentence:
   * "Grab", "Perplexity", "PVcomBank") that no entry's phrasings, keywords or answer contain, read
   * folded. Such a message asks about something no passage can speak of.
   */
  in(text: string): string[];
}

const NAME = /^[A-Z][A-Za-z0-9]{2,}$/;
const SENTENCE_START = /(?:^|[.?!:;\n]\s*|["“(]\s*)$/;

/** Built once per knowledge base, with the index: the vocabulary of every entry. */
export function createUnknownNames(entries: readonly KnowledgeEntry[], lang: Language): UnknownNames {
  const known = new Set<string>();
  for (const e of entries)
    for (const w of contentWords([...e.questions, ...e.keywords, e.answer].join('\n'), lang)) known.add(w);
  return {
    in(text) {
      const names: string[] = [];
      for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const word = match[0];
        if (!NAME.test(word) || SENTENCE_START.test(text.slice(0, match.index))) continue;
        const read = contentWords(word, lang);
        if (read.length > 0 && read.every((w) => !known.has(w))) names.push(word);
      }
      return names;
    },
  };
}
