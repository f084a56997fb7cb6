import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerObserver } from '../../core/stats/stats-observer.ts';
import { ALL_WARDS, UNKNOWN_WARD } from '../../core/stats/stats-keys.ts';
import type { Store } from '../../core/store.ts';
import { recordArmFunnel } from './arm-funnel.ts';
import type { ExperimentArms } from './arms.ts';
import { experimentKeys as K, type Measure } from './keys.ts';
import { pinsOf } from './pins.ts';

/**
 * The measures of one learner's change in one running test, each with the mark that makes it count
 * once. A quiz answer is `right` or `answered`; a right one counts as both.
 */
function events(before: Learner | undefined, after: Learner, lessonId: string): Array<[Measure, string]> {
  const found: Array<[Measure, string]> = [];
  const was = before?.lessons[lessonId];
  const now = after.lessons[lessonId];
  if (now && now.attempts > (was?.attempts ?? 0)) found.push(['started', `s:${after.id}`]);
  if (now?.completedAt && now.completedAt !== was?.completedAt) found.push(['completed', `c:${after.id}`]);
  const known = new Set(before?.answers.map((a) => `${a.at}|${a.questionId}`));
  for (const a of after.answers) {
    if (a.lessonId !== lessonId || known.has(`${a.at}|${a.questionId}`)) continue;
    found.push([a.correct ? 'right' : 'answered', `a:${after.id}:${a.questionId}`]);
  }
  return found;
}

/**
 * Counts, per arm of each running test and per ward, the learners who started the lesson and who
 * finished it, and the quiz questions answered and answered right at the first try. Each counts
 * once per learner (a mark set in the same atomic step), so replays and retries add nothing.
 * The funnel per arm is kept too ({@link recordArmFunnel}). Only learners pinned to an arm count. After a test was ended, those who started it before go on
 * counting in their arm until they finish; whoever starts the lesson afterwards is not pinned.
 */
export function createExperimentObserver(store: Store, arms: ExperimentArms): LearnerObserver {
  return async (before, after) => {
    await recordArmFunnel(store, arms, before, after);
    const pins = pinsOf(after);
    const ward = after.wardCode ?? UNKNOWN_WARD;
    for (const experiment of arms.list) {
      const arm = pins[experiment.id];
      if (arm === undefined) continue;
      const found = events(before, after, experiment.lessonId);
      for (const [measure, mark] of found)
        for (const scope of new Set([ward, ALL_WARDS])) {
          const counts = K.counts(scope, experiment.id);
          const field = measure === 'right' ? 'answered' : measure;
          const first = await store.markAndCount(K.marks(scope, experiment.id), mark, counts, `${arm}:${field}`);
          // Only the first answer to a question counts as first-try right.
          if (first && measure === 'right') await store.incr(counts, `${arm}:right`);
        }
    }
  };
}
