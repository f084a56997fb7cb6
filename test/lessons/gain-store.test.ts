import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_WARDS } from '../../src/core/stats/stats-keys.ts';
import { readLearningGain } from '../../src/features/lessons/gain-report.ts';
import { createGainRecorder, GAIN_OUTCOME_TTL_MS, gainKeys } from '../../src/features/lessons/gain-store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { bothStores } from '../support/stores.ts';
import { repoContent } from '../support/test-app.ts';

const hasRedis = await redisAvailable();
const now = new Date('2026-11-25T02:00:00Z');

describe.each(bothStores('gain-store', hasRedis))('learning-gain outcomes (%s store)', (_n, on, open) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it.runIf(on)('keeps one outcome per learner and lesson, counted in the ward and in all wards', async () => {
    const { store, cleanup } = open();
    cleanups.push(cleanup);
    const gain = createGainRecorder(store);
    const lesson = (await repoContent()).lesson('vneid')!;
    expect(await gain.record('vneid', 'anon-a', 'phuong-yen-hoa', { kind: 'pre', right: 1, total: 2 }, now)).toBe(true);
    // A second check, or a skip after answering, is the same slot: nothing changes.
    expect(await gain.record('vneid', 'anon-a', 'phuong-yen-hoa', { kind: 'pre', right: 2, total: 2 }, now)).toBe(
      false,
    );
    expect(await gain.record('vneid', 'anon-a', 'phuong-yen-hoa', { kind: 'pre-skip' }, now)).toBe(false);
    expect(await gain.record('vneid', 'anon-b', 'xa-bat-trang', { kind: 'pre-skip' }, now)).toBe(true);
    const review = { kind: 'review', questionId: 'q2', days: 1, right: true, at: now.toISOString() } as const;
    expect(await gain.record('vneid', 'anon-a', 'phuong-yen-hoa', review, now)).toBe(true);
    expect(await gain.record('vneid', 'anon-a', 'phuong-yen-hoa', review, now)).toBe(false);
    expect(await gain.record('vneid', 'anon-a', 'phuong-yen-hoa', { kind: 'task', answer: 'help' }, now)).toBe(true);
    expect(await gain.outcome('vneid', 'anon-a', 'pre')).toEqual({
      kind: 'pre',
      right: 1,
      total: 2,
      ward: 'phuong-yen-hoa',
      at: now.toISOString(),
    });
    const [yh] = await readLearningGain(store, [lesson], 'phuong-yen-hoa');
    expect(yh).toMatchObject({
      before: { right: 1, total: 2, n: 1, rate: 0.5, skipped: 0 },
      review: { right: 1, n: 1, byDays: { '1': { n: 1, right: 1 }, '3': { n: 0 } } },
      task: { n: 1, right: 0, help: 1, notTried: 0, rate: 0 },
      after: { n: 0, rate: undefined },
    });
    const [all] = await readLearningGain(store, [lesson], ALL_WARDS);
    expect(all?.before).toMatchObject({ n: 1, skipped: 1 });
  });
});

describe.runIf(hasRedis)('learning-gain keys on Redis', () => {
  it('give every learner outcome an expiry', async () => {
    const prefix = uniquePrefix('gain-ttl');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
    const redis = new Redis(TEST_REDIS_URL);
    try {
      await createGainRecorder(store).record(
        'vneid',
        'anon-a',
        'phuong-yen-hoa',
        { kind: 'post', right: 4, total: 5 },
        now,
      );
      const ttl = await redis.pttl(`${prefix}${gainKeys.outcome('vneid', 'anon-a', 'post')}`);
      expect(ttl).toBeGreaterThan(GAIN_OUTCOME_TTL_MS - 60_000);
      expect(ttl).toBeLessThanOrEqual(GAIN_OUTCOME_TTL_MS);
    } finally {
      redis.disconnect();
      await store.close();
      await cleanupPrefix(prefix);
    }
  });
});
