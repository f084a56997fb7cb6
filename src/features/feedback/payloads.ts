import { createHash } from 'node:crypto';
import { command } from '../../core/flows/payload.ts';
import type { Choice } from '../../core/message.ts';

/** Commands of the rating buttons: `k:fb-up:<id>`, `k:fb-down:<id>`, `k:fb-why:<id>.<reason>`. */
export const FB = { up: 'fb-up', down: 'fb-down', why: 'fb-why' } as const;

/** Why an answer got a 👎, as the learner chose it. */
export const REASONS = ['wrong', 'off-topic', 'hard'] as const;
export type Reason = (typeof REASONS)[number];

/** Labels the learner reads for each reason. */
export const REASON_LABELS: Record<Reason, string> = {
  wrong: '❌ Thông tin chưa đúng',
  'off-topic': '🤔 Không đúng điều tôi hỏi',
  hard: '📖 Khó đọc, khó hiểu',
};

/** Dashboard wording of each reason. */
export const REASON_NAMES: Record<Reason, string> = {
  wrong: 'Sai thông tin',
  'off-topic': 'Không đúng câu hỏi',
  hard: 'Khó hiểu',
};

const ID = /^[a-f0-9]{12}$/;

/**
 * The id of one rated answer: a hash of the conversation and the moment it was answered, so
 * `decide` (which may run twice) gives the same id both times.
 */
export function ratingId(conversationId: string, at: Date): string {
  return createHash('sha256').update(`${conversationId}|${at.toISOString()}`).digest('hex').slice(0, 12);
}

/** The 👍/👎 pair under an answer. */
export function voteChoices(id: string): Choice[] {
  return [
    { label: '👍 Hữu ích', payload: command(FB.up, id) },
    { label: '👎 Chưa đúng', payload: command(FB.down, id) },
  ];
}

/** The follow-up choices after a 👎. */
export function reasonChoices(id: string): Choice[] {
  return REASONS.map((r) => ({ label: REASON_LABELS[r], payload: command(FB.why, `${id}.${r}`) }));
}

/** Reads a button argument: the rating id, and the reason for `fb-why`. */
export function parseArg(arg: string | undefined): { id: string; reason?: Reason } | undefined {
  const [id = '', reason, ...rest] = (arg ?? '').split('.');
  if (!ID.test(id) || rest.length > 0) return undefined;
  if (reason === undefined) return { id };
  return (REASONS as readonly string[]).includes(reason) ? { id, reason: reason as Reason } : undefined;
}

/** A learner id that cannot be read back into a Telegram or Zalo id; stable for the same person. */
export function pseudonym(conversationId: string): string {
  return createHash('sha256').update(`hocvuso-feedback|${conversationId}`).digest('base64url').slice(0, 16);
}
