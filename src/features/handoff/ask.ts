import { redact } from '../answers/redact.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { UNKNOWN_WARD } from '../../core/stats/stats-keys.ts';
import { wardScope } from '../team/roles.ts';
import type { HandoffContext } from './context.ts';
import { escalate, firstStep, type NotifyTarget } from './escalation.ts';
import { onDuty } from './jobs.ts';
import { ADMINS_ROUTE, QUESTION_ID, viewFor, wardName, type HandoffQuestion, type QuestionView } from './question.ts';
import { countAsked } from './stats.ts';
import { returnRate, takeRate } from './rate-window.ts';

/** A learner's question for the team. */
export interface AskInput {
  /** The learner asking (their saved record). */
  learner: Learner;
  /** The question; personal data is removed again here, whatever the caller did. */
  text: string;
  lessonTitle?: string;
  /** What the tutor answered, shortened. */
  tutorAnswer?: string;
  /** Send to the admins (the learner gave no ward). */
  toAdmins?: boolean;
}

export type AskResult =
  | {
      ok: true;
      question: HandoffQuestion;
      /** True when the ward had nobody on duty and the question went to the admins instead. */
      rerouted: boolean;
      /** False when it waits for the team's hours. */
      notifiedNow: boolean;
    }
  /** `nobody`: no team and no admin could receive it; nothing was stored or counted. */
  | { ok: false; reason: 'empty' | 'rate_limited' | 'nobody' };

/** Which questions `list` returns. */
export interface ListOptions {
  /** An admin's list narrowed to one ward, or to the questions sent to the admins (`*`). */
  route?: string;
  limit?: number;
  /** `open` (default): not yet closed, claimed or not; `closed`: recently closed. */
  status?: 'open' | 'closed';
}

export const MAX_QUESTION_LENGTH = 1000;
/** The learner's last messages copied into a question. */
const RECENT_SHOWN = 5;
const learnerRateKey = (id: string) => `handoff:rate:learner:${id}`;

export function askParts(c: HandoffContext) {
  async function reachable(learner: Learner, toAdmins: boolean): Promise<'ward' | 'admins' | 'nobody'> {
    if (!toAdmins && learner.wardCode && (await onDuty(c, learner.wardCode)).length > 0) return 'ward';
    return (await onDuty(c, ADMINS_ROUTE)).length > 0 ? 'admins' : 'nobody';
  }

  async function ask(input: AskInput, now: Date): Promise<AskResult> {
    const text = redact(input.text.trim().slice(0, MAX_QUESTION_LENGTH)).text;
    if (text.length < 2) return { ok: false, reason: 'empty' };
    const { learner } = input;
    if (!(await takeRate(c.store, learnerRateKey(learner.id), c.limits.learner, now)))
      return { ok: false, reason: 'rate_limited' };
    const ward = input.toAdmins ? undefined : learner.wardCode;
    let route = ward ?? ADMINS_ROUTE;
    let rerouted = false;
    if (route !== ADMINS_ROUTE && (await onDuty(c, route)).length === 0) [route, rerouted] = [ADMINS_ROUTE, true];
    if (route === ADMINS_ROUTE && (await onDuty(c, ADMINS_ROUTE)).length === 0) {
      await returnRate(c.store, learnerRateKey(learner.id), now);
      return { ok: false, reason: 'nobody' };
    }
    // What led to the question (without the question itself), for whoever takes it.
    const recent = ((await c.recent?.list(learner.id, now).catch(() => [])) ?? [])
      .filter((m) => m.text !== text && m.text !== learner.ward)
      .slice(-RECENT_SHOWN);
    const created = await c.repo.create((id) => {
      const base: HandoffQuestion = {
        id,
        learnerId: learner.id,
        ...(learner.honorific ? { honorific: learner.honorific } : {}),
        learnerWard: learner.wardCode ?? UNKNOWN_WARD,
        ...(learner.wardCode ? { learnerWardLabel: learner.ward ?? wardName(learner.wardCode, c.wardNames) } : {}),
        route,
        routeLabel: route === ward && learner.ward ? learner.ward : wardName(route, c.wardNames),
        text,
        ...(input.tutorAnswer ? { tutorAnswer: redact(input.tutorAnswer).text } : {}),
        ...(recent.length > 0 ? { recent } : {}),
        ...(input.lessonTitle ? { lessonTitle: input.lessonTitle } : {}),
        status: 'open',
        createdAt: now.toISOString(),
        stage: 'waiting',
        round: 0,
        answers: [],
      };
      return firstStep(base, now, c.hours, c.timings).next;
    });
    await c.repo.index(created);
    await countAsked(c.store, created);
    if (created.stage !== 'waiting') await c.notify(created, 'route');
    await c.record(learner.id, 'ask', created, now, { route, rerouted });
    return { ok: true, question: created, rerouted, notifiedNow: created.stage !== 'waiting' };
  }

  /**
   * Questions the actor may handle (members: their ward's; admins: all, or one route): the open
   * ones oldest first, or with `closed` the recently closed ones newest first.
   */
  async function list(actor: Learner, options: ListOptions = {}): Promise<QuestionView[]> {
    const scope = wardScope(actor, c.policy);
    const route = options.route ?? (scope === '*' ? undefined : scope[0]);
    if (scope !== '*' && (route === undefined || !scope.includes(route))) return [];
    const closed = options.status === 'closed';
    const limit = options.limit ?? 50;
    const ids = closed ? await c.repo.closedIds(route, limit) : await c.repo.openIds(route, limit);
    const found = await Promise.all(ids.map((id) => c.repo.get(id)));
    return found
      .filter(
        (q): q is HandoffQuestion => q !== undefined && (q.status === 'closed') === closed && c.mayHandle(actor, q),
      )
      .map((q) => viewFor(q, actor));
  }

  async function view(id: string, actor: Learner): Promise<QuestionView | undefined> {
    const q = QUESTION_ID.test(id) ? await c.repo.get(id) : undefined;
    return q && c.mayHandle(actor, q) ? viewFor(q, actor) : undefined;
  }

  /** Runs the escalation steps due at `now` (re-send to the ward, then to the admins). Idempotent. */
  async function tick(now: Date): Promise<{ notified: number; postponed: number }> {
    const report = { notified: 0, postponed: 0 };
    // Each pass moves every due id out of the window (or drops it), so pages shrink; the cap
    // only guards against a clock far behind the stored times.
    for (let page = 0; page < 50; page++) {
      const ids = await c.repo.dueIds(now, 100);
      for (const id of ids) {
        const changed = await c.repo.mutate<NotifyTarget | 'postponed' | undefined>(id, (q) => {
          const s = escalate(q, now, c.hours, c.timings);
          return s
            ? { next: s.next, result: s.notify ?? (s.next.dueAt ? 'postponed' : undefined) }
            : { result: undefined };
        });
        if (!changed) {
          await c.repo.unschedule(id);
          continue;
        }
        const step = changed.result;
        await c.repo.index(changed.question);
        if (step === 'postponed') report.postponed += 1;
        else if (step) report.notified += await c.notify(changed.question, step);
      }
      if (ids.length < 100) break;
    }
    return report;
  }

  return { ask, list, view, tick, reachable };
}
