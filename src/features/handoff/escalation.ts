import { inHours, nextOpening, type HandoffHours } from './hours.ts';
import { ADMINS_ROUTE, type HandoffQuestion } from './question.ts';

/** How long an unclaimed question waits before it is sent again, then to the admins. */
export interface EscalationTimings {
  /** From the first notice to the second one to the same team. Default 30 minutes. */
  resendAfterMs: number;
  /** From the first notice to the admins. Default 2 hours. */
  adminsAfterMs: number;
}

export const DEFAULT_TIMINGS: EscalationTimings = { resendAfterMs: 30 * 60_000, adminsAfterMs: 2 * 3_600_000 };

/** Who to tell after a step: the question's route (ward team or admins) or the admins. */
export type NotifyTarget = 'route' | 'admins';

export interface Step {
  next: HandoffQuestion;
  notify?: NotifyTarget;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The first step for a new (or passed-on) question: tell the route now during the team's hours,
 * else wait for the next opening. Pure.
 */
export function firstStep(q: HandoffQuestion, now: Date, hours: HandoffHours, t: EscalationTimings): Step {
  if (!inHours(now, hours)) return { next: { ...q, stage: 'waiting', dueAt: nextOpening(now, hours).toISOString() } };
  const toAdmins = q.route === ADMINS_ROUTE;
  const { dueAt: _d, ...rest } = q;
  return {
    next: {
      ...rest,
      stage: toAdmins ? 'admins' : 'ward',
      notifiedAt: now.toISOString(),
      ...(toAdmins ? {} : { dueAt: iso(now.getTime() + t.resendAfterMs) }),
    },
    notify: 'route',
  };
}

/**
 * The escalation step due at `now` for an unclaimed question: waiting → sent to the ward →
 * sent again → sent to the admins. Outside the team's hours nothing is sent; the step moves to
 * the next opening. Undefined when nothing is due. Pure, so a compare-and-set may rerun it.
 */
export function escalate(q: HandoffQuestion, now: Date, hours: HandoffHours, t: EscalationTimings): Step | undefined {
  if (q.status !== 'open' || q.dueAt === undefined || Date.parse(q.dueAt) > now.getTime()) return undefined;
  if (!inHours(now, hours)) return { next: { ...q, dueAt: nextOpening(now, hours).toISOString() } };
  const { dueAt: _d, ...rest } = q;
  switch (q.stage) {
    case 'waiting':
      return firstStep(q, now, hours, t);
    case 'ward': {
      const first = Date.parse(q.notifiedAt ?? q.createdAt);
      return {
        next: { ...rest, stage: 'again', dueAt: iso(Math.max(first + t.adminsAfterMs, now.getTime() + 60_000)) },
        notify: 'route',
      };
    }
    case 'again':
      return { next: { ...rest, stage: 'admins' }, notify: 'admins' };
    case 'admins':
      return { next: rest };
  }
}
