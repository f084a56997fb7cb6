import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';

/** The one suite every Store implementation must pass. `make` returns a fresh, empty store. */
export function storeContract(name: string, make: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`Store contract: ${name}`, () => {
    const withStore = (fn: (store: Store) => Promise<void>) => async () => {
      const { store, cleanup } = await make();
      try {
        await fn(store);
      } finally {
        await cleanup();
      }
    };

    it(
      'stores JSON values and deletes them',
      withStore(async (store) => {
        expect(await store.get('missing')).toBeUndefined();
        await store.set('a', { n: 1, text: 'Xin chào' });
        expect(await store.get('a')).toEqual({ n: 1, text: 'Xin chào' });
        await store.delete('a');
        expect(await store.get('a')).toBeUndefined();
      }),
    );

    it(
      'expires values with a ttl',
      withStore(async (store) => {
        await store.set('t', 1, { ttlMs: 30 });
        expect(await store.get('t')).toBe(1);
        await new Promise((r) => setTimeout(r, 60));
        expect(await store.get('t')).toBeUndefined();
      }),
    );

    it(
      'never loses updates made concurrently to the same key',
      withStore(async (store) => {
        // Interleaved writers with random delays, like two messages from one learner at once.
        await Promise.all(
          Array.from({ length: 40 }, async (_, i) => {
            await new Promise((r) => setTimeout(r, Math.random() * 10));
            await store.update<{ seen: number[] }>('learner', (cur) => ({ seen: [...(cur?.seen ?? []), i] }));
          }),
        );
        const final = await store.get<{ seen: number[] }>('learner');
        expect(final?.seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
      }),
    );

    it(
      'setIfAbsent writes once; deleteIfEquals releases only its own value',
      withStore(async (store) => {
        expect(await store.setIfAbsent('lock', 'me', { ttlMs: 5000 })).toBe(true);
        expect(await store.setIfAbsent('lock', 'you', { ttlMs: 5000 })).toBe(false);
        expect(await store.deleteIfEquals('lock', 'you')).toBe(false);
        expect(await store.deleteIfEquals('lock', 'me')).toBe(true);
        expect(await store.setIfAbsent('lock', 'you')).toBe(true);
      }),
    );

    it(
      'counts with hash counters',
      withStore(async (store) => {
        await Promise.all(Array.from({ length: 25 }, () => store.incr('stats', 'lessons')));
        await store.incr('stats', 'quiz', 3);
        expect(await store.counters('stats')).toEqual({ lessons: 25, quiz: 3 });
        expect(await store.counters('none')).toEqual({});
      }),
    );

    it(
      'markAndCount marks and counts a field once, however many callers race',
      withStore(async (store) => {
        expect(await store.incr('settled', 'telegram:1', 0)).toBe(0); // a read that leaves a 0 behind is no mark
        const won = await Promise.all(
          Array.from({ length: 20 }, () => store.markAndCount('settled', 'telegram:1', 'counts', 'delivered')),
        );
        expect(won.filter(Boolean)).toHaveLength(1);
        expect(await store.markAndCount('settled', 'telegram:2', 'counts', 'failed')).toBe(true);
        expect(await store.counters('counts')).toEqual({ delivered: 1, failed: 1 });
        expect(await store.incr('settled', 'telegram:1', 0)).toBe(1);
      }),
    );

    it(
      'adds to a counter only up to a limit, atomically, with an expiry',
      withStore(async (store) => {
        const results = await Promise.all(
          Array.from({ length: 30 }, () => store.incrUpTo('quota', 'used', 1, 20, { ttlMs: 60_000 })),
        );
        expect(results.filter((r) => r !== undefined)).toHaveLength(20);
        expect(await store.incrUpTo('quota', 'used', 1, 20)).toBeUndefined();
        expect(await store.incrUpTo('quota', 'used', -2, 20)).toBe(18);
        expect(await store.incrUpTo('quota', 'used', 3, 20)).toBeUndefined();
        expect(await store.incrUpTo('quota', 'used', 2, 20)).toBe(20);
        expect(await store.counters('quota')).toEqual({ used: 20 });
        await store.incrUpTo('short', 'used', 1, 5, { ttlMs: 30 });
        await new Promise((r) => setTimeout(r, 80));
        expect(await store.counters('short')).toEqual({});
      }),
    );

    it(
      'orders sorted-set members by score and pages them',
      withStore(async (store) => {
        await store.zadd('due', [
          { member: 'c', score: 30 },
          { member: 'a', score: 10 },
          { member: 'b', score: 20 },
        ]);
        expect(await store.zrangeByScore('due', 0, 25)).toEqual(['a', 'b']);
        expect(await store.zrangeByScore('due', 0, 100, 2)).toEqual(['a', 'b']);
        expect(await store.zscore('due', 'c')).toBe(30);
        await store.zadd('due', [{ member: 'a', score: 40 }]);
        expect(await store.zrangeByScore('due', 0, 100)).toEqual(['b', 'c', 'a']);
        await store.zrem('due', ['b']);
        expect(await store.zcard('due')).toBe(2);
        expect(await store.zscore('due', 'b')).toBeUndefined();
      }),
    );

    it(
      'keeps sets of members',
      withStore(async (store) => {
        await store.sadd('ward', ['telegram:1', 'zalo:2', 'telegram:1']);
        expect((await store.smembers('ward')).sort()).toEqual(['telegram:1', 'zalo:2']);
        expect(await store.scard('ward')).toBe(2);
        expect(await store.sismember('ward', 'zalo:2')).toBe(true);
        await store.srem('ward', ['zalo:2']);
        expect(await store.smembers('ward')).toEqual(['telegram:1']);
        expect(await store.sismember('ward', 'zalo:2')).toBe(false);
        expect(await store.sismember('none', 'telegram:1')).toBe(false);
      }),
    );

    it(
      'takes sets and sorted sets of 150,000 members in one call (a broadcast to a whole city)',
      withStore(async (store) => {
        const ids = Array.from({ length: 150_000 }, (_, i) => `telegram:${1_000_000 + i}`);
        await store.sadd('city', ids);
        expect(await store.scard('city')).toBe(ids.length);
        await store.srem('city', ids.slice(0, 140_000));
        expect(await store.scard('city')).toBe(10_000);
        await store.zadd(
          'order',
          ids.map((member, score) => ({ member, score })),
        );
        expect(await store.zcard('order')).toBe(ids.length);
        expect(await store.zrangeByScore('order', 149_998, 200_000)).toEqual(ids.slice(-2));
        await store.zrem('order', ids.slice(1));
        expect(await store.zrangeByScore('order', 0, 200_000)).toEqual([ids[0]]);
      }),
      30_000,
    );

    it(
      'appends to capped logs and reads ranges',
      withStore(async (store) => {
        for (let i = 0; i < 5; i++) await store.append('audit', { i }, 3);
        expect(await store.range('audit', 0, -1)).toEqual([{ i: 2 }, { i: 3 }, { i: 4 }]);
        expect(await store.range('audit', -1, -1)).toEqual([{ i: 4 }]);
      }),
    );

    it(
      'answers ping',
      withStore(async (store) => {
        expect(await store.ping()).toBe(true);
      }),
    );
  });
}
