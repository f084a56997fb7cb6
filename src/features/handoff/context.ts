import type { Learner } from '../../core/learners/learner.ts';
import type { RecentMessages } from '../../core/learners/recent-messages.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Logger } from '../../core/logger.ts';
import type { OutboundQueue } from '../../core/outbound/outbound-job.ts';
import type { Store } from '../../core/store.ts';
import type { AuditLog } from '../team/audit-log.ts';
import { roleOf, type RolePolicy } from '../team/roles.ts';
import type { TeamDirectory } from '../team/directory.ts';
import type { EscalationTimings, NotifyTarget } from './escalation.ts';
import type { HandoffHours } from './hours.ts';
import { notifyJob, onDuty } from './jobs.ts';
import type { HandoffRepo } from './repo.ts';
import { ADMINS_ROUTE, type HandoffQuestion } from './question.ts';
import type { RateLimit } from './rate-window.ts';
import type { DraftWriter } from './knowledge-draft.ts';

/** Abuse limits on both sides. */
export interface HandoffLimits {
  /** Questions one learner may send. Default 5 a day. */
  learner: RateLimit;
  /** Answer messages one team member may send. Default 30 an hour. */
  member: RateLimit;
}

export const DEFAULT_LIMITS: HandoffLimits = {
  learner: { max: 5, windowMs: 24 * 3_600_000 },
  member: { max: 30, windowMs: 3_600_000 },
};

/** What the handoff service is built from. */
export interface HandoffServiceDeps {
  store: Store;
  learners: LearnerRepo;
  policy: RolePolicy;
  directory: TeamDirectory;
  audit: AuditLog;
  /** The one outbound queue: every notice and answer goes through it (kind `handoff`). */
  queue: Pick<OutboundQueue, 'enqueue'>;
  /** The teams' hours (`HANDOFF_HOURS` in `TIMEZONE`). */
  hours: HandoffHours;
  /** Where "Thêm vào kho kiến thức" writes drafts. */
  drafts: DraftWriter;
  /** `source:` of knowledge drafts. */
  draftSource: string;
  logger: Logger;
  limits?: Partial<HandoffLimits>;
  timings?: Partial<EscalationTimings>;
  /** Proper ward names (`wards.yaml`), for wards known only by their code. */
  wardNames?: (code: string) => string | undefined;
  /** The learner's last typed messages, copied into a question when asked. */
  recent?: Pick<RecentMessages, 'list'>;
}

/** Shared by the service's parts. */
export interface HandoffContext extends HandoffServiceDeps {
  repo: HandoffRepo;
  limits: HandoffLimits;
  timings: EscalationTimings;
  /** Admins handle every question; members those routed to their ward. */
  mayHandle(actor: Learner, q: HandoffQuestion): boolean;
  /** Queues the question for everyone on duty at `target`; returns how many. */
  notify(q: HandoffQuestion, target: NotifyTarget): Promise<number>;
  record(
    actor: string,
    action: string,
    q: HandoffQuestion,
    now: Date,
    detail?: Record<string, string | number | boolean>,
  ): Promise<void>;
}

export function handoffContext(
  deps: HandoffServiceDeps,
  repo: HandoffRepo,
  timings: EscalationTimings,
): HandoffContext {
  const limits: HandoffLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  return {
    ...deps,
    repo,
    limits,
    timings,
    mayHandle(actor, q) {
      const role = roleOf(actor, deps.policy);
      return role === 'admin' || (role === 'member' && q.route !== ADMINS_ROUTE && actor.team?.wardCode === q.route);
    },
    async notify(q, target) {
      const to = await onDuty(deps, target === 'admins' ? ADMINS_ROUTE : q.route);
      await deps.queue.enqueue(to.map((id) => notifyJob(q, id)));
      return to.length;
    },
    async record(actor, action, q, now, detail) {
      await deps.audit
        .record({
          at: now.toISOString(),
          actor,
          action: `handoff.${action}`,
          target: q.id,
          ...(detail ? { detail } : {}),
        })
        .catch((error: unknown) => {
          deps.logger.warn({ err: (error as Error).message }, 'audit failed');
        });
    },
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How a member signs and is named to the team: "Chị Lan" and "tổ công nghệ số Phường Yên Hòa". */
export function signatureOf(
  actor: Learner,
  q: Pick<HandoffQuestion, 'learnerWard' | 'learnerWardLabel'>,
): { name?: string; team: string; signature: string } {
  const first = actor.team?.firstName;
  const name = first ? (actor.honorific ? `${capital(actor.honorific)} ${first}` : first) : undefined;
  const ownWard =
    actor.team && actor.team.wardCode === q.learnerWard && q.learnerWardLabel
      ? q.learnerWardLabel
      : actor.team?.wardLabel;
  const team = ownWard ? `tổ công nghệ số ${ownWard}` : 'ban quản trị Học vụ số';
  return { ...(name ? { name } : {}), team, signature: name ? `${name}, ${team}` : capital(team) };
}
