import { randomUUID } from 'node:crypto';

/** How Zalo billed a delivered OA message. */
export type OaBilling = 'reply' | 'proactive';

/** One request to the fake's `message/cs`. */
export interface OaCall {
  /** The person: `recipient.user_id`, or the sender of the message `recipient.message_id` answers. */
  userId: string;
  recipient: Record<string, unknown>;
  message: Record<string, unknown>;
  accessToken: string;
  error: number;
  /** Set on delivered messages. */
  billedAs?: OaBilling;
}

export interface OaBillingOptions {
  /** The fake's clock (default: real time). */
  now?: () => number;
  /** Replies to a person's latest message are free for this long (default 48 h)… */
  windowMs?: number;
  /** …up to this many per message (default 8); every other message is proactive. */
  replyBudget?: number;
  /** Proactive messages allowed (default 1,000); beyond them sends fail with -211. */
  proactiveQuota?: number;
}

/**
 * Zalo's OA billing as the fake OA server applies it: a message that answers the person's
 * latest message (`recipient.message_id`) within the window and budget is a free reply; one
 * with only `user_id`, a stale message id, or past the budget is proactive and spends the quota.
 */
export function createOaBilling(options: OaBillingOptions = {}) {
  const now = options.now ?? Date.now;
  const windowMs = options.windowMs ?? 48 * 3_600_000;
  const replyBudget = options.replyBudget ?? 8;
  const proactiveQuota = options.proactiveQuota ?? 1000;
  /** Messages people sent to the OA, and each person's latest one with the replies used since. */
  const inbound = new Map<string, { userId: string; at: number }>();
  const latest = new Map<string, { msgId: string; at: number; used: number }>();
  const counts = { reply: 0, proactive: 0, refusedQuota: 0 };

  const wrote = (userId: string, msgId: string, at: number) => {
    inbound.set(msgId, { userId, at });
    latest.set(userId, { msgId, at, used: 0 });
    return msgId;
  };

  return {
    /** The person a message id belongs to ('' when unknown). */
    userOf: (msgId: string): string => inbound.get(msgId)?.userId ?? '',
    /** Bills one message that Zalo accepted; undefined when it is proactive and the quota is spent. */
    bill(recipient: Record<string, unknown>, userId: string): OaBilling | undefined {
      const msgId = recipient['message_id'];
      const last = latest.get(userId);
      const free =
        typeof msgId === 'string' && last?.msgId === msgId && now() - last.at <= windowMs && last.used < replyBudget;
      if (free) {
        last.used += 1;
        counts.reply += 1;
        return 'reply';
      }
      if (counts.proactive >= proactiveQuota) {
        counts.refusedQuota += 1;
        return undefined;
      }
      counts.proactive += 1;
      return 'proactive';
    },
    /** What Zalo counted: free replies, proactive messages, and proactive sends refused for quota. */
    get counts() {
      return { ...counts };
    },
    /** A person writes to the OA now: their message id opens a fresh window of free replies. */
    userWrote: (userId: string, msgId: string = randomUUID().replace(/-/g, '')) => wrote(userId, msgId, now()),
    /** The same, at a given time of the fake's clock (a message from days ago). */
    userWroteAt: (userId: string, msgId: string, at: number) => wrote(userId, msgId, at),
  };
}
