import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.ts';
import { redisAvailable } from '../support/redis.ts';
import { testApp } from '../support/test-app.ts';
import { ADMIN, handoffStack, joinTeam, onboard, questionId, textOf, type HandoffStack } from './handoff-stack.ts';

const hasRedis = await redisAvailable();

const MEMBERS = ['telegram:201', 'zalo:202'];
const notices = (s: HandoffStack, to: string, id: string) =>
  s
    .sentTo(to)
    .map(textOf)
    .filter((t) => t.includes(`#${id}`));

/** Moves the clock to a Hà Nội local time (UTC+7) and runs the minute tick. */
async function tickAt(s: HandoffStack, isoUtc: string) {
  s.clock.set(isoUtc);
  const report = await s.app.handoff.tick(s.clock.now());
  await s.idle();
  return report;
}

async function ask(s: HandoffStack): Promise<{ id: string; reply: string }> {
  const learner = await onboard(s, 'zalooa:301', 'Phường Yên Hòa');
  await learner.say('hỏi cán bộ');
  await learner.say('Tôi bấm vào đường link lạ rồi, giờ phải làm gì?');
  const reply = await learner.say('gửi');
  return { id: questionId(reply), reply };
}

describe.runIf(hasRedis)('escalating unclaimed questions (Redis, injected clock)', () => {
  it('re-sends an unclaimed question to the ward after 30 minutes, then to the admins after 2 hours', async () => {
    const s = await handoffStack({ start: '2026-11-25T02:00:00Z' });
    for (const m of MEMBERS) await joinTeam(s, m, 'Nguyễn Thị Lan');
    const { id } = await ask(s);
    await s.idle();
    for (const m of MEMBERS) expect(notices(s, m, id)).toHaveLength(1);

    expect((await tickAt(s, '2026-11-25T02:10:00Z')).notified).toBe(0);
    expect((await tickAt(s, '2026-11-25T02:31:00Z')).notified).toBe(2);
    for (const m of MEMBERS) {
      expect(notices(s, m, id)).toHaveLength(2);
      expect(notices(s, m, id)[1]).toContain('Nhắc lại');
    }
    // Ticks are idempotent: the same minute again, or another scheduler, sends nothing more.
    expect((await tickAt(s, '2026-11-25T02:31:00Z')).notified).toBe(0);
    expect((await tickAt(s, '2026-11-25T03:30:00Z')).notified).toBe(0);
    expect(notices(s, ADMIN, id)).toHaveLength(0);

    expect((await tickAt(s, '2026-11-25T04:01:00Z')).notified).toBe(1);
    const toAdmin = notices(s, ADMIN, id);
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]).toContain('chưa có ai nhận');
    expect(toAdmin[0]).toContain('Bác ở Phường Yên Hòa');

    // The admin claims it; nothing is sent any more.
    expect(await s.chat(ADMIN).press(`k:ho-claim:${id}`)).toContain('giờ do');
    expect((await tickAt(s, '2026-11-25T09:00:00Z')).notified).toBe(0);
    for (const m of MEMBERS) expect(notices(s, m, id)).toHaveLength(2);
  });

  it('keeps a question asked at night for the team’s hours and says so to the learner', async () => {
    // 22:00 in Hà Nội.
    const s = await handoffStack({ start: '2026-11-25T15:00:00Z' });
    for (const m of MEMBERS) await joinTeam(s, m, 'Nguyễn Thị Lan');
    const { id, reply } = await ask(s);
    expect(reply).toContain('ngoài giờ trực của tổ (7:30 đến 21:00)');
    expect(reply).toContain('từ 7:30 sáng mai');
    await s.idle();
    for (const m of MEMBERS) expect(notices(s, m, id)).toHaveLength(0);

    expect((await tickAt(s, '2026-11-25T18:00:00Z')).notified).toBe(0);
    // 07:31 the next morning: the team gets it, and escalation counts from then.
    expect((await tickAt(s, '2026-11-26T00:31:00Z')).notified).toBe(2);
    for (const m of MEMBERS) expect(notices(s, m, id)[0]).toContain('Câu hỏi mới');
    expect((await tickAt(s, '2026-11-26T01:02:00Z')).notified).toBe(2);
  });
});

describe('team hours', () => {
  it('refuses HANDOFF_HOURS that are not a daytime range, with a clear message', async () => {
    await expect(testApp({ env: { HANDOFF_HOURS: '21:00-07:00' } })).rejects.toThrow(ConfigError);
    await expect(testApp({ env: { HANDOFF_HOURS: '7h-21h' } })).rejects.toThrow(/HANDOFF_HOURS/);
  });
});
