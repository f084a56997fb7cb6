import type { Lesson, QuizQuestion } from '../../core/content/lesson-schema.ts';
import { type Experiment, resolveLesson } from '../../core/flows/variants.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { ALL_WARDS, UNKNOWN_WARD } from '../../core/stats/stats-keys.ts';
import type { Store } from '../../core/store.ts';
import type { ExperimentArms } from './arms.ts';
import { experimentKeys as K } from './keys.ts';

/** The arm and step a learner is on inside a tested lesson, if they are on a step of it. */
function armStep(arms: ExperimentArms, learner: Learner | undefined, e: Experiment): [string, string] | undefined {
  const pos = learner?.position;
  if (!learner || pos?.mode !== 'lesson' || pos.lessonId !== e.lessonId) return undefined;
  return [arms.armFor(learner, e), pos.stepId];
}

/**
 * Keeps the lesson funnel of every test per arm, from the steps learners actually see: arrivals at
 * each step (`<arm>:reach:<step>`), missed quiz questions (`<arm>:miss:<question>`), in the ward
 * and for all wards, and who is at a step now (a set per ward and arm, following a learner who
 * moves ward). The arm is the one the learner's lesson is resolved to, during the test and after.
 */
export async function recordArmFunnel(
  store: Store,
  arms: ExperimentArms,
  before: Learner | undefined,
  after: Learner,
): Promise<void> {
  const ward = after.wardCode ?? UNKNOWN_WARD;
  const oldWard = before?.wardCode ?? UNKNOWN_WARD;
  const scopes = [ward, ALL_WARDS];
  const known = new Set(before?.answers.map((a) => `${a.at}|${a.questionId}`));
  for (const e of arms.list) {
    const [from, to] = [armStep(arms, before, e), armStep(arms, after, e)];
    const moved = from?.join('/') !== to?.join('/');
    if (moved && to)
      await Promise.all(scopes.map((scope) => store.incr(K.funnel(scope, e.id), `${to[0]}:reach:${to[1]}`)));
    if (moved || (before !== undefined && oldWard !== ward)) {
      // Removed from the old step before added to the new one: both may be the same set (a ward change).
      if (from)
        await Promise.all([oldWard, ALL_WARDS].map((scope) => store.srem(K.atStep(scope, e.id, ...from), [after.id])));
      if (to) await Promise.all(scopes.map((scope) => store.sadd(K.atStep(scope, e.id, ...to), [after.id])));
    }
    const missed = after.answers.filter(
      (a) =>
        a.lessonId === e.lessonId && !a.correct && a.reviewDays === undefined && !known.has(`${a.at}|${a.questionId}`),
    );
    if (missed.length === 0) continue;
    const arm = arms.armFor(after, e);
    await Promise.all(
      missed.flatMap((a) => scopes.map((scope) => store.incr(K.funnel(scope, e.id), `${arm}:miss:${a.questionId}`))),
    );
  }
}

/** One arm's funnel: the lesson as its learners see it, arrivals and who is there now per step, misses. */
export interface ArmFunnel {
  armId: string;
  /** A, B, C… in the order of the flow file. */
  letter: string;
  lesson: Lesson;
  steps: Array<{ id: string; text: string; reached: number; at: number }>;
  started: number;
  inProgress: number;
  misses: Array<{ question: QuizQuestion; misses: number }>;
}

const LETTERS = 'ABCDEFGH';

/** Every arm of a test in one ward (or `*`), with the arm's own steps and quiz. */
export async function readArmFunnels(store: Store, lesson: Lesson, e: Experiment, ward: string): Promise<ArmFunnel[]> {
  const counts = await store.counters(K.funnel(ward, e.id));
  return Promise.all(
    e.arms.map(async (arm, i) => {
      const seen = resolveLesson(lesson, (id) => (id === e.id ? arm.id : undefined));
      const at = await Promise.all(seen.steps.map((s) => store.scard(K.atStep(ward, e.id, arm.id, s.id))));
      const steps = seen.steps.map((s, j) => ({
        id: s.id,
        text: s.text,
        reached: counts[`${arm.id}:reach:${s.id}`] ?? 0,
        at: at[j] ?? 0,
      }));
      const misses = seen.quiz
        .map((question) => ({ question, misses: counts[`${arm.id}:miss:${question.id}`] ?? 0 }))
        .filter((m) => m.misses > 0)
        .sort((a, b) => b.misses - a.misses);
      return {
        armId: arm.id,
        letter: LETTERS[i] ?? String(i + 1),
        lesson: seen,
        steps,
        started: steps[0]?.reached ?? 0,
        inProgress: steps.reduce((n, s) => n + s.at, 0),
        misses,
      };
    }),
  );
}
