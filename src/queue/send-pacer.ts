import type { Redis } from 'ioredis';
import type { ChannelLimits } from './channel-limits.ts';

// Reserves the next send slot of a channel (µs on Redis's clock, so every process agrees) and,
// when a per-chat gap applies, claims the chat first. Returns -1 when the chat is still in its
// gap, else the µs to wait before sending. ARGV: interval µs, key lifetime ms, per-chat gap ms,
// sends of a warm-up, warm-up pause µs.
const RESERVE = `
if ARGV[3] ~= '0' and redis.call('SET', KEYS[2], '1', 'PX', ARGV[3], 'NX') == false then return -1 end
if ARGV[1] == '0' then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local last = redis.call('HMGET', KEYS[1], 'at', 'n')
local slot = now
local n = 1
if last[1] then
  slot = math.max(now, tonumber(last[1]) + tonumber(ARGV[1]))
  n = tonumber(last[2]) + 1
end
if n == tonumber(ARGV[4]) + 1 then slot = slot + tonumber(ARGV[5]) end
redis.call('HSET', KEYS[1], 'at', string.format('%d', slot), 'n', n)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return slot - now`;

/**
 * The first sends after an idle spell open connections and run cold code, and arrive late by
 * up to some tens of milliseconds; sends a second later do not. One pause after them keeps
 * those late ones and their successors a second apart from running into the same second.
 */
const WARM_UP_SENDS = 10;
const WARM_UP_PAUSE_US = 60_000;

/** Below this spacing pacing is pointless (the worker cannot send that fast anyway). */
const MIN_INTERVAL_US = 50;

/**
 * Spaces the sends of one channel evenly, across every worker process: each send reserves the
 * slot `durationMs / max` after the previous one and waits for it. Unlike a window limiter
 * (which restarts its window a little late every time, and lets a whole window's sends go at
 * once), the pace never drifts and never bunches, so the rate stays at the limit while the
 * platform's sliding second is not overrun.
 */
export interface SendPacer {
  /** Waits for the channel's next slot; false (at once) when the chat got a message less than `perChatMs` ago. */
  acquire(chat: string): Promise<boolean>;
}

export function createSendPacer(redis: Redis, keyPrefix: string, limits: ChannelLimits): SendPacer {
  const intervalUs = Math.ceil((limits.durationMs * 1000) / limits.max);
  const paced = intervalUs >= MIN_INTERVAL_US;
  if (!paced && limits.perChatMs <= 0) return { acquire: async () => true };
  const slotKey = `${keyPrefix}:pace`;
  // Kept long enough to outlive any queue of reserved slots.
  const keepMs = String(Math.max(60_000, limits.durationMs * 10));
  const args = [paced ? String(intervalUs) : '0', keepMs, String(Math.max(0, limits.perChatMs)), String(WARM_UP_SENDS), String(WARM_UP_PAUSE_US)];
  return {
    async acquire(chat) {
      const waitUs = Number(await redis.eval(RESERVE, 2, slotKey, `${keyPrefix}:chat:${chat}`, ...args));
      if (waitUs < 0) return false;
      if (waitUs > 0) await new Promise((resolve) => setTimeout(resolve, waitUs / 1000));
      return true;
    },
  };
}
