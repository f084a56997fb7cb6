import type { Redis } from 'ioredis';
import type { ChannelLimits } from './channel-limits.ts';

// Reserves the next send slot of a channel, in µs on Redis's clock (so every process agrees),
// and returns the µs to wait for it. ARGV: interval µs, key lifetime ms, sends of a warm-up,
// warm-up pause µs.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local last = redis.call('HMGET', KEYS[1], 'at', 'n')
local slot = now
local n = 1
if last[1] then
  slot = math.max(now, tonumber(last[1]) + tonumber(ARGV[1]))
  n = tonumber(last[2]) + 1
end
if n == tonumber(ARGV[3]) + 1 then slot = slot + tonumber(ARGV[4]) end
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

/**
 * A send woken more than this after its slot takes a new one. With the pace's margin (2–2.5%
 * of a second, 20–25 ms) no second can then hold more than the limit, however the sends bunch.
 */
const MAX_LATE_MS = 10;
const MAX_RESLOTS = 3;

/** Below this spacing pacing is pointless (the worker cannot send that fast anyway). */
const MIN_INTERVAL_US = 50;

/**
 * Spaces the sends of one channel evenly, across every worker process: each send reserves the
 * slot `durationMs / max` after the previous one and waits for it. Unlike a window limiter
 * (which restarts its window a little late every time, and lets a whole window's sends go at
 * once), the pace never drifts and never bunches, so the rate stays at the limit while the
 * platform's sliding second is not overrun. A job that ends up sending nothing (a skipped
 * reminder) takes no slot.
 */
export interface SendPacer {
  /** Claims the chat for `perChatMs`; false when it got a message less than that ago. */
  claimChat(chat: string): Promise<boolean>;
  /** Waits for the channel's next send slot. */
  nextSlot(): Promise<void>;
}

interface PacerScripts {
  hvReserveSlot(
    key: string,
    intervalUs: string,
    keepMs: string,
    warmUpSends: string,
    warmUpPauseUs: string,
  ): Promise<number>;
}

export function createSendPacer(redis: Redis, keyPrefix: string, limits: ChannelLimits): SendPacer {
  const intervalUs = Math.ceil((limits.durationMs * 1000) / limits.max);
  redis.defineCommand('hvReserveSlot', { numberOfKeys: 1, lua: RESERVE });
  const scripts = redis as Redis & PacerScripts;
  // Kept long enough to outlive any queue of reserved slots.
  const keepMs = String(Math.max(60_000, limits.durationMs * 10));
  return {
    async claimChat(chat) {
      if (limits.perChatMs <= 0) return true;
      return (await redis.set(`${keyPrefix}:chat:${chat}`, '1', 'PX', limits.perChatMs, 'NX')) === 'OK';
    },
    async nextSlot() {
      if (intervalUs < MIN_INTERVAL_US) return;
      for (let attempt = 0; ; attempt++) {
        // Redis measured the wait when it ran the script, some time between asking and the
        // answer: reckoned from the asking, a reply handled late (a busy event loop, a stall)
        // shows as lateness below instead of shifting this send onto the next slots.
        const asked = performance.now();
        const waitUs = Number(
          await scripts.hvReserveSlot(
            `${keyPrefix}:pace`,
            String(intervalUs),
            keepMs,
            String(WARM_UP_SENDS),
            String(WARM_UP_PAUSE_US),
          ),
        );
        const due = asked + waitUs / 1000;
        if (due - performance.now() > 0) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
        // Woken late (a GC pause, a busy event loop): sending now would bunch with the sends of
        // the next slots. Take a new slot instead, so no send is far from its own.
        if (performance.now() - due <= MAX_LATE_MS || attempt >= MAX_RESLOTS) return;
      }
    },
  };
}
