import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createSendPacer } from '../../src/queue/send-pacer.ts';
import { redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';

const hasRedis = await redisAvailable();

/** Blocks the event loop, as a long GC pause or a busy turn does. */
function stall(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

const gaps = (times: number[]) =>
  [...times].sort((a, b) => a - b).flatMap((t, i, all) => (i === 0 ? [] : [t - all[i - 1]!]));

describe.runIf(hasRedis)('send pacer', () => {
  const open: Redis[] = [];
  afterEach(() => {
    for (const redis of open.splice(0)) redis.disconnect();
  });

  it('keeps sends a slot apart when the answers for their slots are handled late (a stalled event loop)', async () => {
    const redis = new Redis(TEST_REDIS_URL, { enableAutoPipelining: true });
    open.push(redis);
    // One send every 50 ms; the pacer lets a send go at most 10 ms after its slot.
    const pacer = createSendPacer(redis, uniquePrefix('pacer'), {
      max: 20,
      durationMs: 1000,
      perChatMs: 0,
      concurrency: 16,
    });
    const sentAt: number[] = [];
    const send = () => pacer.nextSlot().then(() => void sentAt.push(performance.now()));

    // Past the warm-up: these take their slots in turn.
    await Promise.all(Array.from({ length: 11 }, send));
    sentAt.length = 0;

    // Five sends ask for their slots; Redis answers at once, but the event loop is stuck for
    // 200 ms before it reads the answers. Then five more sends ask.
    const first = Array.from({ length: 5 }, send);
    // Queued after the immediate in which the connection writes the auto-pipelined commands.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        stall(200);
        resolve();
      }),
    );
    const second = Array.from({ length: 5 }, send);
    await Promise.all([...first, ...second]);

    expect(sentAt).toHaveLength(10);
    // Had the first five waited their full waits from the late moment, they would have gone
    // out together with the next five, 0 ms apart.
    expect(Math.min(...gaps(sentAt))).toBeGreaterThanOrEqual(30);
  });
});
