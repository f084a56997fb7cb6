import type { KnowledgeHit } from './knowledge-index.ts';

/** One search of the question, fused with the others by rank. */
export interface CandidateSearch {
  hits: readonly KnowledgeHit[];
  /** How much a rank in this search counts against a rank in another (1: alike). */
  weight: number;
}

/**
 * Reciprocal-rank fusion: an entry scores `weight / (RRF_K + rank)` in every search that finds it.
 * A small constant lets the first places of one search outweigh a middle place in several; the
 * usual 60 suits searches of hundreds of results, ours give 20.
 */
const RRF_K = 4;

/** Entries of the trusted reading kept first, whatever the fusion says: the offline answer's best guess. */
const TRUSTED_FIRST = 1;

/**
 * The entries to choose among, best first: the head of the reading the offline answer trusted,
 * then every entry the searches found, by reciprocal-rank fusion (the trusted reading counted as
 * one of them). Entries are given once; ids only, so the caller keeps its own entries.
 */
export function fuseCandidates(
  trusted: readonly KnowledgeHit[],
  searches: readonly CandidateSearch[],
  limit: number,
): KnowledgeHit[] {
  const scores = new Map<string, { hit: KnowledgeHit; score: number }>();
  for (const { hits, weight } of searches) {
    const seen = new Set<string>();
    for (const [rank, hit] of hits.entries()) {
      if (seen.has(hit.entry.id)) continue;
      seen.add(hit.entry.id);
      const known = scores.get(hit.entry.id);
      const score = weight / (RRF_K + rank);
      if (known) known.score += score;
      else scores.set(hit.entry.id, { hit, score });
    }
  }
  const head = trusted.slice(0, TRUSTED_FIRST);
  const ids = new Set(head.map((h) => h.entry.id));
  const rest = [...scores.values()]
    .filter(({ hit }) => !ids.has(hit.entry.id))
    .sort((a, b) => b.score - a.score)
    .map(({ hit }) => hit);
  return [...head, ...rest].slice(0, limit);
}

/** The parts of a drafted question the candidate searches read. */
export interface CandidateQuestion {
  /** The hits of the reading the offline answer trusted. */
  ranked: readonly KnowledgeHit[];
  /** The question inside a story (the whole message when short). */
  focus: string;
  /** The story around it. */
  context: string;
  /** The whole message, redacted, without the redaction labels. */
  whole: string;
}

/** What the searches need: the index, the questions inside a message, and the services a text names. */
export interface CandidateSources {
  search(text: string, limit: number, context?: string): KnowledgeHit[];
  clauses(text: string): string[];
  services(text: string): string[];
}

/** Entries per asking clause: each question of a two-question message brings its own best few. */
const PER_CLAUSE = 5;
/** How deep the search for a named service's own entries goes before keeping those that name it. */
const SERVICE_DEPTH = 60;
/** The reading the offline answer trusted counts twice: it chose between the focus and the whole. */
const TRUSTED_WEIGHT = 2;

/**
 * The searches fused into the candidate list: the trusted reading, the question inside the story
 * (with the story at a lower weight), the whole message, each asking clause alone (two questions
 * in one message), and, when the message names an app or service, the entries that name it. The
 * index reads dialect and shorthand itself ("hổng dô được" → "không vào được"), so a dialect-folded
 * copy of the text would be the same search.
 */
export function candidateSearches(q: CandidateQuestion, sources: CandidateSources, limit: number): CandidateSearch[] {
  const searches: CandidateSearch[] = [
    { hits: q.ranked, weight: TRUSTED_WEIGHT },
    { hits: sources.search(q.focus, limit, q.context), weight: 1 },
  ];
  if (q.whole !== q.focus) searches.push({ hits: sources.search(q.whole, limit), weight: 1 });
  const clauses = sources.clauses(q.focus);
  if (clauses.length >= 2)
    for (const clause of clauses) searches.push({ hits: sources.search(clause, PER_CLAUSE, q.context), weight: 1 });
  if (sources.services(q.whole).length > 0) {
    const own = sources.search(q.whole, SERVICE_DEPTH).filter((h) => !h.offSubject);
    searches.push({ hits: own.slice(0, limit), weight: 1 });
  }
  return searches;
}
