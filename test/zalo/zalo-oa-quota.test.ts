import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { createZaloChannels } from '../../src/channels/zalo/create-zalo-channels.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { outboundCounts } from '../../src/core/outbound/deliver.ts';
import type { Actor } from '../../src/features/broadcasts/service.ts';
import { planText } from '../../src/features/broadcasts/plan.ts';
import { reportText } from '../../src/features/broadcasts/report.ts';
import { fakeEditableChannel } from '../fakes/fake-editable-channel.ts';
import { startFakeZalo } from '../fakes/fake-zalo.ts';
import { broadcastStack, seedLearner, seedMember } from '../broadcasts/broadcast-stack.ts';
import { redisAvailable } from '../support/redis.ts';
import { manualClock } from '../support/test-app.ts';
import { seedOaTokens, zaloEnv } from './zalo-harness.ts';

const hasRedis = await redisAvailable();
const YEN_HOA = 'phuong-yen-hoa';
const MEMBER: Actor = {
  id: 'telegram:10',
  team: { wardCode: YEN_HOA, wardLabel: 'Phường Yên Hòa', joinedAt: '2026-11-01T00:00:00Z' },
};
const HOUR = 3_600_000;
const MESSAGE = { text: 'Mời bà con đến nhà văn hóa phường học cài VNeID sáng thứ Bảy.' };

/**
 * A deployment on real Redis and BullMQ sending through the OA channel to the fake Zalo:
 * `OA learners` follow the OA; the first `recent` wrote an hour ago, the rest three days ago.
 */
async function deployment(options: { learners: number; recent: number; quota: number; workers?: number }) {
  const clock = manualClock('2026-12-02T03:00:00Z');
  const fake = await startFakeZalo({ now: () => clock.now().getTime(), proactiveQuota: 1_000_000 });
  const stack = broadcastStack(clock.now, {
    ...zaloEnv(fake, { bot: false }),
    ZALO_OA_PROACTIVE_QUOTA: String(options.quota),
  });
  const apps: App[] = [];
  for (let i = 0; i < (options.workers ?? 1); i++) apps.push(await stack.process());
  const app = apps[0]!;
  await seedOaTokens(app.store, fake, new Date(clock.now().getTime() + 20 * HOUR));
  await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
  const users = Array.from({ length: options.learners }, (_, i) => `8471${String(i).padStart(6, '0')}`);
  for (let i = 0; i < users.length; i += 100) {
    await Promise.all(
      users.slice(i, i + 100).map(async (user, j) => {
        await seedLearner(app, app.store, `zalooa:${user}`, { wardCode: YEN_HOA });
        // What the OA channel records when the person's message arrives, and what Zalo saw.
        const at = new Date(clock.now().getTime() - (i + j < options.recent ? 1 : 72) * HOUR);
        const msgId = `m${user}`;
        fake.userWrote(user, msgId);
        if (i + j >= options.recent) fake.userWroteAt(user, msgId, at.getTime());
        await app.zaloOa.windows.opened(user, msgId, at);
      }),
    );
  }
  const member = fakeEditableChannel('telegram');
  for (const a of apps) {
    const [oa] = createZaloChannels({ config: a.config, store: a.store, logger: silentLogger, clock: clock.now });
    await stack.work(a, [member, oa!]);
  }
  const broadcast = async () => {
    const b = await app.broadcasts.create(MEMBER, { ...MESSAGE, audience: { ward: YEN_HOA } }, clock.now());
    await app.broadcasts.start(MEMBER, b.id, clock.now());
    await stack.settled(60_000);
    return (await app.broadcasts.report(b.id))!;
  };
  return { app, fake, clock, member, users, broadcast, close: () => fake.close() };
}

describe.runIf(hasRedis)('Zalo OA broadcasts and the monthly quota', () => {
  it('previews 1,000 learners of whom 300 wrote within 48 hours as 300 free and 700 on the quota, then spends exactly 700', async () => {
    const d = await deployment({ learners: 1000, recent: 300, quota: 1000 });
    try {
      const plan = await d.app.broadcasts.plan(MEMBER, { ward: YEN_HOA }, MESSAGE, d.clock.now());
      expect(plan).toMatchObject({
        total: 1000,
        free: 300,
        quota: 700,
        unreachable: 0,
        quotaLeft: 1000,
        quotaLimit: 1000,
      });
      expect(planText(plan)).toBe(
        '300 sẽ nhận miễn phí (đã nhắn trong 48 giờ) · 700 dùng hạn mức (còn 1.000/1.000 tháng này) · 0 không gửi được',
      );

      const report = await d.broadcast();
      expect(report).toMatchObject({
        total: 1000,
        delivered: 1000,
        deliveredFree: 300,
        deliveredWithQuota: 700,
        notSent: 0,
        pending: 0,
      });
      expect(d.fake.billing).toEqual({ reply: 300, proactive: 700, refusedQuota: 0 });
      expect(await d.app.zaloOa.ledger.usage(d.clock.now())).toMatchObject({ month: '2026-12', used: 700, left: 300 });
      expect(reportText(report)).toContain('📊 300 nhận miễn phí · 700 dùng hạn mức · 0 không gửi được');
      const after = await d.app.broadcasts.plan(MEMBER, { ward: YEN_HOA }, MESSAGE, d.clock.now());
      expect(planText(after)).toContain('(còn 300/1.000 tháng này)');
      // With a picture and a link the message is two on the OA: 700 people need 1,400, and 300 are left.
      const twice = await d.app.broadcasts.plan(
        MEMBER,
        { ward: YEN_HOA },
        { ...MESSAGE, image: 'https://example.org/lich.png', link: 'https://dichvucong.gov.vn' },
        d.clock.now(),
      );
      expect(planText(twice)).toBe(
        '300 sẽ nhận miễn phí (đã nhắn trong 48 giờ) · 700 dùng hạn mức (còn 300/1.000 tháng này, mỗi người 2 tin) · 0 không gửi được\n⚠️ Hạn mức Zalo OA tháng này không đủ: 550 người sẽ không nhận được.',
      );
    } finally {
      await d.close();
    }
  }, 120_000);

  it('at quota 0 sends the free replies and ends the rest as "quota", without retrying or calling Zalo', async () => {
    const d = await deployment({ learners: 40, recent: 10, quota: 0 });
    try {
      expect(planText(await d.app.broadcasts.plan(MEMBER, { ward: YEN_HOA }, MESSAGE, d.clock.now()))).toBe(
        '10 sẽ nhận miễn phí (đã nhắn trong 48 giờ) · 30 dùng hạn mức (còn 0/0 tháng này) · 0 không gửi được\n⚠️ Hạn mức Zalo OA tháng này không đủ: 30 người sẽ không nhận được.',
      );
      const report = await d.broadcast();
      expect(report).toMatchObject({
        delivered: 10,
        deliveredFree: 10,
        deliveredWithQuota: 0,
        quota: 30,
        notSent: 30,
        pending: 0,
      });
      expect(d.fake.billing).toEqual({ reply: 10, proactive: 0, refusedQuota: 0 });
      expect(d.fake.oaCalls).toHaveLength(10);
      const counts = await outboundCounts(d.app.store);
      expect(counts).toMatchObject({ 'broadcast:sent': 10, 'broadcast:quota': 30 });
      expect(Object.keys(counts).filter((k) => k.startsWith('broadcast:failed'))).toEqual([]);
      expect(reportText(report)).toContain('Hết hạn mức Zalo OA tháng này: 30');
    } finally {
      await d.close();
    }
  }, 60_000);

  it('two workers sending at once never go over the quota', async () => {
    const d = await deployment({ learners: 300, recent: 0, quota: 120, workers: 2 });
    try {
      const report = await d.broadcast();
      expect(report).toMatchObject({ delivered: 120, deliveredWithQuota: 120, quota: 180, pending: 0 });
      expect(d.fake.billing).toEqual({ reply: 0, proactive: 120, refusedQuota: 0 });
      expect(await d.app.zaloOa.ledger.usage(d.clock.now())).toMatchObject({ used: 120, left: 0 });
    } finally {
      await d.close();
    }
  }, 60_000);
});
