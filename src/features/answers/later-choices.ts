import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice, Reply } from '../../core/message.ts';
import { pendingChoices } from '../../core/router/pending.ts';
import type { AnswerHooks } from './answer-hooks.ts';
import { HANDOFF_OFFER } from './offline-answer.ts';
import { HANDOFF_PAYLOAD } from './reply.ts';
import { deskNotice, deskNoticeDue, deskNoticeShown } from '../handoff/desk-notice.ts';

/** The row's words where nobody takes questions and the desk notice was said today already. */
const CHOOSE = '{xung_ho} chọn một mục dưới đây, hoặc cứ gõ câu hỏi khác ạ:';

/**
 * Buttons known only after the learner was saved (a spoken answer, a changed row) are
 * remembered then; when a lesson step or an onboarding question came back below them, numbered
 * after its options.
 */
export async function rememberLater(
  hooks: AnswerHooks,
  saved: Learner,
  now: Date,
  reply: Reply,
  before?: readonly Choice[],
): Promise<Reply> {
  const part = reply.findLast((p) => p.type === 'choices');
  if (!hooks.learners || part?.type !== 'choices') return reply;
  // The waiting question's options (a lesson step, an onboarding question) come first when shown again,
  // then this row as it was (`before` it changed).
  const first = (before ?? part.choices)[0]?.payload;
  const at = saved.lastChoices?.findIndex((c) => c.payload === first) ?? -1;
  // A spoken answer's row was never remembered: an onboarding question's options are all there is.
  const waiting = at > 0 ? saved.lastChoices!.slice(0, at) : at === -1 && saved.asking ? saved.lastChoices : undefined;
  const step = pendingChoices(saved) ?? waiting ?? [];
  await hooks.learners.update(saved.id, now, (l) => ({ ...l, lastChoices: [...step, ...part.choices] }));
  return step.length === 0 ? reply : reply.map((p) => (p === part ? { ...part, first: step.length + 1 } : p));
}

/**
 * An unsure answer offers "🙋 Hỏi cán bộ" only where a volunteer (or an admin) can take the
 * question; elsewhere the button goes and the row says where to ask in person instead, once a
 * day (`today`, the learner's local day): the same long line under every answer is noise.
 * `remember`: whether to keep the changed row as the options a typed number picks.
 */
export async function deskInstead(
  hooks: AnswerHooks,
  saved: Learner,
  time: { now: Date; today: string },
  reply: Reply,
  remember = true,
): Promise<Reply> {
  const { now, today } = time;
  const part = reply.findLast((p) => p.type === 'choices');
  if (!hooks.reachable || part?.type !== 'choices' || !part.choices.some((c) => c.payload === HANDOFF_PAYLOAD))
    return reply;
  if ((await hooks.reachable(saved).catch(() => 'ward' as const)) !== 'nobody') return reply;
  const due = deskNoticeDue(saved, today);
  if (due) await hooks.learners?.update(saved.id, now, (l) => deskNoticeShown(l, today));
  const text = due ? `${deskNotice(saved)} ${personalize('Hoặc {xung_ho} chọn:', saved)}` : personalize(CHOOSE, saved);
  const desk = { ...part, text, choices: part.choices.filter((c) => c.payload !== HANDOFF_PAYLOAD) };
  const offer = personalize(HANDOFF_OFFER, saved);
  const changed = reply.map((p) =>
    p === part ? desk : p.type === 'text' ? { ...p, text: p.text.replace(offer, '') } : p,
  );
  return remember ? rememberLater(hooks, saved, now, changed, part.choices) : changed;
}
