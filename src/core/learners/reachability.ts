import type { ConversationId } from '../message.ts';
import type { LearnerRepo } from './learner-repo.ts';
import type { Learner } from './learner.ts';

/**
 * Records that a learner cannot be reached (blocked the bot, stopped following the OA, refused by Zalo). Cleared by
 * their next message.
 */
export async function markUnreachable(
  repo: LearnerRepo,
  id: ConversationId,
  reason: NonNullable<Learner['unreachable']>['reason'],
  now: Date,
): Promise<void> {
  if (!(await repo.get(id))) return;
  await repo.update(id, now, (l) => ({ ...l, unreachable: { reason, at: now.toISOString() } }));
}

/** Whether proactive messages (reminders, broadcasts) may go to this learner. */
export function reachable(learner: Learner): boolean {
  return learner.subscribed && learner.unreachable === undefined;
}
