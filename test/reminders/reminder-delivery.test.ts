import { afterEach, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { silentLogger } from '../../src/core/logger.ts';
import { outboundCounts } from '../../src/core/outbound/deliver.ts';
import { startBullmqTicker } from '../../src/queue/bullmq-ticker.ts';
import { fakeChannel } from '../fakes/fake-channel.ts';
import { cleanupQueues } from '../support/bullmq.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';
import { manualClock } from '../support/test-app.ts';
import { deployment, learnerWithReminder, type Deployment } from './reminder-stack.ts';

const hasRedis = await redisAvailable();

// 07:00 in Hà Nội on 26 November 2026 is 00:00 UTC.
const BEFORE_SEVEN = '2026-11-25T23:58:00Z';
const AT_SEVEN = '2026-11-26T00:00:05Z';

describe.runIf(hasRedis)('daily reminders on Redis and BullMQ', () => {
  let d: Deployment | undefined;
  afterEach(async () => {
    await d?.cleanup();
    d = undefined;
  });

  it('delivers a reminder due at a minute exactly once, with two schedulers and a worker restarted mid-run', async () => {
    const clock = manualClock(BEFORE_SEVEN);
    d = deployment(true, clock.now);
    const a = await d.process();
    const b = await d.process();
    const ids = Array.from({ length: 30 }, (_, i) => `telegram:${1000 + i}`);
    for (const id of ids) await learnerWithReminder(a.app, id, { minute: 7 * 60 });
    const channel = fakeChannel('telegram', { sendDelayMs: 25 });

    clock.set(AT_SEVEN);
    const reports = await Promise.all([
      a.app.reminders.tick(clock.now()),
      b.app.reminders.tick(clock.now()),
      a.app.reminders.tick(clock.now()),
    ]);
    expect(reports.reduce((n, r) => n + r.fannedOut, 0)).toBeGreaterThanOrEqual(30);

    const first = await d.worker([channel]);
    await channel.waitForSent(5);
    await first.stop(); // graceful: the jobs being sent are finished, the rest wait
    expect(channel.sent.length).toBeLessThan(30);
    const second = await d.worker([channel]);
    clock.set('2026-11-26T00:00:40Z');
    await b.app.reminders.tick(clock.now());
    clock.set('2026-11-26T00:01:05Z');
    await a.app.reminders.tick(clock.now());
    await channel.waitForSent(30);
    await d.settled();

    expect(ids.map((id) => channel.sentTo(id))).toEqual(ids.map(() => 1));
    expect(channel.sent[0]!.parts[0]).toMatchObject({
      type: 'choices',
      text: expect.stringContaining('Bác ơi, đến giờ học'),
    });
    expect((await outboundCounts(a.store))['reminder:sent']).toBe(30);

    // The next morning each learner gets the next one.
    clock.set('2026-11-27T00:00:02Z');
    await b.app.reminders.tick(clock.now());
    await channel.waitForSent(60);
    await d.settled();
    expect(ids.map((id) => channel.sentTo(id))).toEqual(ids.map(() => 2));
    await second.stop();
  });

  it('is ticked by one BullMQ Job Scheduler shared by every process', async () => {
    const clock = manualClock(BEFORE_SEVEN);
    d = deployment(true, clock.now);
    const a = await d.process();
    const b = await d.process();
    await learnerWithReminder(a.app, 'telegram:1', { minute: 7 * 60 });
    const channel = fakeChannel('telegram');
    const worker = await d.worker([channel]);
    clock.set(AT_SEVEN);
    const name = 'reminder-tick';
    // Two processes start the scheduler; with `every`, the first tick runs at once.
    const tickers = await Promise.all(
      [a, b].map((p) =>
        startBullmqTicker({
          url: TEST_REDIS_URL,
          prefix: d!.queuePrefix,
          name,
          run: () => p.app.reminders.tick(clock.now()),
          logger: silentLogger,
        }),
      ),
    );
    try {
      await channel.waitForSent(1);
      await d.settled();
      const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
      const queue = new Queue(name, { connection, prefix: d.queuePrefix });
      expect(await queue.getJobSchedulersCount()).toBe(1);
      await queue.close();
      connection.disconnect();
      expect(channel.sentTo('telegram:1')).toBe(1);
    } finally {
      await Promise.all(tickers.map((t) => t.stop()));
      await worker.stop();
      await cleanupQueues(d.queuePrefix, [name]);
    }
  });
});

describe.each([
  ['in process', false],
  ['on Redis and BullMQ', true],
] as const)('who gets a reminder (%s)', (_label, redis) => {
  let d: Deployment | undefined;
  afterEach(async () => {
    await d?.cleanup();
    d = undefined;
  });

  it.runIf(!redis || hasRedis)(
    'skips learners who said STOP, blocked the bot, or are outside the Zalo OA’s free 48 hours, and counts them',
    async () => {
      const clock = manualClock(BEFORE_SEVEN);
      d = deployment(redis, clock.now);
      const { app, store } = await d.process();
      const seven = { minute: 7 * 60 };
      await learnerWithReminder(app, 'telegram:ok', seven);
      await learnerWithReminder(app, 'telegram:stopped', seven, { subscribed: false });
      await learnerWithReminder(app, 'telegram:blocked', seven, {
        unreachable: { reason: 'blocked', at: '2026-11-20T00:00:00Z' },
      });
      await learnerWithReminder(app, 'zalooa:recent', seven);
      await learnerWithReminder(app, 'zalooa:old', seven);
      // Wrote to the OA 20 hours before the reminder (free), and 3 days before (it would spend the quota).
      await app.zaloOa.windows.opened('recent', 'msg-recent', new Date(Date.parse(AT_SEVEN) - 20 * 3_600_000));
      await app.zaloOa.windows.opened('old', 'msg-old', new Date(Date.parse(AT_SEVEN) - 72 * 3_600_000));
      const telegram = fakeChannel('telegram');
      const zalo = fakeChannel('zalooa');
      await d.worker([telegram, zalo]);
      clock.set(AT_SEVEN);
      await app.reminders.tick(clock.now());
      await telegram.waitForSent(1);
      await zalo.waitForSent(1);
      await d.settled();
      expect(telegram.sent.map((s) => s.to)).toEqual(['telegram:ok']);
      expect(zalo.sent.map((s) => s.to)).toEqual(['zalooa:recent']);
      expect(await outboundCounts(store)).toMatchObject({
        'reminder:sent': 2,
        'reminder:skipped:stopped': 1,
        'reminder:skipped:unreachable': 1,
        'reminder:skipped:outside_free_window': 1,
      });
    },
  );

  it.runIf(!redis || hasRedis)(
    'reminds Zalo OA learners past the free window too when the team allows the quota',
    async () => {
      const clock = manualClock(BEFORE_SEVEN);
      d = deployment(redis, clock.now, { ZALO_OA_REMINDERS_USE_QUOTA: 'on' });
      const { app, store } = await d.process();
      await learnerWithReminder(app, 'zalooa:recent', { minute: 7 * 60 });
      await learnerWithReminder(app, 'zalooa:old', { minute: 7 * 60 });
      await app.zaloOa.windows.opened('recent', 'msg-recent', new Date(Date.parse(AT_SEVEN) - 20 * 3_600_000));
      const zalo = fakeChannel('zalooa');
      await d.worker([zalo]);
      clock.set(AT_SEVEN);
      await app.reminders.tick(clock.now());
      await zalo.waitForSent(2);
      await d.settled();
      expect(zalo.sent.map((s) => s.to).sort()).toEqual(['zalooa:old', 'zalooa:recent']);
      expect((await outboundCounts(store))['reminder:sent']).toBe(2);
    },
  );

  it.runIf(!redis || hasRedis)('respects a pause, then reminds again on the day after it ends', async () => {
    const clock = manualClock(BEFORE_SEVEN);
    d = deployment(redis, clock.now);
    const { app, store } = await d.process();
    await learnerWithReminder(app, 'telegram:paused', { minute: 7 * 60, pausedUntil: '2026-11-27' });
    // Paused in the record but the index missed it (e.g. the index update failed): the sender still holds back.
    await learnerWithReminder(app, 'telegram:stale', { minute: 7 * 60 });
    await app.learners.update('telegram:stale', clock.now(), (l) => ({
      ...l,
      ext: { reminder: { minute: 420, enabled: true, pausedUntil: '2026-11-26' } },
    }));
    const channel = fakeChannel('telegram');
    await d.worker([channel]);
    for (const day of ['2026-11-26', '2026-11-27']) {
      clock.set(`${day}T00:00:05Z`);
      await app.reminders.tick(clock.now());
      await d.settled();
    }
    expect(channel.sent).toHaveLength(1);
    expect(channel.sent[0]!.to).toBe('telegram:stale');
    expect((await outboundCounts(store))['reminder:skipped:paused']).toBe(1);
    clock.set('2026-11-28T00:00:05Z');
    await app.reminders.tick(clock.now());
    await channel.waitForSent(3);
    await d.settled();
    expect(channel.sentTo('telegram:paused')).toBe(1);
    expect(channel.sentTo('telegram:stale')).toBe(2);
  });

  it.runIf(!redis || hasRedis)(
    'keeps quiet from 21:30 to 06:30 unless the learner chose a time inside it',
    async () => {
      const clock = manualClock('2026-11-26T13:50:00Z'); // 20:50 in Hà Nội
      d = deployment(redis, clock.now);
      const { app, store } = await d.process();
      await learnerWithReminder(app, 'telegram:evening', { minute: 21 * 60 });
      await learnerWithReminder(app, 'telegram:night-owl', { minute: 22 * 60 });
      const channel = fakeChannel('telegram');
      // 21:00: the reminder is queued, but no worker runs until 21:45 (a backlog, an outage).
      clock.set('2026-11-26T14:00:05Z');
      await app.reminders.tick(clock.now());
      clock.set('2026-11-26T14:45:00Z');
      await d.worker([channel]);
      await d.settled();
      expect(channel.sent).toHaveLength(0);
      expect((await outboundCounts(store))['reminder:skipped:quiet_hours']).toBe(1);
      // 22:00 is inside quiet hours, but this learner asked for it.
      clock.set('2026-11-26T15:00:05Z');
      await app.reminders.tick(clock.now());
      await channel.waitForSent(1);
      await d.settled();
      expect(channel.sent.map((s) => s.to)).toEqual(['telegram:night-owl']);
    },
  );

  it.runIf(!redis || hasRedis)(
    'sends one reminder a day even when the learner moves the time after receiving it',
    async () => {
      const clock = manualClock(BEFORE_SEVEN);
      d = deployment(redis, clock.now);
      const { app, store } = await d.process();
      const learner = await learnerWithReminder(app, 'telegram:mover', { minute: 7 * 60 });
      const channel = fakeChannel('telegram');
      await d.worker([channel]);
      clock.set(AT_SEVEN);
      await app.reminders.tick(clock.now());
      await channel.waitForSent(1);
      // 08:00: "nhắc lúc 19:30" — the new time starts tomorrow in effect.
      clock.set('2026-11-26T01:00:00Z');
      await app.reminders.schedule(
        { ...learner, ext: { reminder: { minute: 19 * 60 + 30, enabled: true } } },
        clock.now(),
      );
      await app.learners.update(learner.id, clock.now(), (l) => ({
        ...l,
        ext: { reminder: { minute: 19 * 60 + 30, enabled: true } },
      }));
      clock.set('2026-11-26T12:30:05Z');
      await app.reminders.tick(clock.now());
      await d.settled();
      expect(channel.sent).toHaveLength(1);
      expect((await outboundCounts(store))['reminder:skipped:already_sent']).toBe(1);
      clock.set('2026-11-27T12:30:05Z');
      await app.reminders.tick(clock.now());
      await channel.waitForSent(2);
    },
  );
});
