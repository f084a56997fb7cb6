import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { fold } from '../../core/text/fold.ts';
import type { KnowledgeHit } from './knowledge-index.ts';
import { type CandidateSearch, fuseCandidates } from './llm-candidates.ts';
import type { LlmMessage } from './llm-client.ts';

/** Entries the model chooses among. */
export const CANDIDATES = 20;
/** Longest query kept from the model. */
const MAX_QUERY = 200;

/**
 * The entries the model chooses among: the head of the reading the offline answer trusted (for a
 * formal question often the whole message, whose topic sentence comes before "Xin hỏi…"), then
 * every search fused by rank (see {@link candidateSearches}), each entry once. When the question
 * names an app or service (Sora, ShopeePay…) that no entry found says anything of, there is none:
 * no passage about something else reaches the model, and the learner gets the honest offline
 * "chưa chắc".
 */
export function retrievalCandidates(
  trusted: readonly KnowledgeHit[],
  searches: readonly CandidateSearch[],
  limit = CANDIDATES,
): KnowledgeEntry[] {
  const all = [...trusted, ...searches.flatMap((s) => s.hits)];
  if (all.every((h) => h.offSubject)) return [];
  return fuseCandidates(trusted, searches, limit).map((h) => h.entry);
}

/**
 * The passages when the model chose none but wrote a query: the offline passages first, then the
 * query's, each entry once. A rewritten query may drift ("mật khẩu" for a VNeID passcode); the
 * offline search's best entries stay among what the model reads.
 */
export function queryPassages(offline: readonly KnowledgeEntry[], fromQuery: readonly KnowledgeEntry[], limit: number) {
  const seen = new Map<string, KnowledgeEntry>();
  const longest = Math.max(offline.length, fromQuery.length);
  for (let i = 0; i < longest && seen.size < limit; i++)
    for (const e of [offline[i], fromQuery[i]]) if (e && !seen.has(e.id) && seen.size < limit) seen.set(e.id, e);
  return [...seen.values()];
}

/**
 * Passages the answer call gets besides the model's choice: the best candidates it did not choose.
 * The retrieval call sees one phrasing per entry; the answer call reads whole passages and cites only
 * those that answer, so a near miss of the choice (the right entry fourth or fifth in the list) still
 * reaches it. Each costs about 500 characters of prompt.
 */
export const BACKUPS = 2;

/** The model's choice first (each entry once, at most `limit`), then up to `backups` candidates it did not choose. */
export function withBackups(
  chosen: readonly KnowledgeEntry[],
  candidates: readonly KnowledgeEntry[],
  limit: number,
  backups = BACKUPS,
): KnowledgeEntry[] {
  const picked = [...new Set(chosen)].slice(0, limit);
  const ids = new Set(picked.map((e) => e.id));
  const rest = candidates.filter((e) => !ids.has(e.id)).slice(0, backups);
  return [...picked, ...rest];
}

const quote = (text: string) => text.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 600);

/**
 * The retrieval call: `prompts/retrieve-system.md` as the system message; the candidates (id and
 * first phrasing) and the redacted question, inside `<cau_hoi>`, from `prompts/retrieve-user.md`.
 */
export function buildRetrieveMessages(
  prompts: Readonly<Record<string, string>>,
  candidates: readonly KnowledgeEntry[],
  question: string,
): LlmMessage[] {
  const list = candidates.map((e) => `[${e.id}] ${quote(e.questions[0] ?? '')}`).join('\n');
  const user = (prompts['retrieve-user'] ?? '').replace(/\{\{(\w+)\}\}/g, (m, name: string) =>
    name === 'candidates' ? list : name === 'question' ? quote(question) : m,
  );
  return [
    { role: 'system', content: prompts['retrieve-system'] ?? '' },
    { role: 'user', content: user },
  ];
}

/** What the model made of the question: a search query and the entry ids it chose, best first. */
export interface Retrieval {
  query?: string;
  chosen: string[];
}

/** Reads `TRUY_VAN: …` and `CHON: id, id`; ids the model invents are dropped by the caller. */
export function parseRetrieval(raw: string): Retrieval {
  const lines = raw.split('\n').map((l) => l.trim());
  const value = (key: string) => {
    const line = lines.find((l) => fold(l).startsWith(key));
    return line?.slice(line.indexOf(':') + 1).trim();
  };
  const query = value('truy van')?.slice(0, MAX_QUERY);
  const chosen = (value('chon') ?? '')
    .split(/[,\s]+/)
    .map((id) => id.replace(/[[\]`*"']/g, '').trim())
    .filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
  return { ...(query ? { query } : {}), chosen };
}
