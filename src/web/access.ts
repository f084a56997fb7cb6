import type { Learner } from '../core/learners/learner.ts';
import { ALL_WARDS } from '../core/stats/stats-keys.ts';
import { mayActOnWard, roleOf, type RolePolicy } from '../features/team/roles.ts';

/** A signed-in team member or admin, as every page sees them. Re-read from the learner record on each request. */
export interface Viewer {
  learner: Learner;
  role: 'admin' | 'member';
  /** Shown in the header: a first name or the role, never an id. */
  name: string;
  /** The ward a page opens on: the member's own, or every ward for admins. */
  homeWard: string;
}

/** Undefined for anyone who is not (or no longer) on a team: the dashboard is closed to them. */
export function viewerOf(learner: Learner | undefined, policy: RolePolicy): Viewer | undefined {
  if (!learner) return undefined;
  const role = roleOf(learner, policy);
  if (role === 'learner') return undefined;
  const first = learner.team?.firstName;
  const name = role === 'admin' ? (first ? `${first} (quản trị viên)` : 'Quản trị viên') : (first ?? 'Thành viên tổ');
  const homeWard = role === 'admin' ? ALL_WARDS : learner.team!.wardCode;
  return { learner, role, name, homeWard };
}

/** The ward a request asks for, if the viewer may see it; undefined means 403. */
export function allowedWard(viewer: Viewer, policy: RolePolicy, requested: string | null): string | undefined {
  const ward = requested === null || requested === '' ? viewer.homeWard : requested;
  if (ward === ALL_WARDS) return viewer.role === 'admin' ? ward : undefined;
  if (!/^[a-z0-9-]{2,80}$/.test(ward)) return undefined;
  return mayActOnWard(viewer.learner, policy, ward) ? ward : undefined;
}
