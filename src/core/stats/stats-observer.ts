import type { Learner } from '../learners/learner.ts';
import type { Store } from '../store.ts';
import { isoWeek } from '../time/iso-week.ts';
import { localDay } from '../time/local-day.ts';
import { ALL_WARDS, statsKeys as k, UNKNOWN_WARD } from './stats-keys.ts';

/** Called after a learner change was saved; `before` is undefined for a new learner. */
export type LearnerObserver = (before: Learner | undefined, after: Learner, now: Date) => Promise<void>;

const wardOf = (l: Learner | undefined) => l?.wardCode ?? UNKNOWN_WARD;
const remindersOn = (l: Learner | undefined) =>
  (l?.ext?.['reminder'] as { enabled?: boolean } | undefined)?.enabled === true;
const stepOf = (l: Learner | undefined): [string, string] | undefined =>
  l?.position?.mode === 'lesson' ? [l.position.lessonId, l.position.stepId] : undefined;

/** A lesson pass: at least 70% of its quiz right. */
export const PASS_SHARE = 0.7;

/**
 * Keeps ward statistics up to date from learner changes, so reading them is instant at any
 * size: sets for "who" questions (learners, active this week, reminders on), counters for events.
 */
export function createStatsObserver(store: Store, timezone: string): LearnerObserver {
  return async (before, after, now) => {
    const ward = wardOf(after);
    const scopes = [ward, ALL_WARDS];
    const week = isoWeek(localDay(now, after.timezone ?? timezone));
    const ops: Promise<unknown>[] = [];
    const oldWard = wardOf(before);
    const sameWard = before !== undefined && oldWard === ward;
    if (before && !sameWard) {
      ops.push(
        store.srem(k.learners(oldWard), [after.id]),
        store.srem(k.reminders(oldWard), [after.id]),
        store.srem(k.completers(oldWard), [after.id]),
      );
      if (Object.values(after.lessons).some((r) => r.completedAt)) ops.push(store.sadd(k.completers(ward), [after.id]));
    }
    // Sets record who: a member the previous state already put there is not added again, so
    // most messages (same ward, same day) cost no statistics write at all.
    const today = localDay(now, after.timezone ?? timezone);
    const activeToday = after.streak.lastDay !== undefined && after.streak.lastDay === today;
    const wasActiveToday = sameWard && before.streak.lastDay === today;
    if (!sameWard) ops.push(store.sadd(k.wards(), [ward]));
    for (const scope of scopes) {
      if (!sameWard) ops.push(store.sadd(k.learners(scope), [after.id]));
      if (activeToday && !wasActiveToday) ops.push(store.sadd(k.active(scope, week), [after.id]));
      if (remindersOn(after) && !(sameWard && remindersOn(before)))
        ops.push(store.sadd(k.reminders(scope), [after.id]));
      else if (!remindersOn(after) && remindersOn(before)) ops.push(store.srem(k.reminders(scope), [after.id]));
    }
    for (const [lessonId, record] of Object.entries(after.lessons)) {
      const previous = before?.lessons[lessonId];
      if (!record.completedAt || record.completedAt === previous?.completedAt) continue;
      const passed = (record.total ?? 0) === 0 || (record.lastScore ?? 0) / (record.total ?? 1) >= PASS_SHARE;
      for (const scope of scopes) {
        ops.push(
          store.incr(k.counters(scope), 'lessonsCompleted'),
          store.incr(k.week(scope, week), 'lessonsCompleted'),
        );
        if ((record.total ?? 0) > 0) {
          ops.push(store.incr(k.counters(scope), 'quizTaken'));
          if (passed) ops.push(store.incr(k.counters(scope), 'quizPassed'));
        }
        if (!previous?.completedAt)
          ops.push(store.incr(k.lessons(scope), lessonId), store.sadd(k.completers(scope), [after.id]));
      }
    }
    const newAnswers = after.answers.filter(
      (a) => !before?.answers.some((b) => b.at === a.at && b.questionId === a.questionId),
    );
    for (const a of newAnswers)
      if (!a.correct && a.reviewDays === undefined)
        for (const scope of scopes) ops.push(store.incr(k.quizMisses(scope, a.lessonId), a.questionId));
    // Funnel: arrivals count in the ward where they happened, like the other counters. Who is at
    // a step now follows a learner to a new ward, like the sets; per ward it is a set itself, so a
    // learner inside a lesson when wards started being counted cannot push a count below zero.
    const [from, to] = [stepOf(before), stepOf(after)];
    const moved = from?.join('/') !== to?.join('/');
    if (moved && from) ops.push(store.incr(k.funnel(ALL_WARDS, from[0]), `at:${from[1]}`, -1));
    if (moved && to) {
      ops.push(store.incr(k.funnel(ALL_WARDS, to[0]), `at:${to[1]}`));
      for (const scope of scopes) ops.push(store.incr(k.funnel(scope, to[0]), `reach:${to[1]}`));
    }
    if (moved || (before !== undefined && !sameWard)) {
      if (from) ops.push(store.srem(k.atStep(oldWard, ...from), [after.id]));
      if (to) ops.push(store.sadd(k.atStep(ward, ...to), [after.id]));
    }
    await Promise.all(ops);
  };
}
