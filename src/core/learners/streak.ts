import { daysBetween } from '../time/local-day.ts';
import type { Learner } from './learner.ts';

/** Counts a day of learning: same day keeps the streak, the next day extends it, a gap restarts it. */
export function touchStreak(learner: Learner, today: string): Learner {
  const { lastDay, current, best } = learner.streak;
  if (lastDay === today) return learner;
  const next = lastDay !== undefined && daysBetween(lastDay, today) === 1 ? current + 1 : 1;
  return { ...learner, streak: { current: next, best: Math.max(best, next), lastDay: today } };
}

/** The streak as it stands today (a missed day shows 0 until the learner learns again). */
export function currentStreak(learner: Learner, today: string): number {
  const { lastDay, current } = learner.streak;
  if (lastDay === undefined) return 0;
  return daysBetween(lastDay, today) <= 1 ? current : 0;
}
