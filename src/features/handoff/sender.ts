import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { OutboundHandler, OutboundJob, OutboundQueue } from '../../core/outbound/outbound-job.ts';
import { mayActOnWard, type RolePolicy } from '../team/roles.ts';
import type { HandoffRepo } from './repo.ts';
import { answerMessage, claimedMessage, closedMessage, notifyMessage, ratedMessage } from './messages.ts';
import { ADMINS_ROUTE } from './question.ts';
import { answeringNow, memberState } from './state.ts';
import { recordUndelivered, undeliveredMessage, undeliveredReason } from './undelivered.ts';

export interface HandoffSenderDeps {
  repo: HandoffRepo;
  learners: LearnerRepo;
  policy: RolePolicy;
  timezone: string;
  /** For the notice to a member whose answer could not be delivered. */
  queue: Pick<OutboundQueue, 'enqueue'>;
}

/**
 * Renders `handoff` jobs at send time from the question as it is then: a notice about a
 * question someone claimed in the meantime is not sent; nor is one to a member who left the
 * team or went off duty. Answers reach the learner even after STOP (they asked), but not when
 * the platform said they cannot be reached. An answer that fails for good (the queue's `failed`
 * outcome, or held back because the learner is known to be unreachable) is marked on the
 * question and its author is told once; nothing follows a failed notice of any kind.
 */
export function handoffSender(deps: HandoffSenderDeps): OutboundHandler {
  const undelivered = (job: OutboundJob, outcome: string, now: Date) =>
    job.ref['type'] === 'answer'
      ? recordUndelivered(deps, String(job.ref['q']), Number(job.ref['n']), undeliveredReason(outcome), now)
      : Promise.resolve();
  return {
    async render(job, now) {
      const q = await deps.repo.get(String(job.ref['q']));
      if (!q) return { skip: 'unknown_question' };
      const to = await deps.learners.get(job.to);
      if (!to) return { skip: 'unknown_recipient' };
      if (to.unreachable) {
        await undelivered(job, `unreachable:${to.unreachable.reason}`, now);
        return { skip: 'unreachable' };
      }
      switch (job.ref['type']) {
        case 'notify': {
          if (q.status !== 'open') return { skip: q.status };
          if (q.round !== Number(job.ref['round']) || q.stage !== job.ref['stage']) return { skip: 'stale' };
          const allowed =
            q.route === ADMINS_ROUTE || job.ref['stage'] === 'admins'
              ? deps.policy.adminIds.includes(to.id)
              : mayActOnWard(to, deps.policy, q.route);
          if (!allowed) return { skip: 'not_member' };
          if (!to.subscribed || memberState(to).offDuty) return { skip: 'off_duty' };
          return notifyMessage(q, to, now, deps.timezone);
        }
        case 'answer':
          return answerMessage(q, Number(job.ref['n']), to) ?? { skip: 'unknown_answer' };
        case 'claimed':
          return q.status === 'claimed' && q.answers.length === 0 ? claimedMessage(q, to) : { skip: 'stale' };
        case 'closed':
          return closedMessage(q, to, to.id === q.learnerId);
        case 'rated':
          return ratedMessage(q, to);
        case 'undelivered':
          return undeliveredMessage(q, Number(job.ref['n']), to) ?? { skip: 'stale' };
        default:
          return { skip: 'unknown_type' };
      }
    },
    async delivered(job, parts, now) {
      // A typed "1" picks the first button, as after any message; but not while the member is
      // typing an answer, where a "1" is part of it.
      await deps.learners.update(job.to, now, (l) => (answeringNow(l, now) ? l : rememberChoices(l, parts)));
    },
    failed: undelivered,
  };
}
