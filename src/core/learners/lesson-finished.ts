import type { Learner } from './learner.ts';

/**
 * This message finished a lesson: it answered the question after the quiz ("Bác đã tự làm được
 * chưa?"), or the quiz's last question when the lesson has no such question.
 */
export function lessonFinished(before: Learner, next: Learner): boolean {
  const position = before.position;
  if (position === undefined || next.position !== undefined) return false;
  if (position.mode === 'task') return true;
  if (position.mode !== 'quiz') return false;
  const done = next.lessons[position.lessonId]?.completedAt;
  return done !== undefined && done !== before.lessons[position.lessonId]?.completedAt;
}

/** Both learners are at the same step or question (or at none). */
export const samePosition = (a: Learner, b: Learner): boolean =>
  JSON.stringify(a.position) === JSON.stringify(b.position);

/** A lesson began with this message (a lesson's button or words while something else waited). */
export const lessonBegan = (before: Learner, next: Learner): boolean =>
  next.position !== undefined && !samePosition(before, next);
