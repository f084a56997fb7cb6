import { QuotaExhaustedError, TransientChannelError } from '../../../core/errors.ts';
import type { ReplyWindows, TakenReplies } from '../../../core/learners/reply-window.ts';
import type { QuotaLedger } from '../../../core/outbound/quota-ledger.ts';
import type { SendReceipt } from '../../../core/outbound/outbound-job.ts';
import type { ZaloOaApi } from './oa-api.ts';
import type { OaMessage, OaRecipient } from './oa-message.ts';

export interface OaSenderDeps {
  api: ZaloOaApi;
  windows: ReplyWindows;
  ledger: QuotaLedger;
  clock: () => Date;
}

/**
 * Sends a person's OA messages as cheaply as Zalo allows: as many as the free-reply budget
 * covers go as replies to their latest message (`recipient.message_id`), the rest as proactive
 * messages (`recipient.user_id`), reserved in the month's quota before anything is sent. When the
 * quota cannot cover them, nothing is sent and {@link QuotaExhaustedError} is thrown. Replies
 * and quota of messages that definitely did not go out are given back.
 */
export function createOaSender(deps: OaSenderDeps) {
  return async function sendOa(userId: string, messages: readonly OaMessage[]): Promise<SendReceipt> {
    const now = deps.clock();
    const replies: TakenReplies | undefined = await deps.windows.take(userId, messages.length, now);
    const free = replies?.taken ?? 0;
    const proactive = messages.length - free;
    if (!(await deps.ledger.reserve(proactive, now))) {
      if (replies) await deps.windows.giveBack(replies);
      throw new QuotaExhaustedError(`Zalo OA proactive quota used up this month (${proactive} message(s) needed)`);
    }
    let sent = 0;
    try {
      for (const message of messages) {
        const recipient: OaRecipient = replies && sent < free ? { message_id: replies.msgId } : { user_id: userId };
        await deps.api.sendCs(recipient, message);
        sent += 1;
      }
    } catch (error) {
      // A timeout or a 5xx may have been delivered all the same: only a refusal is given back.
      const firstUnsent = sent + (error instanceof TransientChannelError ? 1 : 0);
      const unsentFree = Math.max(free - firstUnsent, 0);
      const unsentProactive = messages.length - Math.max(firstUnsent, free);
      if (replies && unsentFree > 0)
        await deps.windows.giveBack({ msgId: replies.msgId, taken: unsentFree }).catch(() => undefined);
      await deps.ledger.refund(unsentProactive, now).catch(() => undefined);
      throw error;
    }
    return { free, proactive };
  };
}
