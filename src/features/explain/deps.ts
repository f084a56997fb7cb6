import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { FeedbackService } from '../feedback/service.ts';

/** What the explain feature needs from other slices, wired in the composition root. */
export interface ExplainDeps {
  /** Whether anyone can take a question from this learner (the handoff slice). */
  reachable(learner: Learner): Promise<'ward' | 'admins' | 'nobody'>;
  /** Keeps the options known only after the learner was saved (the hand-off button, a desk notice shown). */
  learners: Pick<LearnerRepo, 'update'>;
  /** Where "không hiểu" right after an answer is kept as that answer's 👎 "hard to read" (see `tooHardVote`). */
  feedback?: FeedbackService;
}
