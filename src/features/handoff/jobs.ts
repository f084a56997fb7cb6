import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import { reachable } from '../../core/learners/reachability.ts';
import type { ConversationId } from '../../core/message.ts';
import type { OutboundJob } from '../../core/outbound/outbound-job.ts';
import type { RolePolicy } from '../team/roles.ts';
import type { TeamDirectory } from '../team/directory.ts';
import { ADMINS_ROUTE, type HandoffQuestion } from './question.ts';
import { memberState } from './state.ts';

/**
 * What a `handoff` job carries: the question id and what to tell, never text. `notify` goes to
 * a team member or admin; `answer`, `claimed` and `closed` to the learner (or, for `closed` and
 * `rated`, to the member who answered); `undelivered` to the member whose answer never reached
 * the learner.
 */
export type HandoffJobType = 'notify' | 'answer' | 'claimed' | 'closed' | 'rated' | 'undelivered';

const job = (id: string, to: ConversationId, ref: Record<string, string | number>): OutboundJob => ({
  id,
  to,
  kind: 'handoff',
  ref,
});

/** The question to one team member or admin, once per round and escalation step. */
export const notifyJob = (q: HandoffQuestion, to: ConversationId): OutboundJob =>
  job(`ho:${q.id}:${q.round}:${q.stage}:${to}`, to, { type: 'notify', q: q.id, round: q.round, stage: q.stage });

/** The `n`-th answer, to the learner. */
export const answerJob = (q: HandoffQuestion, n: number): OutboundJob =>
  job(`ho:${q.id}:a:${n}`, q.learnerId, { type: 'answer', q: q.id, n });

export const claimedJob = (q: HandoffQuestion): OutboundJob =>
  job(`ho:${q.id}:c:${q.round}`, q.learnerId, { type: 'claimed', q: q.id, round: q.round });

export const closedJob = (q: HandoffQuestion, to: ConversationId): OutboundJob =>
  job(`ho:${q.id}:x:${to}`, to, { type: 'closed', q: q.id });

/** Tells the author of the `n`-th answer that it could not be delivered. */
export const undeliveredJob = (q: HandoffQuestion, n: number, to: ConversationId): OutboundJob =>
  job(`ho:${q.id}:u:${n}`, to, { type: 'undelivered', q: q.id, n });

export const ratedJob = (q: HandoffQuestion, to: ConversationId): OutboundJob =>
  job(`ho:${q.id}:r`, to, { type: 'rated', q: q.id });

export interface RecipientDeps {
  learners: LearnerRepo;
  directory: TeamDirectory;
  policy: RolePolicy;
}

/**
 * Who is told about a question: the ward's team members, or the admins, who are on duty and
 * reachable. Membership is checked on the member's own record (the directory may lag behind).
 */
export async function onDuty(deps: RecipientDeps, route: string): Promise<ConversationId[]> {
  const ids = route === ADMINS_ROUTE ? [...deps.policy.adminIds] : await deps.directory.members(route);
  const records = await Promise.all(ids.map((id) => deps.learners.get(id)));
  return records
    .filter((l) => l !== undefined)
    .filter((l) => (route === ADMINS_ROUTE ? true : l.team?.wardCode === route))
    .filter((l) => reachable(l) && !memberState(l).offDuty)
    .map((l) => l.id);
}
