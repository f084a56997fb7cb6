import type { Content } from '../../core/content/content.ts';
import type { Lesson } from '../../core/content/lesson-schema.ts';
import { StoreError } from '../../core/errors.ts';
import { assignArm, type Experiment, experimentsOf, resolveLesson } from '../../core/flows/variants.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Tutor } from '../../core/router/tutor.ts';
import type { Store } from '../../core/store.ts';
import { type EndedTest, experimentKeys as K } from './keys.ts';
import { pinsOf } from './pins.ts';

/** How long a process trusts its copy of the ended tests before reading them again. */
export const ENDED_REFRESH_MS = 5_000;

/** Why ending a test changed nothing. */
export type EndResult = { ok: true } | { ok: false; reason: 'unknown' | 'already' };

/**
 * Which arm of each A/B test a learner sees. During a test: the arm pinned when the learner
 * started the lesson, else the stable hash of (learner id, test id). After an admin ended it:
 * the winner, except for a learner still inside the lesson, who finishes it in the arm they began.
 */
export interface ExperimentArms {
  /** Every test the flow files declare, in lesson order. */
  readonly list: readonly Experiment[];
  ofLesson(lessonId: string): readonly Experiment[];
  armFor(learner: Learner, experiment: Experiment): string;
  /** The content with every lesson resolved to the learner's arms (the tutor's `contentFor`). */
  contentFor(learner: Learner): Content;
  ended(experimentId: string): EndedTest | undefined;
  /** Reads the ended tests again when the copy is older than {@link ENDED_REFRESH_MS} (or `force`). */
  refresh(options?: { force?: boolean }): Promise<void>;
  /** Ends a test for good: everyone starting its lesson from now on gets `winner`. */
  end(experimentId: string, winner: string, by: string, now: Date): Promise<EndResult>;
}

export interface ExperimentArmsDeps {
  content: Content;
  store: Store;
  clock: () => Date;
}

/** Whether the learner is inside the lesson (a step, its check, quiz or task question), not reviewing. */
export const insideLesson = (learner: Learner, lessonId: string): boolean =>
  learner.position !== undefined && learner.position.mode !== 'review' && learner.position.lessonId === lessonId;

export function createExperimentArms(deps: ExperimentArmsDeps): ExperimentArms {
  const list = deps.content.lessons.flatMap(experimentsOf);
  const byId = new Map(list.map((e) => [e.id, e]));
  const byLesson = new Map<string, Experiment[]>();
  for (const e of list) byLesson.set(e.lessonId, [...(byLesson.get(e.lessonId) ?? []), e]);
  let ended: Record<string, EndedTest> = {};
  let readAt: number | undefined;
  let reading: Promise<void> | undefined;
  const endedOf = (id: string) => {
    const test = ended[id];
    return test && byId.get(id)?.arms.some((a) => a.id === test.winner) ? test : undefined;
  };
  const armFor = (learner: Learner, experiment: Experiment): string => {
    const pin = pinsOf(learner)[experiment.id];
    const pinned = pin !== undefined && experiment.arms.some((a) => a.id === pin) ? pin : undefined;
    const over = endedOf(experiment.id);
    if (over) return pinned !== undefined && insideLesson(learner, experiment.lessonId) ? pinned : over.winner;
    return pinned ?? assignArm(learner.id, experiment);
  };
  // A lesson resolved to one choice of arms is the same for every learner with that choice, and
  // content is never changed in place: each is built once (a handful per tested lesson), not per message.
  const resolved = new Map<Lesson, Map<string, Lesson>>();
  const resolve = (learner: Learner, lesson: Lesson): Lesson => {
    const tests = byLesson.get(lesson.id);
    if (!tests) return lesson;
    const chosen = tests.map((e) => armFor(learner, e));
    const key = chosen.join('\n');
    let byArms = resolved.get(lesson);
    if (!byArms) resolved.set(lesson, (byArms = new Map()));
    let seen = byArms.get(key);
    if (!seen) {
      const arms = new Map(tests.map((e, i) => [e.id, chosen[i]!]));
      seen = resolveLesson(lesson, (id) => arms.get(id));
      byArms.set(key, seen);
    }
    return seen;
  };
  return {
    list,
    ofLesson: (lessonId) => byLesson.get(lessonId) ?? [],
    armFor,
    contentFor(learner) {
      if (list.length === 0) return deps.content;
      const base = deps.content;
      let lessons: Lesson[] | undefined;
      // Most messages read one lesson or none: the whole list is resolved only when asked for.
      return {
        ...base,
        get lessons() {
          lessons ??= base.lessons.map((l) => resolve(learner, l));
          return lessons;
        },
        lesson: (id) => {
          const lesson = base.lesson(id);
          return lesson && resolve(learner, lesson);
        },
      };
    },
    ended: endedOf,
    async refresh(options = {}) {
      const now = deps.clock().getTime();
      const fresh = readAt !== undefined && now >= readAt && now - readAt < ENDED_REFRESH_MS;
      if (list.length === 0 || (fresh && !options.force)) return;
      // Messages arriving while a read is on its way share it rather than each reading again.
      if (reading && !options.force) return reading;
      const read: Promise<void> = (async () => {
        try {
          ended = (await deps.store.get<Record<string, EndedTest>>(K.ended())) ?? {};
          readAt = now;
        } catch (error) {
          // Storage down: keep the copy we have; the tutor answers the learner politely on its own.
          if (!(error instanceof StoreError)) throw error;
        }
      })().finally(() => {
        if (reading === read) reading = undefined;
      });
      reading = read;
      return read;
    },
    async end(experimentId, winner, by, now) {
      const experiment = byId.get(experimentId);
      if (!experiment?.arms.some((a) => a.id === winner)) return { ok: false, reason: 'unknown' };
      let already = false;
      const next = await deps.store.update<Record<string, EndedTest>>(K.ended(), (current) => {
        already = current?.[experimentId] !== undefined;
        return already ? (current ?? {}) : { ...current, [experimentId]: { winner, at: now.toISOString(), by } };
      });
      ended = next;
      readAt = deps.clock().getTime();
      return already ? { ok: false, reason: 'already' } : { ok: true };
    },
  };
}

/** The tutor, reading the ended tests (at most every few seconds) before each message. */
export function withFreshArms(tutor: Tutor, arms: Pick<ExperimentArms, 'refresh'>): Tutor {
  return {
    async handle(inbound, hooks) {
      await arms.refresh();
      return tutor.handle(inbound, hooks);
    },
  };
}
