import type { Store } from '../../../core/store.ts';
import { addDays } from '../../../core/time/local-day.ts';
import { isoWeek } from '../../../core/time/iso-week.ts';
import { statsKeys as k } from '../../../core/stats/stats-keys.ts';

/** A ward's numbers (or every ward's, for `*`), read from incrementally kept sets and counters. */
export interface WardStats {
  ward: string;
  week: string;
  learners: number;
  activeThisWeek: number;
  /** Learners who finished at least one lesson. */
  completers: number;
  lessonsCompleted: number;
  quizTaken: number;
  quizPassed: number;
  remindersOn: number;
  questionsAsked: number;
  questionsAnswered: number;
  /** Median minutes from a question handed to the team to its first answer (latest answers); undefined before any. */
  medianAnswerMinutes?: number;
  /** Completions per lesson id. */
  perLesson: Record<string, number>;
  /** Oldest first. */
  weeks: Array<{ week: string; active: number; lessonsCompleted: number }>;
}

/** How many of the latest answer times the median is taken over. */
const MEDIAN_SAMPLE = 500;

function medianOf(values: number[]): number | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

export async function readWardStats(store: Store, ward: string, today: string, weeksBack = 8): Promise<WardStats> {
  const week = isoWeek(today);
  const weeks = Array.from({ length: weeksBack }, (_, i) => isoWeek(addDays(today, -7 * (weeksBack - 1 - i))));
  const [learners, active, completers, reminders, counters, perLesson, trend, answerMinutes] = await Promise.all([
    store.scard(k.learners(ward)),
    store.scard(k.active(ward, week)),
    store.scard(k.completers(ward)),
    store.scard(k.reminders(ward)),
    store.counters(k.counters(ward)),
    store.counters(k.lessons(ward)),
    Promise.all(
      weeks.map(async (w) => ({
        week: w,
        active: await store.scard(k.active(ward, w)),
        lessonsCompleted: (await store.counters(k.week(ward, w)))['lessonsCompleted'] ?? 0,
      })),
    ),
    store.range<number>(k.answerMinutes(ward), -MEDIAN_SAMPLE, -1),
  ]);
  const median = medianOf(answerMinutes);
  return {
    ward,
    week,
    learners,
    activeThisWeek: active,
    completers,
    lessonsCompleted: counters['lessonsCompleted'] ?? 0,
    quizTaken: counters['quizTaken'] ?? 0,
    quizPassed: counters['quizPassed'] ?? 0,
    remindersOn: reminders,
    questionsAsked: counters['questionsAsked'] ?? 0,
    questionsAnswered: counters['questionsAnswered'] ?? 0,
    ...(median !== undefined ? { medianAnswerMinutes: median } : {}),
    perLesson,
    weeks: trend,
  };
}

/** Known wards (with at least one learner). */
export function listWards(store: Store): Promise<string[]> {
  return store.smembers(k.wards());
}
