import type { Learner } from '../../core/learners/learner.ts';

/** Who someone is to the tutor. Checked in the core on every team action, never by hiding buttons. */
export type Role = 'admin' | 'member' | 'learner';

export interface RolePolicy {
  /** Conversation ids of admins (`ADMIN_IDS`). */
  adminIds: readonly string[];
}

export function roleOf(learner: Pick<Learner, 'id' | 'team'>, policy: RolePolicy): Role {
  if (policy.adminIds.includes(learner.id)) return 'admin';
  return learner.team ? 'member' : 'learner';
}

/** Wards a person may act on: admins every ward (`*`), members their own, learners none. */
export function wardScope(learner: Pick<Learner, 'id' | 'team'>, policy: RolePolicy): '*' | string[] {
  const role = roleOf(learner, policy);
  if (role === 'admin') return '*';
  return role === 'member' ? [learner.team!.wardCode] : [];
}

export function mayActOnWard(learner: Pick<Learner, 'id' | 'team'>, policy: RolePolicy, wardCode: string): boolean {
  const scope = wardScope(learner, policy);
  return scope === '*' || scope.includes(wardCode);
}
