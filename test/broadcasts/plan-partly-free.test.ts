import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import type { Reply } from '../../src/core/message.ts';
import { planSend, planText } from '../../src/features/broadcasts/plan.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { testApp } from '../support/test-app.ts';

const hasRedis = await redisAvailable();
const NOW = new Date('2026-12-03T02:00:00Z');
const TEXT: Reply = [{ type: 'text', text: 'Thứ Bảy này có buổi hướng dẫn VNeID ở nhà văn hóa.' }];
const TWO: Reply = [
  { type: 'image', url: 'https://example.org/lich.jpg', caption: 'Lịch học' },
  { type: 'link', title: 'Xem thêm', url: 'https://example.org/lich' },
];

describe.runIf(hasRedis)('broadcast preview: a message partly free and partly on the quota (Redis)', () => {
  const prefix = uniquePrefix('plan-partly-free');
  let store: Store;
  beforeAll(() => {
    store = createRedisStore({ url: TEST_REDIS_URL, prefix });
  });
  afterAll(async () => {
    await store?.close();
    await cleanupPrefix(prefix);
  });

  it('counts a follower with one free reply left as free for one message, as quota for two', async () => {
    const app = await testApp({ store });
    const ids = ['zalooa:partly-1', 'zalooa:partly-2'];
    for (const [i, id] of ids.entries()) {
      await app.learners.update(id, NOW, (l) => ({ ...l, subscribed: true }));
      const user = id.slice('zalooa:'.length);
      await app.zaloOa.windows.opened(user, `msg-${i}`, NOW);
      // 7 of the 8 free replies already used: one left.
      await app.zaloOa.windows.take(user, 7, NOW);
      expect(await app.zaloOa.windows.left(user, NOW)).toBe(1);
    }
    const deps = { learners: app.learners, zaloOa: app.zaloOa };
    expect(await planSend(deps, ids, TEXT, NOW)).toMatchObject({ free: 2, quota: 0 });
    const two = await planSend(deps, ids, TWO, NOW);
    expect(two).toMatchObject({ free: 0, quota: 2, messagesEach: 2 });
    expect(planText(two)).toMatch(/^0 sẽ nhận miễn phí .* 2 dùng hạn mức .*mỗi người 2 tin/);
  });
});
