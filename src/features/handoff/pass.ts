import type { Learner } from '../../core/learners/learner.ts';
import type { ActionResult } from './actions.ts';
import type { HandoffContext } from './context.ts';
import { firstStep, type NotifyTarget } from './escalation.ts';
import { onDuty } from './jobs.ts';
import { ADMINS_ROUTE, QUESTION_ID, viewOf, wardName, type HandoffQuestion } from './question.ts';
import { releaseAnswering } from './state.ts';

/** Somewhere a question can be passed to: a ward whose team has someone on duty, or the admins. */
export interface PassTarget {
  route: string;
  label: string;
}

const MAX_TARGETS = 8;

export function passParts(c: HandoffContext) {
  const may = (actor: Learner, q: HandoffQuestion) => c.mayHandle(actor, q) || q.claimedBy === actor.id;

  /** Where the actor may pass a question: other wards with someone on duty, then the admins. */
  async function passTargets(id: string, actor: Learner): Promise<PassTarget[] | undefined> {
    const q = QUESTION_ID.test(id) ? await c.repo.get(id) : undefined;
    if (!q || !may(actor, q) || q.status === 'closed') return undefined;
    const wards = (await c.directory.wards()).filter((w) => w !== q.route).sort();
    const staffed: PassTarget[] = [];
    for (const ward of wards) {
      if (staffed.length >= MAX_TARGETS) break;
      if ((await onDuty(c, ward)).length > 0)
        staffed.push({
          route: ward,
          label: ward === q.learnerWard && q.learnerWardLabel ? q.learnerWardLabel : wardName(ward, c.wardNames),
        });
    }
    return q.route === ADMINS_ROUTE ? staffed : [...staffed, { route: ADMINS_ROUTE, label: 'Ban quản trị' }];
  }

  /**
   * Hands a question to another ward's team or to the admins: it becomes unclaimed again, in a
   * new round, and the new team is told (during their hours) as for a new question.
   */
  async function pass(id: string, actor: Learner, target: string, now: Date): Promise<ActionResult> {
    const q = QUESTION_ID.test(id) ? await c.repo.get(id) : undefined;
    if (!q) return { ok: false, reason: 'not_found' };
    if (!may(actor, q)) return { ok: false, reason: 'forbidden' };
    if (target === q.route || (target !== ADMINS_ROUTE && !(await c.directory.wards()).includes(target)))
      return { ok: false, reason: 'invalid', view: viewOf(q) };
    if ((await onDuty(c, target)).length === 0) return { ok: false, reason: 'invalid', view: viewOf(q) };
    const changed = await c.repo.mutate(id, (cur) => {
      if (cur.status === 'closed') return { result: 'closed' as const };
      const { claimedBy: _b, claimerName: _n, claimedAt: _a, notifiedAt: _t, dueAt: _d, ...rest } = cur;
      const label =
        target === cur.learnerWard && cur.learnerWardLabel ? cur.learnerWardLabel : wardName(target, c.wardNames);
      const step = firstStep(
        { ...rest, route: target, routeLabel: label, status: 'open', stage: 'waiting', round: cur.round + 1 },
        now,
        c.hours,
        c.timings,
      );
      return { next: step.next, result: step.notify ?? ('wait' as const) };
    });
    if (!changed) return { ok: false, reason: 'not_found' };
    const { question, result } = changed;
    if (result === 'closed') return { ok: false, reason: 'closed', view: viewOf(question) };
    await c.repo.index(question, q.route);
    if (q.claimedBy && (await c.learners.get(q.claimedBy)))
      await c.learners.update(q.claimedBy, now, (l) => releaseAnswering(l, id));
    if (result !== 'wait') await c.notify(question, result satisfies NotifyTarget);
    await c.record(actor.id, 'pass', question, now, { from: q.route, to: target });
    return { ok: true, view: viewOf(question) };
  }

  return { pass, passTargets };
}
