import type { Store } from '../../core/store.ts';
import { ALL_WARDS } from '../../core/stats/stats-keys.ts';
import { isoWeek } from '../../core/time/iso-week.ts';
import { localDay } from '../../core/time/local-day.ts';
import type { Reason } from './payloads.ts';
import { entryKey, feedbackKeys as K, type DownQuestion, type RatedAnswer, type Vote } from './record.ts';

/** How long a rating button keeps working after its answer. */
export const RATING_TTL_MS = 30 * 86_400_000;
/** 👎 questions kept per entry and ward. */
export const DOWNS_KEPT = 20;

/** Outcome of a press: stored, or why nothing changed. */
export type VoteResult = { ok: true; answer: RatedAnswer } | { ok: false; reason: 'stale' | 'already' };

/** Records answers that can be rated and the votes on them; counters per ward kept incrementally. */
export interface FeedbackService {
  /** Keeps what rating `id` rates; the buttons work for {@link RATING_TTL_MS}. */
  remember(answer: RatedAnswer): Promise<void>;
  /** Stores a vote once; a second press, another person's press or an expired button change nothing. */
  vote(id: string, learner: string, vote: Vote['vote'], now: Date): Promise<VoteResult>;
  /** Stores the reason of a 👎 once. */
  why(id: string, learner: string, reason: Reason): Promise<VoteResult>;
}

export interface FeedbackDeps {
  store: Store;
  timezone: string;
}

export function createFeedbackService(deps: FeedbackDeps): FeedbackService {
  const { store } = deps;
  const ttl = { ttlMs: RATING_TTL_MS };
  const count = async (a: RatedAnswer, fields: string[]) => {
    for (const ward of new Set([a.ward, ALL_WARDS]))
      for (const field of fields) await store.incr(K.counters(ward), field);
  };
  const owned = async (id: string, learner: string) => {
    const answer = await store.get<RatedAnswer>(K.answer(id));
    return answer && answer.learner === learner ? answer : undefined;
  };
  return {
    async remember(answer) {
      await store.set(K.answer(answer.id), answer, ttl);
    },
    async vote(id, learner, vote, now) {
      const answer = await owned(id, learner);
      if (!answer) return { ok: false, reason: 'stale' };
      if (!(await store.setIfAbsent<Vote>(K.vote(id), { vote, at: now.toISOString() }, ttl)))
        return { ok: false, reason: 'already' };
      const week = isoWeek(localDay(new Date(answer.at), deps.timezone));
      const entry = entryKey(answer);
      await count(answer, [vote, `kind:${answer.kind}:${vote}`, `entry:${entry}:${vote}`, `week:${week}:${vote}`]);
      if (vote === 'down') {
        const down: DownQuestion = {
          question: answer.question,
          answer: answer.answer,
          kind: answer.kind,
          at: now.toISOString(),
        };
        for (const ward of new Set([answer.ward, ALL_WARDS]))
          await store.append(K.downs(ward, entry), down, DOWNS_KEPT);
      }
      return { ok: true, answer };
    },
    async why(id, learner, reason) {
      const answer = await owned(id, learner);
      const vote = answer && (await store.get<Vote>(K.vote(id)));
      if (!answer || vote?.vote !== 'down') return { ok: false, reason: 'stale' };
      if (!(await store.setIfAbsent(K.why(id), reason, ttl))) return { ok: false, reason: 'already' };
      await count(answer, [`why:${reason}`, `entry:${entryKey(answer)}:why:${reason}`]);
      return { ok: true, answer };
    },
  };
}
