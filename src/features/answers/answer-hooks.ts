import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Choice } from '../../core/message.ts';
import type { Answer, AnswerKind } from './answer.ts';

/** Told once per answer given (in `after`, which runs once, unlike `decide`): /metrics counts answers by kind. */
export interface AnswerHooks {
  answered?(kind: AnswerKind): void;
  /** 👍/👎 under every answer (the feedback slice): `id` is pure, `given` runs once the answer was given. */
  rating?: {
    id(learner: Learner, now: Date): string;
    choices(id: string): Choice[];
    given(id: string, answer: Answer, learner: Learner, question: string, now: Date): Promise<void>;
  };
  /** Keeps the buttons of answers known only after the learner was saved (voice), so typed numbers work. */
  learners?: Pick<LearnerRepo, 'update'>;
  /** Whether anyone can take a question from this learner (the handoff slice); without it, always. */
  reachable?(learner: Learner): Promise<'ward' | 'admins' | 'nobody'>;
}
