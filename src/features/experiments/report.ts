import type { Content } from '../../core/content/content.ts';
import type { Experiment } from '../../core/flows/variants.ts';
import type { Store } from '../../core/store.ts';
import type { ExperimentArms } from './arms.ts';
import { type EndedTest, experimentKeys as K } from './keys.ts';
import { type Share, verdict, type Verdict, wilson } from './stop-rule.ts';

/** One arm's figures in one ward (or all): each share with its 95% interval. */
export interface ArmReport {
  id: string;
  /** A, B, C… in the order of the flow file; A is the control. */
  letter: string;
  weight: number;
  started: number;
  completion: Share;
  /** Quiz questions answered right at the first try, of those answered. */
  quiz: Share;
  /** 👎 of the rated answers shown to learners of this arm. */
  down: Share;
}

export interface ExperimentReport {
  experiment: Experiment;
  /** "Lesson title · step id" (or the lesson title alone for a whole-lesson test). */
  title: string;
  arms: ArmReport[];
  verdict: Verdict;
  ended?: EndedTest;
}

const LETTERS = 'ABCDEFGH';

/** Reads every test's counters for `ward` (`*` for all wards) and applies the stop rule. */
export async function readExperiments(
  store: Store,
  arms: Pick<ExperimentArms, 'list' | 'ended'>,
  content: Content,
  ward: string,
): Promise<ExperimentReport[]> {
  return Promise.all(
    arms.list.map(async (experiment) => {
      const counts = await store.counters(K.counts(ward, experiment.id));
      const n = (arm: string, measure: string) => counts[`${arm}:${measure}`] ?? 0;
      const rows: ArmReport[] = experiment.arms.map((arm, i) => ({
        id: arm.id,
        letter: LETTERS[i] ?? String(i + 1),
        weight: arm.weight,
        started: n(arm.id, 'started'),
        completion: wilson(n(arm.id, 'completed'), n(arm.id, 'started')),
        quiz: wilson(n(arm.id, 'right'), n(arm.id, 'answered')),
        down: wilson(n(arm.id, 'down'), n(arm.id, 'shown')),
      }));
      const lesson = content.lesson(experiment.lessonId)?.title ?? experiment.lessonId;
      const ended = arms.ended(experiment.id);
      return {
        experiment,
        title: experiment.stepId ? `${lesson} · bước “${experiment.stepId}”` : lesson,
        arms: rows,
        verdict: verdict(rows.map((r) => ({ letter: r.letter, started: r.started, completed: r.completion.count }))),
        ...(ended ? { ended } : {}),
      };
    }),
  );
}
