import type { TaskAnswer } from '../../core/learners/learner.ts';
import { ALL_WARDS } from '../../core/stats/stats-keys.ts';
import type { Store } from '../../core/store.ts';

/** How long one learner's outcome in one lesson is kept (it also makes each outcome count once). */
export const GAIN_OUTCOME_TTL_MS = 400 * 86_400_000;

/** What one learner showed in one lesson, at one moment. */
export type GainOutcome =
  /** The check before the lesson, answered. */
  | { kind: 'pre'; right: number; total: number }
  /** The check before the lesson, offered and skipped. */
  | { kind: 'pre-skip' }
  /** The quiz after the lesson, the first time it was completed. */
  | { kind: 'post'; right: number; total: number }
  /** A spaced review of a missed question, first try, `days` after it was scheduled (1, 3 or 7). */
  | { kind: 'review'; questionId: string; days: number; right: boolean; at: string }
  /** The first answer to "Bác đã tự làm được chưa?". */
  | { kind: 'task'; answer: TaskAnswer }
  /** "Đã làm được" said later by a learner whose first answer was `first` ("Cần giúp", "Chưa thử"). */
  | { kind: 'task-later'; first: TaskAnswer };

/** One outcome as stored, keyed by lesson and pseudonymous learner id. */
export type StoredOutcome = GainOutcome & { ward: string; at: string };

export const gainKeys = {
  /**
   * One learner's outcome: `pre` (answered or skipped), `post`, `task` (first answer), `task-later`
   * (done after a first "not yet"), or `rev:<question>:<time>`.
   */
  outcome: (lessonId: string, learner: string, what: string) => `gain:${lessonId}:${learner}:${what}`,
  /** Counters of a ward (or `*`) and lesson; fields in {@link counterFields}. */
  counters: (ward: string, lessonId: string) => `gain:${ward}:${lessonId}`,
} as const;

const slot = (o: GainOutcome): string =>
  o.kind === 'pre' || o.kind === 'pre-skip' ? 'pre' : o.kind === 'review' ? `rev:${o.questionId}:${o.at}` : o.kind;

/** The counter fields one outcome adds to, and by how much. */
export function counterFields(o: GainOutcome): Record<string, number> {
  switch (o.kind) {
    case 'pre':
      return { 'pre:n': 1, 'pre:right': o.right, 'pre:total': o.total };
    case 'pre-skip':
      return { 'pre:skipped': 1 };
    case 'post':
      return { 'post:n': 1, 'post:right': o.right, 'post:total': o.total };
    case 'review': {
      const right = o.right ? 1 : 0;
      return { 'review:n': 1, 'review:right': right, [`review:${o.days}d:n`]: 1, [`review:${o.days}d:right`]: right };
    }
    case 'task':
      return { 'task:n': 1, [`task:${o.answer}`]: 1 };
    case 'task-later':
      return { 'task:later': 1, [`task:later:${o.first}`]: 1 };
  }
}

/** Learning-gain outcomes per learner and lesson, counted per ward for the dashboard. */
export interface GainRecorder {
  /**
   * Stores an outcome of `learner` (a pseudonymous id) in `lessonId` once: a second check, a
   * second first completion or a repeated review answer changes nothing. True when stored.
   */
  record(lessonId: string, learner: string, ward: string, outcome: GainOutcome, now: Date): Promise<boolean>;
  /** One learner's outcome in a lesson (`pre`, `post` or `task`), if stored. */
  outcome(lessonId: string, learner: string, what: 'pre' | 'post' | 'task'): Promise<StoredOutcome | undefined>;
}

export function createGainRecorder(store: Store): GainRecorder {
  return {
    async record(lessonId, learner, ward, outcome, now) {
      const stored: StoredOutcome = { ...outcome, ward, at: now.toISOString() };
      const key = gainKeys.outcome(lessonId, learner, slot(outcome));
      if (!(await store.setIfAbsent(key, stored, { ttlMs: GAIN_OUTCOME_TTL_MS }))) return false;
      const fields = Object.entries(counterFields(outcome)).filter(([, by]) => by !== 0);
      for (const scope of new Set([ward, ALL_WARDS]))
        for (const [field, by] of fields) await store.incr(gainKeys.counters(scope, lessonId), field, by);
      return true;
    },
    outcome: (lessonId, learner, what) => store.get<StoredOutcome>(gainKeys.outcome(lessonId, learner, what)),
  };
}
