import type MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';

/** One document found: MiniSearch's id, score and the query terms it matched, as `MiniSearch.search` gives them. */
export interface ScoredDoc {
  id: string;
  score: number;
  queryTerms: string[];
}

/** `MiniSearch.search` for string queries and OR combinations of them, with each term's scores remembered. */
export interface TermScorer {
  search(query: Query): ScoredDoc[];
}

/** MiniSearch's per-term step (undocumented, stable since v6): the documents one term finds, with their scores. */
interface TermSpec {
  term: string;
  fuzzy: unknown;
  prefix: unknown;
  termBoost: number;
}
interface Internals {
  executeQuerySpec?(spec: TermSpec, options: SearchOptions): Map<number, { score: number }>;
  _documentIds: Map<number, unknown>;
  _options: { tokenize(text: string): string[]; processTerm(term: string): string | string[] | null | false };
}

type Scores = Map<number, { score: number; terms: string[] }>;
type TermFn = unknown;

/** Terms remembered per index before the memory is emptied; a term's scores are a few hundred numbers. */
const MAX_TERMS = 20_000;

/** A per-term option as MiniSearch reads it: a function of the term, else the value given (or `orElse`). */
const perTerm = (option: TermFn, orElse: (value: unknown) => unknown, term: string, i: number, terms: string[]) =>
  typeof option === 'function'
    ? (option as (t: string, i: number, ts: string[]) => unknown)(term, i, terms)
    : orElse(option);

/**
 * Same ids, scores (to the last bit) and order as `index.search(query)`: terms are scored by
 * MiniSearch itself and summed in its order. A term's scores depend only on the term and its
 * options, and the index never changes, so a story's focus, its whole message and the same words
 * asked again reuse them instead of walking the index and its typo variants anew. Only the
 * options this feature varies per query (fuzzy, prefix, boostTerm, combineWith 'OR') are supported.
 */
export function createTermScorer<T>(index: MiniSearch<T>): TermScorer {
  const inner = index as unknown as Internals;
  const memory = new Map<string, Map<number, { score: number }>>();
  const { tokenize, processTerm } = inner._options;
  const globals = (index as unknown as { _options: { searchOptions: SearchOptions } })._options.searchOptions;

  function termScores(spec: TermSpec, options: SearchOptions): Map<number, { score: number }> {
    const key = `${spec.term}\u0000${String(spec.fuzzy)}\u0000${String(spec.prefix)}\u0000${spec.termBoost}`;
    const known = memory.get(key);
    if (known) return known;
    const found = inner.executeQuerySpec!(spec, options);
    if (memory.size >= MAX_TERMS) memory.clear();
    memory.set(key, found);
    return found;
  }

  /** Adds one term's (or one sub-query's) scores to `into` the way MiniSearch's OR does: scores left to right. */
  function add(into: Scores, doc: number, score: number, terms: readonly string[]): void {
    const had = into.get(doc);
    if (!had) into.set(doc, { score, terms: [...terms] });
    else {
      had.score = had.score + score;
      for (const t of terms) if (!had.terms.includes(t)) had.terms.push(t);
    }
  }

  function run(query: Query, outer: SearchOptions): Scores {
    const out: Scores = new Map();
    if (typeof query === 'string') {
      const options = { tokenize, processTerm, ...globals, ...outer };
      const terms = (options.tokenize ?? tokenize)(query)
        .flatMap((t) => (options.processTerm ?? processTerm)(t) || [])
        .filter((t) => !!t);
      terms.forEach((term, i) => {
        const spec: TermSpec = {
          term,
          fuzzy: perTerm(options.fuzzy, (v) => v || false, term, i, terms),
          prefix: perTerm(options.prefix, (v) => v === true, term, i, terms),
          termBoost: typeof options.boostTerm === 'function' ? options.boostTerm(term, i, terms) : 1,
        };
        const one = [term];
        for (const [doc, { score }] of termScores(spec, options)) add(out, doc, score, one);
      });
      return out;
    }
    if (typeof query !== 'object' || (query.combineWith ?? 'OR').toUpperCase() !== 'OR')
      throw new Error('term scorer: only string queries and OR combinations are supported');
    const options = { ...outer, ...query, queries: undefined };
    for (const sub of query.queries)
      for (const [doc, { score, terms }] of run(sub, options)) add(out, doc, score, terms);
    return out;
  }

  if (typeof inner.executeQuerySpec !== 'function')
    return { search: (query) => index.search(query).map(({ id, score, queryTerms }) => ({ id, score, queryTerms })) };
  return {
    search(query) {
      const docs: ScoredDoc[] = [];
      for (const [doc, { score, terms }] of run(query, {}))
        docs.push({ id: inner._documentIds.get(doc) as string, score: score * (terms.length || 1), queryTerms: terms });
      return docs.sort((a, b) => b.score - a.score);
    },
  };
}
