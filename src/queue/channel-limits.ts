import type { ChannelName } from '../core/message.ts';

/** How fast the outbound worker of one channel may send. */
export interface ChannelLimits {
  /**
   * At most `max` messages per `durationMs`, across every worker process of the channel, evenly spaced (one every
   * `durationMs / max`).
   */
  max: number;
  durationMs: number;
  /** Minimum gap between two messages to the same conversation (0: none). */
  perChatMs: number;
  /** Jobs one worker process sends at once. */
  concurrency: number;
  /** Jobs of these kinds go out on a faster pace of their own, as paid broadcasts. */
  paid?: PaidLane;
}

/** A faster pace for some kinds of jobs, sent as paid broadcasts (Telegram `allow_paid_broadcast`). */
export interface PaidLane {
  max: number;
  durationMs: number;
  kinds: readonly string[];
}

/**
 * Platform limits: Telegram allows about 30 messages/s overall and about 1/s per chat;
 * Zalo OA 4,000 requests/min; the Zalo Bot API publishes none, so it gets Telegram's.
 * Telegram's 30 are spaced over 1,020 ms (98% of the limit): a send arriving up to 20 ms late
 * then still cannot make 31 in any second, which would cost a 429 and a pause.
 */
export const CHANNEL_LIMITS: Record<ChannelName, ChannelLimits> = {
  telegram: { max: 30, durationMs: 1025, perChatMs: 1000, concurrency: 10 },
  zalo: { max: 30, durationMs: 1025, perChatMs: 1000, concurrency: 10 },
  zalooa: { max: 4000, durationMs: 60_000, perChatMs: 0, concurrency: 10 },
  web: { max: 50, durationMs: 1000, perChatMs: 0, concurrency: 5 },
  console: { max: 100, durationMs: 1000, perChatMs: 0, concurrency: 1 },
};

/**
 * Telegram paid broadcasts (`allow_paid_broadcast`, charged in Stars): up to 1,000 messages/s, with the same 2% margin.
 */
export const PAID_BROADCAST_RATE = { max: 1000, durationMs: 1020 } as const;

/**
 * `limits` with jobs of `kinds` sent as paid broadcasts at up to 1,000/s; the other jobs keep
 * the free pace. More sends in flight (64) keep the fast lane full; more than that makes
 * arrivals jitter into 429s.
 */
export function withPaidBroadcasts(limits: ChannelLimits, kinds: readonly string[]): ChannelLimits {
  return { ...limits, concurrency: Math.max(limits.concurrency, 64), paid: { ...PAID_BROADCAST_RATE, kinds } };
}

export function limitsFor(
  channel: ChannelName,
  overrides?: Partial<Record<ChannelName, Partial<ChannelLimits>>>,
): ChannelLimits {
  return { ...CHANNEL_LIMITS[channel], ...overrides?.[channel] };
}
