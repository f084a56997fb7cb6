import type { Lesson, QuizQuestion } from '../content/lesson-schema.ts';
import type { Learner, ReviewItem } from '../learners/learner.ts';
import { renderPrecheckQuestion } from './precheck.ts';
import { renderTaskQuestion } from './task.ts';
import { renderQuestion, renderReviewQuestion, renderStep, type Transition, withChoices } from './engine.ts';

/** Re-renders where the learner is now (resume, stale buttons). */
export function currentView(
  learner: Learner,
  lessonOf: (id: string) => Lesson | undefined,
  questionOf: (item: ReviewItem) => QuizQuestion | undefined,
): Transition | undefined {
  const pos = learner.position;
  if (!pos) return undefined;
  if (pos.mode === 'review') {
    const item = pos.items[pos.index];
    const q = item && questionOf(item);
    return item && q ? withChoices(learner, [renderReviewQuestion(item, q, pos.index, pos.items.length)]) : undefined;
  }
  const lesson = lessonOf(pos.lessonId);
  if (!lesson) return undefined;
  if (pos.mode === 'quiz') {
    return lesson.quiz[pos.question] ? withChoices(learner, [renderQuestion(lesson, pos.question)]) : undefined;
  }
  if (pos.mode === 'precheck') {
    const part = lesson.precheck[pos.question] ? renderPrecheckQuestion(lesson, pos.question) : undefined;
    return part ? withChoices(learner, [part]) : undefined;
  }
  if (pos.mode === 'task') return withChoices(learner, [renderTaskQuestion(lesson, learner)]);
  const step = lesson.steps.find((s) => s.id === pos.stepId);
  return step ? withChoices(learner, renderStep(lesson, step, learner)) : undefined;
}
