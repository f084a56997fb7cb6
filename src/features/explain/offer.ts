import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice } from '../../core/message.ts';
import { deskNotice, deskNoticeDue, deskNoticeShown } from '../handoff/desk-notice.ts';
import type { ExplainDeps } from './deps.ts';

/** The existing "ask a volunteer" button (the handoff feature answers it). */
export const ASK_TEAM: Choice = { label: '🙋 Hỏi cán bộ hỗ trợ', payload: command('handoff') };

/** How a person can help: the button where someone takes questions, else where to go. */
export type PersonOffer = { kind: 'button' } | { kind: 'desk'; text: string };

/**
 * The offer of a person for this learner: the hand-off button where a volunteer or an admin
 * takes questions; elsewhere the ward's one-stop desk, said once a day (then one short line
 * that "hỏi cán bộ" tells it again), since the long notice under every reply is noise.
 */
export async function personOffer(deps: ExplainDeps, saved: Learner, now: Date, today: string): Promise<PersonOffer> {
  if ((await deps.reachable(saved).catch(() => 'ward' as const)) !== 'nobody') return { kind: 'button' };
  if (!deskNoticeDue(saved, today))
    return { kind: 'desk', text: personalize('Cần người thật giúp, {xung_ho} gõ "hỏi cán bộ" nhé.', saved) };
  await deps.learners.update(saved.id, now, (l) => deskNoticeShown(l, today));
  return { kind: 'desk', text: deskNotice(saved) };
}
