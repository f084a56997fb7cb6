import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { ReplyWindows } from '../../core/learners/reply-window.ts';
import { windowHours, type ZaloOaRules } from '../../core/learners/zalo-window.ts';
import { channelOf } from '../../core/message.ts';
import type { Reply } from '../../core/message.ts';
import type { QuotaLedger } from '../../core/outbound/quota-ledger.ts';
import { formatCount } from './report.ts';

/** What broadcast planning needs to know of the Zalo OA's billing. */
export interface ZaloOaBudget {
  rules: ZaloOaRules;
  windows: ReplyWindows;
  ledger: QuotaLedger;
  /** How many OA messages a reply takes (a picture and a link: two); one when unknown. */
  messagesFor?: (parts: Reply) => number;
}

/** How a broadcast would go out now, person by person. */
export interface SendPlan {
  total: number;
  /** Free: other apps, and Zalo OA followers who wrote within the window, with a free reply left for every message. */
  free: number;
  /** Zalo OA followers outside the window: each spends one message of the month's quota. */
  quota: number;
  /** Typed "dừng", blocked the bot, stopped following the OA, or unknown. */
  unreachable: number;
  quotaLeft: number;
  quotaLimit: number;
  windowHours: number;
  /** OA messages each recipient gets: the quota needed is `quota × messagesEach`. */
  messagesEach: number;
}

const BATCH = 200;

/** Sorts recipients by what their message will cost, as the OA channel will decide at send time. */
export async function planSend(
  deps: { learners: LearnerRepo; zaloOa: ZaloOaBudget },
  ids: readonly string[],
  message: Reply,
  now: Date,
): Promise<SendPlan> {
  const usage = await deps.zaloOa.ledger.usage(now);
  const messagesEach = Math.max(deps.zaloOa.messagesFor?.(message) ?? 1, 1);
  const plan: SendPlan = {
    total: ids.length,
    free: 0,
    quota: 0,
    unreachable: 0,
    quotaLeft: usage.left,
    quotaLimit: usage.limit,
    windowHours: windowHours(deps.zaloOa.rules),
    messagesEach,
  };
  for (let i = 0; i < ids.length; i += BATCH) {
    const kinds = await Promise.all(
      ids.slice(i, i + BATCH).map(async (id): Promise<'free' | 'quota' | 'unreachable'> => {
        const learner = await deps.learners.get(id);
        if (!learner || !learner.subscribed || learner.unreachable) return 'unreachable';
        if (channelOf(id) !== 'zalooa') return 'free';
        // A message partly free and partly on the quota is billed: shown as quota, never as free.
        return (await deps.zaloOa.windows.left(id.slice('zalooa:'.length), now)) >= messagesEach ? 'free' : 'quota';
      }),
    );
    for (const kind of kinds) plan[kind] += 1;
  }
  return plan;
}

/**
 * "300 sẽ nhận miễn phí (đã nhắn trong 48 giờ) · 700 dùng hạn mức (còn 1.000/1.000 tháng này) · 0 không gửi được", and
 * a warning when the quota falls short.
 */
export function planText(p: SendPlan): string {
  const each = p.messagesEach > 1 && p.quota > 0 ? `, mỗi người ${p.messagesEach} tin` : '';
  const line =
    `${formatCount(p.free)} sẽ nhận miễn phí (đã nhắn trong ${p.windowHours} giờ) · ` +
    `${formatCount(p.quota)} dùng hạn mức (còn ${formatCount(p.quotaLeft)}/${formatCount(p.quotaLimit)} tháng ` +
    `này${each}) · ` +
    `${formatCount(p.unreachable)} không gửi được`;
  const short = p.quota - Math.floor(p.quotaLeft / p.messagesEach);
  return short > 0
    ? `${line}\n⚠️ Hạn mức Zalo OA tháng này không đủ: ${formatCount(short)} người sẽ không nhận được.`
    : line;
}
