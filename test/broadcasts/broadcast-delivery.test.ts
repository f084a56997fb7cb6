import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import type { Actor } from '../../src/features/broadcasts/service.ts';
import type { Audience } from '../../src/features/broadcasts/broadcast.ts';
import { PermanentChannelError, RecipientUnreachableError, TransientChannelError } from '../../src/core/errors.ts';
import type { Reply } from '../../src/core/message.ts';
import { fakeChannel } from '../fakes/fake-channel.ts';
import { fakeEditableChannel } from '../fakes/fake-editable-channel.ts';
import { outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';
import { chatter, manualClock } from '../support/test-app.ts';
import { ADMIN, broadcastStack, seedLearner, seedMember } from './broadcast-stack.ts';

const hasRedis = await redisAvailable();
const YEN_HOA = 'phuong-yen-hoa';
const MEMBER: Actor = {
  id: 'telegram:10',
  team: { wardCode: YEN_HOA, wardLabel: 'Phường Yên Hòa', joinedAt: '2026-11-01T00:00:00Z' },
};
const text = (parts: Reply) => parts.map((p) => ('text' in p ? p.text : '')).join('\n');

async function send(app: App, audience: Audience, actor: Actor = MEMBER) {
  const b = await app.broadcasts.create(
    actor,
    { text: 'Mời bà con đến nhà văn hóa học cài VNeID.', audience },
    app.clock(),
  );
  return app.broadcasts.start(actor, b.id, app.clock());
}

describe.runIf(hasRedis)('delivering broadcasts', () => {
  it('picks recipients by ward, unfinished lesson, days away and app', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const stack = broadcastStack(clock.now);
    const app = await stack.process();
    await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
    const done = { vneid: { startedAt: '2026-11-01T00:00:00Z', completedAt: '2026-11-02T00:00:00Z', attempts: 1 } };
    await seedLearner(app, app.store, 'telegram:1', {
      wardCode: YEN_HOA,
      lessons: done,
      lastSeenAt: '2026-11-24T00:00:00Z',
    });
    await seedLearner(app, app.store, 'telegram:2', { wardCode: YEN_HOA, lastSeenAt: '2026-11-01T00:00:00Z' });
    await seedLearner(app, app.store, 'zalo:3', { wardCode: YEN_HOA, lastSeenAt: '2026-11-20T00:00:00Z' });
    await seedLearner(app, app.store, 'zalo:4', { wardCode: 'xa-bat-trang', lastSeenAt: '2026-10-01T00:00:00Z' });
    const admin: Actor = { id: ADMIN };
    const count = (audience: Audience, actor: Actor = MEMBER) => app.broadcasts.count(actor, audience, clock.now());
    expect(await count({ ward: YEN_HOA })).toBe(3);
    expect(await count({ ward: YEN_HOA, filter: { kind: 'not-finished', lessonId: 'vneid' } })).toBe(2);
    expect(await count({ ward: YEN_HOA, filter: { kind: 'inactive', days: 7 } })).toBe(1);
    expect(await count({ ward: YEN_HOA, filter: { kind: 'channel', channel: 'zalo' } })).toBe(1);
    expect(await count({ ward: '*', filter: { kind: 'inactive', days: 30 } }, admin)).toBe(1);
    // The member counts as a learner of "chưa rõ", so all wards: 4 learners + the member.
    expect(await count({ ward: '*' }, admin)).toBe(5);

    const telegram = fakeChannel('telegram');
    const zalo = fakeChannel('zalo');
    await stack.work(app, [telegram, zalo]);
    await send(app, { ward: YEN_HOA, filter: { kind: 'not-finished', lessonId: 'vneid' } });
    await send(app, { ward: '*', filter: { kind: 'inactive', days: 30 } }, admin);
    await stack.settled();
    const got = [...telegram.sent, ...zalo.sent].filter((s) => s.to !== MEMBER.id && s.to !== ADMIN).map((s) => s.to);
    expect(got.sort()).toEqual(['telegram:2', 'zalo:3', 'zalo:4']);
  });

  it('never sends to people who typed STOP, skips the unreachable, and reports counts that add up', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const stack = broadcastStack(clock.now);
    const app = await stack.process();
    await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
    const ids = [
      'telegram:1',
      'telegram:2',
      'telegram:3',
      'telegram:4',
      'telegram:5',
      'zalooa:6',
      'zalooa:7',
      'telegram:8',
    ];
    for (const id of ids)
      await seedLearner(app, app.store, id, { wardCode: YEN_HOA, lastSeenAt: '2026-11-24T00:00:00Z' });
    // STOP typed in the chat, like a learner would.
    expect(await chatter(app, 'telegram:2').say('dừng lại')).toContain('Đã dừng');
    await app.learners.update('zalooa:7', clock.now(), (l) => ({ ...l, lastSeenAt: '2026-11-10T00:00:00Z' }));
    await app.learners.update('telegram:8', clock.now(), (l) => ({
      ...l,
      unreachable: { reason: 'blocked', at: '2026-11-20T00:00:00Z' },
    }));
    const telegram = fakeEditableChannel('telegram');
    const zalooa = fakeChannel('zalooa');
    telegram.failAlways('telegram:3', new RecipientUnreachableError('blocked', 'bot was blocked by the user'));
    telegram.failAlways('telegram:4', new PermanentChannelError('chat not found'));
    telegram.failAlways('telegram:5', new TransientChannelError('socket hang up'));
    zalooa.failAlways(
      'zalooa:6',
      new RecipientUnreachableError('outside_window', 'user has not interacted for 7 days'),
    );
    await stack.work(app, [telegram, zalooa]);

    const b = await send(app, { ward: YEN_HOA });
    expect(b.total).toBe(8);
    await stack.settled();
    const report = await app.broadcasts.report(b.id);
    // zalooa:7, silent for two weeks, is no longer held back: its message spends the OA's quota.
    expect(report).toMatchObject({
      total: 8,
      delivered: 2,
      failed: 2,
      blocked: 2,
      unsubscribed: 1,
      outsideWindow: 1,
      quota: 0,
      notSent: 6,
      cancelled: 0,
      pending: 0,
    });
    expect(report!.delivered + report!.failed + report!.blocked + report!.unsubscribed + report!.outsideWindow).toBe(8);
    expect(report!.broadcast.status).toBe('done');
    expect(telegram.sentTo('telegram:2')).toBe(0);
    expect(telegram.sent.filter((s) => s.to === 'telegram:1')).toHaveLength(1);
    // Blocked at send time is remembered, so the next broadcast skips the person without trying.
    expect((await app.learners.get('telegram:3'))?.unreachable?.reason).toBe('blocked');
    const final = text(telegram.sent.filter((s) => s.to === MEMBER.id).at(-1)!.parts);
    expect(final).toContain('📊 2 nhận miễn phí · 0 dùng hạn mức · 6 không gửi được');
    expect(final).toContain('Đã nhận: 2');
    expect(final).toContain('Đã tắt nhận tin (gõ "dừng"): 1');
    expect(final).toContain('Zalo không cho gửi tới (lâu không nhắn Zalo OA): 1');
  });

  it('shows live progress in one edited message, and milestones where the app cannot edit', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const stack = broadcastStack(clock.now, { BROADCAST_PAGE_SIZE: '10' });
    const app = await stack.process();
    await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
    const zaloMember: Actor = { id: 'zalo:11', team: MEMBER.team! };
    await seedMember(app, zaloMember.id, YEN_HOA, 'Phường Yên Hòa');
    for (let i = 0; i < 40; i++) await seedLearner(app, app.store, `telegram:${100 + i}`, { wardCode: YEN_HOA });
    const telegram = fakeEditableChannel('telegram', { sendDelayMs: 2 });
    const zalo = fakeChannel('zalo');
    // Each message moves the clock 300 ms: progress may be edited every 2 s.
    const send0 = telegram.send.bind(telegram);
    telegram.send = async (to, parts) => {
      clock.set(new Date(clock.now().getTime() + 300).toISOString());
      await send0(to, parts);
    };
    await stack.work(app, [telegram, zalo]);
    const b = await send(app, { ward: YEN_HOA });
    await stack.settled();
    expect(telegram.editables).toHaveLength(1);
    expect(telegram.editables[0]).toMatchObject({ to: MEMBER.id, text: '✅ Đã gửi xong: 40/40 — 100%' });
    expect(telegram.edits.length).toBeGreaterThanOrEqual(3);
    expect(telegram.edits.length).toBeLessThan(15);
    expect(telegram.edits.slice(0, -1).every((e) => /^📤 Đã gửi \d+\/40 — \d+%$/.test(e.text))).toBe(true);
    expect((await app.broadcasts.report(b.id))?.delivered).toBe(40);

    // Zalo cannot edit: past half-way, sending waits until the sender got a milestone message.
    let passed = 0;
    telegram.send = async (to, parts) => {
      if (++passed > 20) await zalo.waitForSent(1);
      await send0(to, parts);
    };
    const fromZalo = await send(app, { ward: YEN_HOA }, zaloMember);
    await stack.settled();
    const toZaloMember = zalo.sent.filter((s) => s.to === zaloMember.id);
    expect(text(toZaloMember[0]!.parts)).toMatch(/^📤 Đã gửi \d+\/40 — \d+%$/);
    expect(toZaloMember[0]!.parts).toMatchObject([
      { type: 'choices', choices: [{ label: '⏹ Dừng gửi', payload: `k:bc-cancel:${fromZalo.id}` }] },
    ]);
    expect(text(toZaloMember.at(-1)!.parts)).toContain(`Kết quả gửi thông báo (mã ${fromZalo.id})`);
    expect(toZaloMember.length).toBeLessThanOrEqual(4);
  });

  it('stops mid-way when the sender presses "Dừng gửi": the rest are skipped and counted', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const stack = broadcastStack(clock.now, { BROADCAST_PAGE_SIZE: '10' });
    const app = await stack.process();
    await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
    for (let i = 0; i < 60; i++) await seedLearner(app, app.store, `telegram:${100 + i}`, { wardCode: YEN_HOA });
    const telegram = fakeChannel('telegram', { sendDelayMs: 15 });
    await stack.work(app, [telegram]);
    const b = await send(app, { ward: YEN_HOA });
    await telegram.waitForSent(12);
    const stopped = await chatter(app, MEMBER.id).press(`k:bc-cancel:${b.id}`);
    expect(stopped).toContain('Đã dừng gửi');
    const atCancel = telegram.sent.filter((s) => s.to !== MEMBER.id).length;
    await stack.settled();
    const delivered = telegram.sent.filter((s) => s.to !== MEMBER.id).length;
    // Only messages already being sent when the button was pressed still go out.
    expect(delivered - atCancel).toBeLessThanOrEqual(8);
    expect(delivered).toBeLessThan(40);
    const report = (await app.broadcasts.report(b.id))!;
    expect(report).toMatchObject({ total: 60, delivered, pending: 0 });
    expect(report.delivered + report.cancelled).toBe(60);
    expect(report.broadcast).toMatchObject({
      status: 'cancelled',
      cancelledBy: MEMBER.id,
      finishedAt: expect.any(String),
    });
    expect(text(telegram.sent.filter((s) => s.to === MEMBER.id).at(-1)!.parts)).toContain(
      `Không gửi vì đã dừng: ${60 - delivered}`,
    );
    expect((await app.audit.recent(10)).map((a) => a.action)).toContain('broadcast.cancel');
  });

  it('finds its feet when queued messages were lost (the queue emptied by a Redis restart)', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const stack = broadcastStack(clock.now, { BROADCAST_PAGE_SIZE: '10' });
    const app = await stack.process();
    await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
    for (let i = 0; i < 15; i++) await seedLearner(app, app.store, `telegram:${100 + i}`, { wardCode: YEN_HOA });
    const b = await send(app, { ward: YEN_HOA });
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(outboundQueueName('outbound', 'telegram'), { connection, prefix: stack.queuePrefix });
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();

    const telegram = fakeChannel('telegram');
    await stack.work(app, [telegram]);
    await app.broadcasts.tick(clock.now());
    clock.set('2026-11-25T02:20:00Z');
    await app.broadcasts.tick(clock.now());
    expect(telegram.sent).toHaveLength(0);
    // Thirty minutes without news: the last pages are queued again; the rest follows page by page.
    clock.set('2026-11-25T02:31:00Z');
    await app.broadcasts.tick(clock.now());
    await telegram.waitForSent(16);
    await stack.settled();
    expect(await app.broadcasts.report(b.id)).toMatchObject({ total: 15, delivered: 15, pending: 0 });
    expect(new Set(telegram.sent.map((x) => x.to)).size).toBe(16);
  });
});
