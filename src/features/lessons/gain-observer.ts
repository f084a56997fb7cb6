import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerObserver } from '../../core/stats/stats-observer.ts';
import { UNKNOWN_WARD } from '../../core/stats/stats-keys.ts';
import { pseudonym } from '../feedback/payloads.ts';
import type { GainOutcome, GainRecorder } from './gain-store.ts';

/** The learning-gain outcomes a saved change of one learner brings, by lesson. */
export function newOutcomes(before: Learner | undefined, after: Learner): Array<[string, GainOutcome]> {
  const found: Array<[string, GainOutcome]> = [];
  for (const [lessonId, record] of Object.entries(after.lessons)) {
    const was = before?.lessons[lessonId];
    const pre = record.precheck;
    if (typeof pre === 'object' && typeof was?.precheck !== 'object')
      found.push([lessonId, { kind: 'pre', right: pre.right, total: pre.total }]);
    if (pre === 'skipped' && was?.precheck !== 'skipped') found.push([lessonId, { kind: 'pre-skip' }]);
    // The quiz after the lesson: its first completion only, as the check before is taken once.
    if (record.completedAt && !was?.completedAt && (record.total ?? 0) > 0)
      found.push([lessonId, { kind: 'post', right: record.lastScore ?? 0, total: record.total ?? 0 }]);
    if (record.task && record.task !== was?.task) found.push([lessonId, { kind: 'task', answer: record.task }]);
    if (record.task && record.task !== 'done' && record.taskDoneAt && !was?.taskDoneAt)
      found.push([lessonId, { kind: 'task-later', first: record.task }]);
  }
  for (const a of after.answers) {
    if (a.reviewDays === undefined) continue;
    if (before?.answers.some((b) => b.at === a.at && b.questionId === a.questionId)) continue;
    found.push([
      a.lessonId,
      { kind: 'review', questionId: a.questionId, days: a.reviewDays, right: a.correct, at: a.at },
    ]);
  }
  return found;
}

/** Records each learner's learning-gain outcomes as they happen, under a pseudonymous id and the ward. */
export function createGainObserver(recorder: GainRecorder): LearnerObserver {
  return async (before, after, now) => {
    const outcomes = newOutcomes(before, after);
    if (outcomes.length === 0) return;
    const who = pseudonym(after.id);
    const ward = after.wardCode ?? UNKNOWN_WARD;
    for (const [lessonId, outcome] of outcomes) {
      if (outcome.kind !== 'task-later') {
        await recorder.record(lessonId, who, ward, outcome, now);
        continue;
      }
      // Done later counts where the first answer did, so "done eventually" has the same learners as its n.
      const first = await recorder.outcome(lessonId, who, 'task');
      if (first) await recorder.record(lessonId, who, first.ward, outcome, now);
    }
  };
}
