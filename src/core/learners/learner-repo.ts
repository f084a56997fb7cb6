import type { ConversationId } from '../message.ts';
import type { Store } from '../store.ts';
import { newLearner, type Learner } from './learner.ts';

/** Learner records on top of the {@link Store}; every change is an atomic update. */
export interface LearnerRepo {
  get(id: ConversationId): Promise<Learner | undefined>;
  /**
   * Atomically changes a learner, creating the record on first contact. `fn` must be pure;
   * `existing` is undefined when the record is being created.
   */
  update(
    id: ConversationId,
    now: Date,
    fn: (learner: Learner, existing: Learner | undefined) => Learner,
  ): Promise<Learner>;
  /** Ids of every learner known (for stats and audiences). */
  ids(): Promise<string[]>;
}

const key = (id: ConversationId) => `learner:${id}`;
const ALL = 'learners';

export function createLearnerRepo(store: Store): LearnerRepo {
  return {
    get: (id) => store.get<Learner>(key(id)),
    async update(id, now, fn) {
      let created = false;
      const next = await store.update<Learner>(key(id), (current) => {
        created = current === undefined;
        return fn(current ?? newLearner(id, now), current);
      });
      if (created) await store.sadd(ALL, [id]);
      return next;
    },
    ids: () => store.smembers(ALL),
  };
}
