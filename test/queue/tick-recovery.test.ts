import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { recordTick, tickHealth, TICK_STALE_MS } from '../../src/app/tick-health.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { startBullmqTicker } from '../../src/queue/bullmq-ticker.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { uniqueQueuePrefix } from '../support/bullmq.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';

const hasRedis = await redisAvailable();

/** A Redis database of its own (7 on the test server): only this test flushes it, never the shared one. */
function ownDatabase(): string {
  const url = new URL(TEST_REDIS_URL);
  url.pathname = '/7';
  return url.toString();
}

async function until(test: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(hasRedis)('the minute tick after Redis lost its data', () => {
  it('comes back by itself: every worker upserts the schedule again', async () => {
    const url = ownDatabase();
    const admin = new Redis(url, { maxRetriesPerRequest: 1 });
    let ticks = 0;
    // Seconds stand in for minutes: a tick every 500 ms, the schedule re-checked every 300 ms.
    const ticker = await startBullmqTicker({
      url,
      prefix: uniqueQueuePrefix('tick'),
      everyMs: 500,
      recheckMs: 300,
      logger: silentLogger,
      run: async () => void (ticks += 1),
    });
    try {
      await until(() => ticks >= 2, 'the first ticks', 30_000);
      await admin.flushdb();
      const before = ticks;
      await until(() => ticks >= before + 2, 'ticks after FLUSHDB', 120_000);
      expect(ticks).toBeGreaterThanOrEqual(before + 2);
    } finally {
      await ticker.stop();
      await admin.flushdb();
      admin.disconnect();
    }
  }, 180_000);
});

describe('/healthz tick check', () => {
  it('is fine within three minutes of the last tick or of the start, and fails after', async () => {
    const store = createMemoryStore();
    const start = Date.parse('2026-12-03T05:00:00Z');
    expect(await tickHealth(store, start, start + 60_000)).toEqual({ ok: true, ageSeconds: null });
    expect((await tickHealth(store, start, start + TICK_STALE_MS + 1)).ok).toBe(false);
    await recordTick(store, start + 200_000);
    expect(await tickHealth(store, start, start + 260_000)).toEqual({ ok: true, ageSeconds: 60 });
    expect(await tickHealth(store, start, start + 200_000 + TICK_STALE_MS + 1000)).toEqual({
      ok: false,
      ageSeconds: 181,
    });
  });
});
