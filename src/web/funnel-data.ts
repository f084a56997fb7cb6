import type { Lesson, QuizQuestion } from '../core/content/lesson-schema.ts';
import { statsKeys } from '../core/stats/stats-keys.ts';
import type { Store } from '../core/store.ts';

/** How far learners got in one lesson, from the counters the stats observer keeps (all wards together). */
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

export async function readLessonFunnel(store: Store, lesson: Lesson): Promise<LessonFunnel> {
  const [funnel, missed] = await Promise.all([store.counters(statsKeys.funnel(lesson.id)), store.counters(statsKeys.quizMisses(lesson.id))]);
  const steps = lesson.steps.map((s) => ({ id: s.id, text: s.text, reached: funnel[`reach:${s.id}`] ?? 0, at: Math.max(0, funnel[`at:${s.id}`] ?? 0) }));
  const misses = lesson.quiz
    .map((question) => ({ question, misses: missed[question.id] ?? 0 }))
    .filter((m) => m.misses > 0)
    .sort((a, b) => b.misses - a.misses);
  return { lesson, steps, started: steps[0]?.reached ?? 0, inProgress: steps.reduce((n, s) => n + s.at, 0), misses };
}
