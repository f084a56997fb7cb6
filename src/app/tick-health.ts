import type { Store } from '../core/store.ts';

/** When the minute tick last ran, in any process (ms since the epoch). */
export const LAST_TICK_KEY = 'tick:last';
/** /healthz fails after this long without a tick: reminders, scheduled broadcasts and upkeep have stopped. */
export const TICK_STALE_MS = 3 * 60_000;

/** Records that a tick ran now (kept a day: a deployment without ticks for a day has no record). */
export async function recordTick(store: Store, nowMs: number = Date.now()): Promise<void> {
  await store.set(LAST_TICK_KEY, nowMs, { ttlMs: 24 * 60 * 60_000 });
}

/**
 * Seconds since the last tick (null when none is recorded), and whether the tick is alive: a tick
 * within three minutes, counting from `sinceMs` (the process start) at the earliest.
 */
export async function tickHealth(
  store: Store,
  sinceMs: number,
  nowMs: number = Date.now(),
): Promise<{ ok: boolean; ageSeconds: number | null }> {
  const last = await store.get<number>(LAST_TICK_KEY);
  // A process just started gives the tick three minutes too (a restarted deployment's record is old).
  const age = nowMs - Math.max(last ?? 0, sinceMs);
  return { ok: age <= TICK_STALE_MS, ageSeconds: last === undefined ? null : Math.round((nowMs - last) / 1000) };
}
