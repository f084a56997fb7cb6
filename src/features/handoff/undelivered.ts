import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { ConversationId, Reply } from '../../core/message.ts';
import type { OutboundQueue } from '../../core/outbound/outbound-job.ts';
import { undeliveredJob } from './jobs.ts';
import { HO, hoButton } from './payloads.ts';
import { askerOf, questionTag, type HandoffQuestion, type UndeliveredReason } from './question.ts';
import type { HandoffRepo } from './repo.ts';

/** The outbound queue's final outcome of an answer (`unreachable:blocked`, `failed:permanent`…) in the team's terms. */
export function undeliveredReason(outcome: string): UndeliveredReason {
  switch (outcome) {
    case 'unreachable:blocked':
      return 'blocked';
    case 'unreachable:not_follower':
      return 'not_follower';
    case 'unreachable:outside_window':
      return 'outside_window';
    default:
      return 'other';
  }
}

export interface UndeliveredDeps {
  repo: HandoffRepo;
  queue: Pick<OutboundQueue, 'enqueue'>;
}

/**
 * Marks the `n`-th answer of a question as never delivered and queues a notice to the member who
 * wrote it, once per question, member and reason (three answers to a learner who blocked the bot
 * make one notice). Calling it again for the same answer changes and sends nothing.
 */
export async function recordUndelivered(
  deps: UndeliveredDeps,
  id: string,
  n: number,
  reason: UndeliveredReason,
  now: Date,
): Promise<void> {
  const changed = await deps.repo.mutate<ConversationId | undefined>(id, (cur) => {
    const a = cur.answers[n];
    if (!a || a.undelivered) return { result: undefined };
    const told = cur.answers.some((other) => other.by === a.by && other.undelivered?.reason === reason);
    const answers = cur.answers.map((other, i) =>
      i === n ? { ...other, undelivered: { reason, at: now.toISOString() } } : other,
    );
    return { next: { ...cur, answers }, result: told ? undefined : a.by };
  });
  if (changed?.result !== undefined) await deps.queue.enqueue([undeliveredJob(changed.question, n, changed.result)]);
}

const WHY: Record<UndeliveredReason, string> = {
  blocked: 'người hỏi đã chặn trợ lý nên không nhận được tin nhắn nào nữa.',
  not_follower: 'người hỏi đã bỏ quan tâm Zalo OA của trợ lý nên Zalo không cho gửi tin tới họ nữa.',
  outside_window:
    'người hỏi đã lâu không nhắn cho trợ lý nên Zalo từ chối tin này ' +
    '(Zalo chỉ cho Zalo OA trả lời người đã nhắn gần đây).',
  other: 'có lỗi khi gửi tin nhắn, trợ lý đã thử lại nhưng vẫn không được.',
};

const NEXT: Record<UndeliveredReason, string> = {
  blocked: 'Khi nào người hỏi nhắn lại cho trợ lý thì mới gửi được ạ.',
  not_follower: 'Khi nào người hỏi quan tâm lại Zalo OA và nhắn cho trợ lý thì mới gửi được ạ.',
  outside_window: 'Khi nào người hỏi nhắn lại cho trợ lý thì mới gửi được ạ.',
  other: '{xung_ho} có thể gửi lại sau ít phút ạ.',
};

const excerpt = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Told to the member whose `n`-th answer never reached the learner; undefined when there is nothing to tell. */
export function undeliveredMessage(
  q: HandoffQuestion,
  n: number,
  to: Pick<Learner, 'id' | 'honorific'>,
): Reply | undefined {
  const a = q.answers[n];
  if (!a?.undelivered || a.by !== to.id) return undefined;
  const { reason } = a.undelivered;
  const lines = [
    `⚠️ Câu trả lời của {xung_ho} cho câu hỏi ${questionTag(q.id)} (${askerOf(q)}) chưa gửi được tới người hỏi:`,
    `«${excerpt(a.text)}»`,
    '',
    `Lý do: ${WHY[reason]}`,
    NEXT[reason],
  ];
  if (q.status === 'closed') return [{ type: 'text', text: personalize(lines.join('\n'), to) }];
  lines.push('Nếu không cần nữa, {xung_ho} bấm "Đóng câu hỏi". Cảm ơn {xung_ho}! 🌷');
  return [
    {
      type: 'choices',
      text: personalize(lines.join('\n'), to),
      choices: [{ label: '✅ Đóng câu hỏi', payload: hoButton(HO.close, q.id) }],
    },
  ];
}
