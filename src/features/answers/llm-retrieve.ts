import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { fold } from '../../core/text/fold.ts';
import type { KnowledgeHit } from './knowledge-index.ts';
import type { LlmMessage } from './llm-client.ts';

/** Entries the model chooses among. */
export const CANDIDATES = 20;
/** Longest query kept from the model. */
const MAX_QUERY = 200;

/**
 * The entries the model chooses among: the reading the offline answer trusted first (for a formal
 * question often the whole message, whose topic sentence comes before "Xin hỏi…"), then the other
 * searches taken in turn, each entry once. When the question names an app or service (Sora,
 * ShopeePay…) that no entry found says anything of, there is none: no passage about something
 * else reaches the model, and the learner gets the honest offline "chưa chắc".
 */
export function retrievalCandidates(
  chosen: readonly KnowledgeHit[],
  others: ReadonlyArray<readonly KnowledgeHit[]>,
  limit = CANDIDATES,
): KnowledgeEntry[] {
  const all = [...chosen, ...others.flat()];
  if (all.every((h) => h.offSubject)) return [];
  const seen = new Map<string, KnowledgeEntry>();
  const take = (h: KnowledgeHit | undefined) => {
    if (h && !seen.has(h.entry.id) && seen.size < limit) seen.set(h.entry.id, h.entry);
  };
  for (const h of chosen) take(h);
  const longest = Math.max(0, ...others.map((o) => o.length));
  for (let i = 0; i < longest; i++) for (const o of others) take(o[i]);
  return [...seen.values()];
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
