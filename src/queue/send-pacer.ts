import type { Redis } from 'ioredis';
import type { ChannelLimits } from './channel-limits.ts';

// Reserves the next send slot of a channel (µs on Redis's clock, so every process agrees) and,
// when a per-chat gap applies, claims the chat first. Returns -1 when the chat is still in its
// gap, else the µs to wait before sending. After an idle spell the first send usually opens a
// connection and arrives late, so the one after it keeps two intervals away.
const RESERVE = `
if ARGV[3] ~= '0' and redis.call('SET', KEYS[2], '1', 'PX', ARGV[3], 'NX') == false then return -1 end
if ARGV[1] == '0' then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local last = redis.call('GET', KEYS[1])
local slot = now
local taken = now + tonumber(ARGV[1])
if last then slot = math.max(now, tonumber(last) + tonumber(ARGV[1])); taken = slot end
redis.call('SET', KEYS[1], string.format('%d', taken), 'PX', ARGV[2])
return slot - now`;

/** Below this spacing pacing is pointless (the worker cannot send that fast anyway). */
const MIN_INTERVAL_US = 50;

/**
 * Spaces the sends of one channel evenly, across every worker process: each send reserves the
 * slot `durationMs / max` after the previous one and waits for it. Unlike a window limiter
 * (which restarts its window a little late every time, and lets a whole window's sends arrive
 * at once), the pace never drifts and never bunches, so the platform's sliding one-second
 * window is not overrun while the achieved rate stays at the limit.
 */
export interface SendPacer {
  /** Milliseconds to wait before sending to `chat`, or undefined when the chat got a message less than `perChatMs` ago. */
  reserve(chat: string): Promise<number | undefined>;
}

export function createSendPacer(redis: Redis, keyPrefix: string, limits: ChannelLimits): SendPacer {
  const intervalUs = Math.ceil((limits.durationMs * 1000) / limits.max);
  const paced = intervalUs >= MIN_INTERVAL_US;
  if (!paced && limits.perChatMs <= 0) return { reserve: async () => 0 };
  const slotKey = `${keyPrefix}:pace`;
  // Kept long enough to outlive any queue of reserved slots.
  const keepMs = String(Math.max(60_000, limits.durationMs * 10));
  return {
    async reserve(chat) {
      const waitUs = Number(await redis.eval(RESERVE, 2, slotKey, `${keyPrefix}:chat:${chat}`, paced ? String(intervalUs) : '0', keepMs, String(Math.max(0, limits.perChatMs))));
      return waitUs < 0 ? undefined : waitUs / 1000;
    },
  };
}
