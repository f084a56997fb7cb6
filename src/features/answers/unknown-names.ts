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
  /**
   * The app a message names after "app" or "ứng dụng", typed with a capital ("App Sổ tay đảng
   * viên", "ứng dụng VETC"), when the entry never says that name: its first word if typed plain
   * ("VETC"), its first two words otherwise ("Sổ tay": a single accented word, folded, is too
   * common to name anything). Undefined when no app is named so, or the entry says it.
   */
  appUnsaid(text: string, entry: KnowledgeEntry): string | undefined;
}

const NAME = /^[A-Z][A-Za-z0-9]{2,}$/;
const SENTENCE_START = /(?:^|[.?!:;\n]\s*|["“(]\s*)$/;

/** "app" or "ứng dụng", then a word typed with a capital and the word after it. */
const APP_NAMED =
  /(?<![\p{L}\p{N}])(?:[Aa]pp|APP|[Ứứ]ng dụng|ỨNG DỤNG)\s+(\p{Lu}[\p{L}\p{N}]*)(?:[ \t]+([\p{L}\p{N}]+))?/gu;

/** Built once per knowledge base, with the index: the vocabulary of every entry. */
export function createUnknownNames(entries: readonly KnowledgeEntry[], lang: Language): UnknownNames {
  const known = new Set<string>();
  // Each entry's words, read once: the vocabulary, and what an entry says for `appUnsaid`.
  const said = new WeakMap<KnowledgeEntry, string>();
  const wordsOf = (entry: KnowledgeEntry) =>
    contentWords([...entry.questions, ...entry.keywords, entry.answer].join('\n'), lang);
  for (const e of entries) {
    const words = wordsOf(e);
    for (const w of words) known.add(w);
    said.set(e, ` ${words.join(' ')} `);
  }
  const saidIn = (entry: KnowledgeEntry) => said.get(entry) ?? ` ${wordsOf(entry).join(' ')} `;
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
    appUnsaid(text, entry) {
      for (const [, first = '', next = ''] of text.matchAll(APP_NAMED)) {
        const plain = NAME.test(first);
        const name = contentWords(plain ? first : `${first} ${next}`, lang);
        if (name.length === 0 || (!plain && name.length < 2)) continue;
        if (!saidIn(entry).includes(` ${name.join(' ')} `)) return plain ? first : `${first} ${next}`;
      }
      return undefined;
    },
  };
}
