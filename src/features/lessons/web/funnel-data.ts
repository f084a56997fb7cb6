import type { Lesson, QuizQuestion } from '../../../core/content/lesson-schema.ts';
import { ALL_WARDS, statsKeys } from '../../../core/stats/stats-keys.ts';
import type { Store } from '../../../core/store.ts';

/** How far learners of a ward (or of every ward, for `*`) got in one lesson, from what the stats observer keeps. */
export interface LessonFunnel {
  lesson: Lesson;
  /** In lesson order: how many reached each step, and how many are on it now. */
  steps: Array<{ id: string; text: string; reached: number; at: number }>;
  /** Learners who reached the first step. */
  started: number;
  /** Learners now inside one of the steps. */
  inProgress: number;
  /** Quiz questions by wrong answers, most missed first (questions never missed left out). */
  misses: Array<{ question: QuizQuestion; misses: number }>;
}

export async function readLessonFunnel(store: Store, lesson: Lesson, ward: string): Promise<LessonFunnel> {
  // Who is at each step now: a counter of the funnel hash for all wards, a set per ward (see `statsKeys.atStep`).
  const [funnel, missed, wardAt] = await Promise.all([
    store.counters(statsKeys.funnel(ward, lesson.id)),
    store.counters(statsKeys.quizMisses(ward, lesson.id)),
    ward === ALL_WARDS
      ? undefined
      : Promise.all(lesson.steps.map((s) => store.scard(statsKeys.atStep(ward, lesson.id, s.id)))),
  ]);
  const steps = lesson.steps.map((s, i) => ({
    id: s.id,
    text: s.text,
    reached: funnel[`reach:${s.id}`] ?? 0,
    at: wardAt?.[i] ?? Math.max(0, funnel[`at:${s.id}`] ?? 0),
  }));
  const misses = lesson.quiz
    .map((question) => ({ question, misses: missed[question.id] ?? 0 }))
    .filter((m) => m.misses > 0)
    .sort((a, b) => b.misses - a.misses);
  return { lesson, steps, started: steps[0]?.reached ?? 0, inProgress: steps.reduce((n, s) => n + s.at, 0), misses };
}
