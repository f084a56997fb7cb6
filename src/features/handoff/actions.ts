import { redact, type RedactionKind } from '../answers/redact.ts';
import type { ContentProblem } from '../../core/errors.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { localDay } from '../../core/time/local-day.ts';
import { signatureOf, type HandoffContext } from './context.ts';
import { answerJob, claimedJob, closedJob, ratedJob } from './jobs.ts';
import { QUESTION_ID, viewOf, type HandoffQuestion, type QuestionView } from './question.ts';
import { releaseAnswering } from './state.ts';
import { countAnswered } from './stats.ts';
import { knowledgeDraft } from './knowledge-draft.ts';
import { takeRate } from './rate-window.ts';

/** Why an action on a question did not happen. */
export type HandoffFailure =
  | 'not_found'
  | 'forbidden'
  | 'closed'
  /** Someone else claimed it first (`view.claimerName` says who). */
  | 'taken'
  /** Only the member who claimed it may answer. */
  | 'not_claimer'
  | 'rate_limited'
  | 'empty'
  | 'no_answer'
  | 'already'
  | 'invalid';

/** The outcome of an action; the question comes back as team members may see it. */
export type ActionResult<Extra = object> =
  | ({ ok: true; view: QuestionView } & Extra)
  | { ok: false; reason: HandoffFailure; view?: QuestionView; problems?: ContentProblem[] };

export const MAX_ANSWER_LENGTH = 2000;
const memberRateKey = (id: string) => `handoff:rate:member:${id}`;
const fail = (
  reason: HandoffFailure,
  q?: HandoffQuestion,
): { ok: false; reason: HandoffFailure; view?: QuestionView } => ({
  ok: false,
  reason,
  ...(q ? { view: viewOf(q) } : {}),
});

export function actionParts(c: HandoffContext) {
  const load = async (id: string) => (QUESTION_ID.test(id) ? c.repo.get(id) : undefined);
  const release = async (memberId: string | undefined, id: string, now: Date) => {
    if (memberId && (await c.learners.get(memberId)))
      await c.learners.update(memberId, now, (l) => releaseAnswering(l, id));
  };

  /** The first to claim owns the question: a compare-and-set, so of two claims at once exactly one wins. */
  async function claim(id: string, actor: Learner, now: Date): Promise<ActionResult> {
    const q = await load(id);
    if (!q) return fail('not_found');
    if (!c.mayHandle(actor, q)) return fail('forbidden');
    const { name } = signatureOf(actor, q);
    const changed = await c.repo.mutate(id, (cur) => {
      if (cur.status === 'closed') return { result: 'closed' as const };
      if (cur.status === 'claimed')
        return { result: cur.claimedBy === actor.id ? ('mine' as const) : ('taken' as const) };
      const { dueAt: _d, ...rest } = cur;
      return {
        next: {
          ...rest,
          status: 'claimed' as const,
          claimedBy: actor.id,
          claimerName: name ?? 'Một thành viên tổ',
          claimedAt: now.toISOString(),
        },
        result: 'won' as const,
      };
    });
    if (!changed) return fail('not_found');
    const { question, result } = changed;
    if (result === 'closed' || result === 'taken') return fail(result, question);
    if (result === 'won') {
      await c.repo.index(question);
      await c.queue.enqueue([claimedJob(question)]);
      await c.record(actor.id, 'claim', question, now);
    }
    return { ok: true, view: viewOf(question) };
  }

  /** A team member's message for the learner; claims the question first when nobody has. */
  async function answer(
    id: string,
    actor: Learner,
    text: string,
    now: Date,
  ): Promise<ActionResult<{ redacted: RedactionKind[] }>> {
    const clean = redact(text.trim().slice(0, MAX_ANSWER_LENGTH));
    if (clean.text.length === 0) return fail('empty');
    let q = await load(id);
    if (!q) return fail('not_found');
    if (q.status === 'closed') return fail('closed', q);
    if (q.status === 'open') {
      const claimed = await claim(id, actor, now);
      if (!claimed.ok) return claimed;
      q = (await c.repo.get(id))!;
    }
    if (q.claimedBy !== actor.id) return fail('not_claimer', q);
    if (!(await takeRate(c.store, memberRateKey(actor.id), c.limits.member, now))) return fail('rate_limited', q);
    const { signature, team } = signatureOf(actor, q);
    const changed = await c.repo.mutate<number | 'closed' | 'not_claimer'>(id, (cur) => {
      if (cur.status === 'closed') return { result: 'closed' };
      if (cur.claimedBy !== actor.id) return { result: 'not_claimer' };
      const answers = [...cur.answers, { text: clean.text, by: actor.id, signature, team, at: now.toISOString() }];
      return {
        next: { ...cur, answers, firstAnsweredAt: cur.firstAnsweredAt ?? now.toISOString() },
        result: answers.length - 1,
      };
    });
    if (!changed) return fail('not_found');
    const { question, result } = changed;
    if (typeof result === 'string') return fail(result, question);
    await c.queue.enqueue([answerJob(question, result)]);
    if (result === 0) await countAnswered(c.store, question, now);
    await c.record(actor.id, 'answer', question, now, { n: result });
    return { ok: true, view: viewOf(question), redacted: clean.kinds };
  }

  /** Closes a question, by the learner who asked or by the team; the other side is told. */
  async function close(id: string, actor: Learner, now: Date): Promise<ActionResult> {
    const q = await load(id);
    if (!q) return fail('not_found');
    const byLearner = actor.id === q.learnerId;
    if (!byLearner && !c.mayHandle(actor, q) && q.claimedBy !== actor.id) return fail('forbidden');
    const changed = await c.repo.mutate(id, (cur) => {
      if (cur.status === 'closed') return { result: false };
      const { dueAt: _d, ...rest } = cur;
      return {
        next: {
          ...rest,
          status: 'closed' as const,
          closedAt: now.toISOString(),
          closedBy: byLearner ? ('learner' as const) : ('team' as const),
        },
        result: true,
      };
    });
    if (!changed) return fail('not_found');
    if (!changed.result) return fail('already', changed.question);
    const { question } = changed;
    await c.repo.index(question);
    await c.repo.closed(question);
    if (!byLearner) await c.queue.enqueue([closedJob(question, question.learnerId)]);
    else if (question.claimedBy) await c.queue.enqueue([closedJob(question, question.claimedBy)]);
    await release(question.claimedBy, id, now);
    await c.record(actor.id, 'close', question, now, { by: byLearner ? 'learner' : 'team' });
    return { ok: true, view: viewOf(question) };
  }

  /** 👍/👎 from the learner, once, after at least one answer; the member who answered is told. */
  async function rate(id: string, learner: Learner, rating: 'up' | 'down', now: Date): Promise<ActionResult> {
    const q = await load(id);
    if (!q || q.learnerId !== learner.id) return fail('not_found');
    if (q.answers.length === 0) return fail('no_answer', q);
    const changed = await c.repo.mutate(id, (cur) =>
      cur.rating ? { result: false } : { next: { ...cur, rating }, result: true },
    );
    if (!changed) return fail('not_found');
    if (!changed.result) return fail('already', changed.question);
    const author = changed.question.answers[0]?.by;
    if (author) await c.queue.enqueue([ratedJob(changed.question, author)]);
    await c.record(learner.id, 'rate', changed.question, now, { rating });
    return { ok: true, view: viewOf(changed.question) };
  }

  /** "Thêm vào kho kiến thức": a draft knowledge entry from the team's answer, for an admin to review. */
  async function promote(id: string, actor: Learner, now: Date): Promise<ActionResult<{ file: string }>> {
    const q = await load(id);
    if (!q) return fail('not_found');
    if (!c.mayHandle(actor, q) && !q.answers.some((a) => a.by === actor.id)) return fail('forbidden');
    if (q.answers.length === 0) return fail('no_answer', q);
    const draft = knowledgeDraft(q, { sourceUrl: c.draftSource, today: localDay(now, c.hours.timezone) });
    if (!draft.ok) return { ok: false, reason: 'invalid', view: viewOf(q), problems: draft.problems };
    const reserved = await c.repo.mutate(id, (cur) =>
      cur.draft ? { result: false } : { next: { ...cur, draft: draft.name }, result: true },
    );
    if (!reserved?.result) return fail('already', reserved?.question ?? q);
    let file: string;
    try {
      file = await c.drafts.write(draft.name, draft.text);
    } catch (error) {
      await c.repo.mutate(id, (cur) => {
        const { draft: _d, ...rest } = cur;
        return { next: rest, result: true };
      });
      throw error;
    }
    await c.record(actor.id, 'kb-draft', reserved.question, now);
    return { ok: true, view: viewOf(reserved.question), file };
  }

  return { claim, answer, close, rate, promote, load };
}
