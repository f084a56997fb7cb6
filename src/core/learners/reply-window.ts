import type { Store } from '../store.ts';
import { WINDOW_MARGIN_MS, type ZaloOaRules } from './zalo-window.ts';

/** A person's latest message to the OA: what a free reply must carry, and when its window opened. */
export interface ReplyWindow {
  msgId: string;
  at: string;
}

/** Free replies taken for one send: answer `msgId` with `taken` messages. */
export interface TakenReplies {
  msgId: string;
  taken: number;
}

/**
 * Each Zalo OA user's free-reply window, shared by every process through the store: the last
 * message id and time (`zalooa:window:<user id>`) and the replies used since
 * (`zalooa:replies:<msg id>`). Both expire with the window.
 */
export interface ReplyWindows {
  /** Records a message from the person; a newer message opens a fresh window and budget. */
  opened(userId: string, msgId: string, at: Date): Promise<void>;
  /** The open window, if any. */
  current(userId: string, now: Date): Promise<ReplyWindow | undefined>;
  /** Takes up to `wanted` free replies at once (never more than the budget across processes). */
  take(userId: string, wanted: number, now: Date): Promise<TakenReplies | undefined>;
  /** Returns replies that were not sent after all. */
  giveBack(taken: TakenReplies): Promise<void>;
  /** Free replies left now: 0 outside the window. */
  left(userId: string, now: Date): Promise<number>;
}

const windowKey = (userId: string) => `zalooa:window:${userId}`;
const repliesKey = (msgId: string) => `zalooa:replies:${msgId}`;

export function createReplyWindows(store: Store, rules: Pick<ZaloOaRules, 'windowMs' | 'replyBudget'>): ReplyWindows {
  const open = (w: ReplyWindow | undefined, now: Date): w is ReplyWindow =>
    w !== undefined && now.getTime() - Date.parse(w.at) < rules.windowMs - WINDOW_MARGIN_MS;
  const current = async (userId: string, now: Date) => {
    const w = await store.get<ReplyWindow>(windowKey(userId));
    return open(w, now) ? w : undefined;
  };
  return {
    async opened(userId, msgId, at) {
      const known = await store.get<ReplyWindow>(windowKey(userId));
      // Webhooks may arrive out of order: an older message never replaces a newer one.
      if (known && Date.parse(known.at) > at.getTime()) return;
      await store.set<ReplyWindow>(windowKey(userId), { msgId, at: at.toISOString() }, { ttlMs: rules.windowMs });
    },
    current,
    async take(userId, wanted, now) {
      const w = await current(userId, now);
      if (!w || wanted < 1) return undefined;
      for (let n = Math.min(wanted, rules.replyBudget); n > 0; n--) {
        if (
          (await store.incrUpTo(repliesKey(w.msgId), 'used', n, rules.replyBudget, { ttlMs: rules.windowMs })) !==
          undefined
        )
          return { msgId: w.msgId, taken: n };
      }
      return undefined;
    },
    async giveBack(taken) {
      if (taken.taken > 0)
        await store.incrUpTo(repliesKey(taken.msgId), 'used', -taken.taken, rules.replyBudget, {
          ttlMs: rules.windowMs,
        });
    },
    async left(userId, now) {
      const w = await current(userId, now);
      if (!w) return 0;
      const used = (await store.counters(repliesKey(w.msgId)))['used'] ?? 0;
      return Math.max(rules.replyBudget - used, 0);
    },
  };
}
