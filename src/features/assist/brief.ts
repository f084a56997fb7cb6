import type { Content } from '../../core/content/content.ts';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import type { Honorific } from '../../core/learners/learner.ts';
import type { Store } from '../../core/store.ts';
import type { Answerer } from '../answers/answerer.ts';
import type { LlmClient } from '../answers/llm-client.ts';
import { buildMessages, parseReply } from '../answers/llm-prompt.ts';

/** Entries shown to the volunteer. */
const TOP = 3;
/** A brief is made once per question and kept this long (reloads cost no model call). */
const KEPT_MS = 7 * 86_400_000;

/** A knowledge entry as the volunteer sees it: question, answer and where it comes from. */
export interface BriefEntry {
  id: string;
  question: string;
  answer: string;
  source: string;
  sourceTitle: string;
}

/**
 * What a volunteer gets when they claim a question: the closest knowledge entries and, when a
 * model is configured, a reply drafted only from those entries. Nothing here is ever sent by itself.
 */
export interface VolunteerBrief {
  entries: BriefEntry[];
  /** The model's draft and the ids of the entries it cites. */
  draft?: { text: string; cites: string[] };
}

/** What a brief is made from: the search, the prompts, the model (absent offline), and a store to keep it. */
export interface BriefDeps {
  store: Pick<Store, 'get' | 'set'>;
  answerer: Pick<Answerer, 'draft' | 'knowledge'>;
  content: Pick<Content, 'prompts'>;
  llm?: Pick<LlmClient, 'complete'>;
}

const shown = (e: KnowledgeEntry): BriefEntry => ({
  id: e.id,
  question: e.questions[0] ?? e.id,
  answer: e.answer.trim(),
  source: e.source,
  sourceTitle: e.sourceTitle,
});

/** The entries closest to a question: the search's passages, else the topics it would suggest. */
function closest(answerer: BriefDeps['answerer'], question: string): KnowledgeEntry[] {
  const draft = answerer.draft(question);
  const found = draft.passages.map((p) => p.entry);
  const all = answerer.knowledge();
  for (const s of draft.answer.suggestions ?? []) {
    const entry = all.find((e) => e.id === s.entryId);
    if (entry) found.push(entry);
  }
  if (draft.answer.entry) found.unshift(...all.filter((e) => e.id === draft.answer.entry));
  return [...new Map(found.map((e) => [e.id, e])).values()].slice(0, TOP);
}

/** The brief for question `id` (asked as `question`), made on first call and kept. */
export async function volunteerBrief(
  deps: BriefDeps,
  q: { id: string; text: string; honorific?: Honorific },
): Promise<VolunteerBrief> {
  const key = `assist:brief:${q.id}`;
  const kept = await deps.store.get<VolunteerBrief>(key);
  if (kept) return kept;
  const entries = closest(deps.answerer, q.text);
  const brief: VolunteerBrief = { entries: entries.map(shown) };
  if (deps.llm && entries.length > 0) {
    try {
      const raw = await deps.llm.complete(
        buildMessages(deps.content.prompts, entries, q.text, { ...(q.honorific ? { honorific: q.honorific } : {}) }),
      );
      const parsed = parseReply(raw, entries);
      if (parsed?.known) brief.draft = { text: parsed.text, cites: parsed.cited.map((i) => entries[i]!.id) };
    } catch {
      // No draft: the entries alone still help, and the volunteer writes the reply.
    }
  }
  await deps.store.set(key, brief, { ttlMs: KEPT_MS });
  return brief;
}
