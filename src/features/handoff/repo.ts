import type { Store } from '../../core/store.ts';
import { randomQuestionId, type HandoffQuestion } from './question.ts';

const MAX_SCORE = Number.MAX_SAFE_INTEGER;

/**
 * Questions in the store: one record per question (changed only by compare-and-set updates),
 * a sorted set of open questions per route and overall (by creation time) and a sorted set of
 * unclaimed questions by the time their next escalation step is due.
 */
export interface HandoffRepo {
  /** Stores a new question under a fresh short id. */
  create(build: (id: string) => HandoffQuestion): Promise<HandoffQuestion>;
  get(id: string): Promise<HandoffQuestion | undefined>;
  /**
   * Atomically changes a question. `fn` must be pure (it may run again under contention) and
   * returns the new record (or undefined: unchanged) and an outcome; the outcome of the run
   * whose write won is returned. Undefined when the question does not exist.
   */
  mutate<R>(
    id: string,
    fn: (q: HandoffQuestion) => { next?: HandoffQuestion; result: R },
  ): Promise<{ question: HandoffQuestion; result: R } | undefined>;
  /** Brings the indexes in line with the record (open lists, escalation schedule). */
  index(q: HandoffQuestion, previousRoute?: string): Promise<void>;
  /** Open question ids of a route (or of every route), oldest first. */
  openIds(route?: string, limit?: number): Promise<string[]>;
  /** Remembers a question that was just closed (call once, by the close that won). */
  closed(q: HandoffQuestion): Promise<void>;
  /** Recently closed question ids of a route (or of every route), newest first. */
  closedIds(route?: string, limit?: number): Promise<string[]>;
  /** Unclaimed question ids whose escalation is due at `now`. */
  dueIds(now: Date, limit: number): Promise<string[]>;
  /** Drops an id from the escalation schedule (its record is gone). */
  unschedule(id: string): Promise<void>;
}

const keys = {
  question: (id: string) => `handoff:q:${id}`,
  open: (route?: string) => (route === undefined ? 'handoff:open' : `handoff:open:${route}`),
  due: 'handoff:due',
  closed: (route?: string) => (route === undefined ? 'handoff:closed' : `handoff:closed:${route}`),
};

/** Closed questions remembered per route (and overall) for the dashboard's "Đã đóng" list. */
const CLOSED_KEPT = 200;

export function createHandoffRepo(store: Store): HandoffRepo {
  return {
    async create(build) {
      for (;;) {
        const q = build(randomQuestionId());
        if (await store.setIfAbsent(keys.question(q.id), q)) return q;
      }
    },
    get: (id) => store.get<HandoffQuestion>(keys.question(id)),
    async mutate(id, fn) {
      if (!(await store.get(keys.question(id)))) return undefined;
      let result: { value: ReturnType<typeof fn>['result'] } | undefined;
      const question = await store.update<HandoffQuestion>(keys.question(id), (cur) => {
        // Questions are never deleted, so `cur` exists once it was seen above.
        const out = fn(cur!);
        result = { value: out.result };
        return out.next ?? cur!;
      });
      return { question, result: result!.value };
    },
    async index(q, previousRoute) {
      const created = Date.parse(q.createdAt);
      if (previousRoute !== undefined && previousRoute !== q.route) await store.zrem(keys.open(previousRoute), [q.id]);
      if (q.status === 'closed') {
        await Promise.all([
          store.zrem(keys.open(), [q.id]),
          store.zrem(keys.open(q.route), [q.id]),
          store.zrem(keys.due, [q.id]),
        ]);
        return;
      }
      await store.zadd(keys.open(), [{ member: q.id, score: created }]);
      await store.zadd(keys.open(q.route), [{ member: q.id, score: created }]);
      if (q.status === 'open' && q.dueAt !== undefined)
        await store.zadd(keys.due, [{ member: q.id, score: Date.parse(q.dueAt) }]);
      else await store.zrem(keys.due, [q.id]);
    },
    openIds: (route, limit = 200) => store.zrangeByScore(keys.open(route), 0, MAX_SCORE, limit),
    async closed(q) {
      await store.append(keys.closed(), q.id, CLOSED_KEPT);
      await store.append(keys.closed(q.route), q.id, CLOSED_KEPT);
    },
    async closedIds(route, limit = 50) {
      const ids = await store.range<string>(keys.closed(route), -CLOSED_KEPT, -1);
      return [...new Set(ids.reverse())].slice(0, limit);
    },
    dueIds: (now, limit) => store.zrangeByScore(keys.due, 0, now.getTime(), limit),
    unschedule: (id) => store.zrem(keys.due, [id]),
  };
}
