import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentChannelError } from '../../src/core/errors.ts';
import { startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { manualClock, repoContent } from '../support/test-app.ts';
import { buttonsOf, oaChat, seen } from './oa-chat.ts';
import { seedOaTokens, startZaloApp, zaloEnv, type ZaloApp } from './zalo-harness.ts';

const LEARNERS = 200;
const AT_ONCE = 20;

describe('Zalo OA: lessons are answered with free replies', () => {
  const clock = manualClock('2026-12-01T02:00:00Z');
  let fake: FakeZalo;
  let h: ZaloApp;
  beforeAll(async () => {
    fake = await startFakeZalo({ now: () => clock.now().getTime() });
    h = await startZaloApp({ env: zaloEnv(fake, { bot: false }), clock: clock.now });
    await seedOaTokens(h.app.store, fake, new Date(clock.now().getTime() + 20 * 3600_000));
  });
  afterAll(async () => {
    await h.stop();
    await fake.close();
  });

  it(`a 10-step lesson and its quiz taken by ${LEARNERS} learners spends no proactive message`, async () => {
    const content = await repoContent();
    const index = content.lessons.findIndex((l) => l.steps.length === 10);
    const lesson = content.lessons[index]!;
    expect(lesson.steps).toHaveLength(10);

    async function learn(userId: string): Promise<number> {
      const chat = oaChat(fake, h, userId);
      let messages = 0;
      const step = async (reply: Promise<ReturnType<typeof chat.delivered>>) => {
        const got = await reply;
        // Every answer fits in Zalo's 8 free replies to the message it answers.
        expect(got.length).toBeGreaterThan(0);
        expect(got.length).toBeLessThanOrEqual(8);
        messages += got.length;
        return got;
      };
      await step(chat.say('Xin chào'));
      const ward = await step(chat.say('1'));
      await step(chat.press(buttonsOf(ward.at(-1))[0]));
      let reply = await step(chat.say(String(index + 1)));
      expect(seen(reply)).toContain(`(1/${lesson.steps.length})`);
      while ((await chat.learner())?.position?.mode === 'lesson')
        reply = await step(chat.press(buttonsOf(reply.at(-1))[0]));
      for (const q of lesson.quiz) {
        const buttons = buttonsOf(reply.at(-1));
        reply = await step(chat.press(buttons.find((b) => b.title === q.options.find((o) => o.correct)!.text)));
      }
      expect((await chat.learner())?.lessons[lesson.id]?.completedAt).toBeDefined();
      return messages;
    }

    let sent = 0;
    for (let i = 0; i < LEARNERS; i += AT_ONCE) {
      const batch = Array.from(
        { length: Math.min(AT_ONCE, LEARNERS - i) },
        (_, j) => `84900${String(i + j).padStart(6, '0')}`,
      );
      sent += (await Promise.all(batch.map(learn))).reduce((a, b) => a + b, 0);
    }
    expect(fake.billing).toEqual({ reply: sent, proactive: 0, refusedQuota: 0 });
    expect(fake.oaCalls.every((c) => c.error === 0 && typeof c.recipient['message_id'] === 'string')).toBe(true);
    expect((await h.app.zaloOa.ledger.usage(clock.now())).used).toBe(0);
  }, 180_000);

  it('a ninth reply to one message, or a reply after 48 hours, spends the quota; so does Zalo', async () => {
    const chat = oaChat(fake, h, 'late-reader');
    const answered = (await chat.say('menu')).length;
    const zaloBefore = fake.billing;
    const usedBefore = (await h.app.zaloOa.ledger.usage(clock.now())).used;
    // Nine long messages (too long to join) after the menu: what is left of the 8 free, then the quota.
    const nine = Array.from({ length: 9 }, (_, i) => ({
      type: 'text' as const,
      text: `${i + 1}. ${'Chữ '.repeat(400)}`,
    }));
    expect(await h.oa.send('zalooa:late-reader', nine)).toEqual({ free: 8 - answered, proactive: 1 + answered });
    clock.advanceDays(49 / 24);
    expect(
      await h.oa.send('zalooa:late-reader', [{ type: 'text', text: 'Bác ơi, hôm nay mình học tiếp nhé!' }]),
    ).toEqual({ free: 0, proactive: 1 });
    // The fake Zalo, judging each message on its own, billed exactly the same.
    expect(fake.billing.reply - zaloBefore.reply).toBe(8 - answered);
    expect(fake.billing.proactive - zaloBefore.proactive).toBe(2 + answered);
    expect((await h.app.zaloOa.ledger.usage(clock.now())).used - usedBefore).toBe(2 + answered);
    // Writing again opens a fresh window.
    expect((await chat.say('menu')).every((c) => c.billedAs === 'reply')).toBe(true);
  });
  it('gives back the free reply or the quota of a message Zalo refused, ', async () => {
    const now = clock.now();
    const chat = oaChat(fake, h, 'refused-reader');
    const answered = (await chat.say('menu')).length;
    const left = await h.app.zaloOa.windows.left('refused-reader', now);
    expect(left).toBe(8 - answered);
    fake.failNextOaSend(-201, 'Parameter is invalid', 'refused-reader');
    await expect(h.oa.send('zalooa:refused-reader', [{ type: 'text', text: 'Chào bác' }])).rejects.toBeInstanceOf(
      PermanentChannelError,
    );
    expect(await h.app.zaloOa.windows.left('refused-reader', now)).toBe(left);

    const used = (await h.app.zaloOa.ledger.usage(now)).used;
    fake.failNextOaSend(-201, 'Parameter is invalid', 'never-wrote');
    await expect(h.oa.send('zalooa:never-wrote', [{ type: 'text', text: 'Chào bác' }])).rejects.toBeInstanceOf(
      PermanentChannelError,
    );
    expect((await h.app.zaloOa.ledger.usage(now)).used).toBe(used);
  });
});
