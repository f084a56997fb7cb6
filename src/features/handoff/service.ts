import type { RedactionKind } from '../answers/redact.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { OutboundHandler } from '../../core/outbound/outbound-job.ts';
import { actionParts, type ActionResult } from './actions.ts';
import { askParts, type AskInput, type AskResult, type ListOptions } from './ask.ts';
import { handoffContext, type HandoffServiceDeps } from './context.ts';
import { DEFAULT_TIMINGS } from './escalation.ts';
import { passParts, type PassTarget } from './pass.ts';
import type { QuestionView } from './question.ts';
import { createHandoffRepo } from './repo.ts';
import { handoffSender } from './sender.ts';

/**
 * Questions handed from the tutor to people: the ward's community team, then the admins. The
 * chat features and the web dashboard call the same functions; every function checks the
 * actor's role itself. Team members only ever get {@link QuestionView}s (no learner id) and
 * learners only a member's signature (no member id).
 */
export interface HandoffService {
  /** Hands a learner's question to their ward's team (or the admins), counting it in the stats. */
  ask(input: AskInput, now: Date): Promise<AskResult>;
  /**
   * Open questions the actor may handle, oldest first (`status: 'closed'`: the recently closed
   * ones, newest first); `route` narrows an admin's list to one ward (or `*`).
   */
  list(actor: Learner, options?: ListOptions): Promise<QuestionView[]>;
  /** One question (any status), if the actor may handle it; `mine` when the actor claimed it. */
  view(id: string, actor: Learner): Promise<QuestionView | undefined>;
  /** Claims an unclaimed question: of concurrent claims exactly one wins; the others get `taken`. */
  claim(id: string, actor: Learner, now: Date): Promise<ActionResult>;
  /** Sends the claimer's message to the learner, signed; claims first when unclaimed. */
  answer(id: string, actor: Learner, text: string, now: Date): Promise<ActionResult<{ redacted: RedactionKind[] }>>;
  /** Closes the question (the learner who asked, the claimer, the ward's team or an admin). */
  close(id: string, actor: Learner, now: Date): Promise<ActionResult>;
  /** Where the question may be passed (other staffed wards, the admins). */
  passTargets(id: string, actor: Learner): Promise<PassTarget[] | undefined>;
  /** Hands the question to another ward or to the admins (`*`). */
  pass(id: string, actor: Learner, target: string, now: Date): Promise<ActionResult>;
  /** The learner's 👍/👎. */
  rate(id: string, learner: Learner, rating: 'up' | 'down', now: Date): Promise<ActionResult>;
  /** Writes a draft knowledge entry from the answer, for review (`hocvuso knowledge review`). */
  promote(id: string, actor: Learner, now: Date): Promise<ActionResult<{ file: string }>>;
  /** The minute tick: re-sends unclaimed questions to the ward, then to the admins. */
  tick(now: Date): Promise<{ notified: number; postponed: number }>;
  /** Renders `handoff` jobs of the outbound queue. */
  handler: OutboundHandler;
  /** Whether anyone can receive a question now: the ward's team, else the admins; `nobody` otherwise. */
  reachable(learner: Learner, toAdmins: boolean): Promise<'ward' | 'admins' | 'nobody'>;
}

export function createHandoffService(deps: HandoffServiceDeps): HandoffService {
  const repo = createHandoffRepo(deps.store);
  const c = handoffContext(deps, repo, { ...DEFAULT_TIMINGS, ...deps.timings });
  const { ask, list, view, tick, reachable } = askParts(c);
  const { claim, answer, close, rate, promote } = actionParts(c);
  const { pass, passTargets } = passParts(c);
  const handler = handoffSender({
    repo,
    learners: deps.learners,
    policy: deps.policy,
    timezone: deps.hours.timezone,
    queue: deps.queue,
  });
  return { ask, list, view, claim, answer, close, passTargets, pass, rate, promote, tick, handler, reachable };
}
