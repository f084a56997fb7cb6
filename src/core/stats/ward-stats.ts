import type { Store } from '../store.ts';
import { addDays } from '../time/local-day.ts';
import { isoWeek } from '../time/iso-week.ts';
import { statsKeys as k } from './stats-keys.ts';

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
  /** Completions per lesson id. */
  perLesson: Record<string, number>;
  /** Oldest first. */
  weeks: Array<{ week: string; active: number; lessonsCompleted: number }>;
}

export async function readWardStats(store: Store, ward: string, today: string, weeksBack = 8): Promise<WardStats> {
  const week = isoWeek(today);
  const weeks = Array.from({ length: weeksBack }, (_, i) => isoWeek(addDays(today, -7 * (weeksBack - 1 - i))));
  const [learners, active, completers, reminders, counters, perLesson, trend] = await Promise.all([
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
  ]);
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
    perLesson,
    weeks: trend,
  };
}

/** Known wards (with at least one learner). */
export function listWards(store: Store): Promise<string[]> {
  return store.smembers(k.wards());
}
