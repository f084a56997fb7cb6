import type { Content } from '../../core/content/content.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { roleOf, type RolePolicy } from '../team/roles.ts';
import { AUDIENCE_CHANNELS, mayAddress } from './audience.ts';
import type { Audience, Broadcast } from './broadcast.ts';
import { BroadcastError } from './error.ts';
import type { BroadcastRepo } from './repo.ts';

/** Someone acting on broadcasts; the role comes from the {@link RolePolicy} and `team`. */
export type Actor = Pick<Learner, 'id' | 'team'>;

/** Role checks shared by every broadcast operation, chat and dashboard alike. */
export interface BroadcastAccess {
  /** Throws unless the actor is a team member or admin allowed to address this (valid) audience. */
  checkAudience(actor: Actor, audience: Audience): void;
  /** The broadcast, if it exists and `actor` (when given) is its sender or an admin. */
  load(actor: Actor | undefined, id: string): Promise<Broadcast>;
  /** Whether the sender of a scheduled broadcast may still send it when its time comes. */
  senderStillAllowed(sender: Learner | undefined, b: Broadcast): boolean;
}

export function createBroadcastAccess(deps: {
  repo: BroadcastRepo;
  policy: RolePolicy;
  content: Content;
}): BroadcastAccess {
  const allowed = (actor: Actor, audience: Audience) =>
    roleOf(actor, deps.policy) !== 'learner' && mayAddress(actor, deps.policy, audience);
  return {
    checkAudience(actor, audience) {
      if (!allowed(actor, audience)) throw new BroadcastError('not_allowed', 'audience outside the actor’s wards');
      const f = audience.filter;
      const valid =
        !f ||
        (f.kind === 'not-finished' && deps.content.lesson(f.lessonId) !== undefined) ||
        (f.kind === 'inactive' && Number.isInteger(f.days) && f.days >= 1 && f.days <= 365) ||
        (f.kind === 'channel' && AUDIENCE_CHANNELS.some((c) => c.channel === f.channel));
      if (!valid) throw new BroadcastError('bad_content', 'unknown audience filter');
    },
    async load(actor, id) {
      const b = await deps.repo.get(id);
      if (!b) throw new BroadcastError('not_found', `no broadcast ${id}`);
      if (actor && actor.id !== b.sender && roleOf(actor, deps.policy) !== 'admin')
        throw new BroadcastError('not_allowed', 'only the sender or an admin may do this');
      return b;
    },
    senderStillAllowed: (sender, b) => sender !== undefined && allowed(sender, b.audience),
  };
}
