import { addDays } from '../time/local-day.ts';
import type { Learner, ReviewItem } from './learner.ts';

/** Days until a question is asked again, by Leitner box. Passing box 3 retires it. */
const INTERVALS = [1, 3, 7] as const;

/** Days between a question's scheduling and its review in `box` (1, 3 or 7). */
export const reviewDays = (box: number): number => INTERVALS[Math.min(Math.max(box, 1), INTERVALS.length) - 1]!;

export function dueReviews(learner: Learner, today: string): ReviewItem[] {
  return learner.review.filter((item) => item.due <= today);
}

/** Records a missed question: back to box 1, asked again tomorrow. */
export function scheduleMissed(
  review: ReviewItem[],
  lessonId: string,
  questionId: string,
  today: string,
): ReviewItem[] {
  const rest = review.filter((r) => !(r.lessonId === lessonId && r.questionId === questionId));
  return [...rest, { lessonId, questionId, box: 1, due: addDays(today, INTERVALS[0]) }];
}

/** Records a review answer: right moves the question up a box (or retires it), wrong starts over. */
export function recordReview(review: ReviewItem[], item: ReviewItem, correct: boolean, today: string): ReviewItem[] {
  if (!correct) return scheduleMissed(review, item.lessonId, item.questionId, today);
  const rest = review.filter((r) => !(r.lessonId === item.lessonId && r.questionId === item.questionId));
  const box = item.box + 1;
  const interval = INTERVALS[box - 1];
  return interval === undefined ? rest : [...rest, { ...item, box, due: addDays(today, interval) }];
}
