import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { RolePolicy } from '../team/roles.ts';
import type { HandoffHours } from './hours.ts';
import type { Reply } from '../../core/message.ts';
import type { QuestionView } from './question.ts';
import type { HandoffService } from './service.ts';

/** What the hand-off chat feature and its learner and team sides are built from. */
export interface HandoffFeatureDeps {
  service: HandoffService;
  learners: LearnerRepo;
  policy: RolePolicy;
  hours: HandoffHours;
  /** What the tutor answers to a question (shortened), shown to the team as context. */
  tutorAnswer?: (question: string, learner: Learner) => string | undefined;
  /** The brief for a member who just took a question in the chat (entries, a draft); never sent to the learner. */
  brief?: (view: QuestionView, member: Learner) => Promise<Reply>;
}
