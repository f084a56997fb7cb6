import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeZalo } from '../fakes/fake-zalo.ts';
import { repoContent } from '../support/test-app.ts';
import { buttonsOf, oaChat, seen } from './oa-chat.ts';
import { startOaApp, type ZaloApp } from './zalo-harness.ts';

describe('Zalo OA: a lesson and its quiz with buttons', () => {
  let fake: FakeZalo;
  let h: ZaloApp;
  let close: () => Promise<void>;
  beforeAll(async () => ({ fake, h, close } = await startOaApp()));
  afterAll(() => close());

  it('welcomes a new follower, then runs a lesson and a quiz through oa.query.hide buttons', async () => {
    const content = await repoContent();
    const chat = oaChat(fake, h, '246845883529197922');

    const welcome = await chat.event('oa-follow');
    expect(seen(welcome)).toContain('Kính chào');
    // Seven honorifics are more than Zalo's buttons: numbered text instead.
    expect(buttonsOf(welcome.at(-1))).toEqual([]);
    expect(seen(welcome)).toMatch(/7\. Chị\n\n👉 Gõ một số từ 1 đến 7$/);

    const ward = await chat.say('1');
    const skip = buttonsOf(ward.at(-1));
    expect(skip).toEqual([{ title: 'Bỏ qua', type: 'oa.query.hide', payload: 'k:skip-ward' }]);

    const menu = await chat.press(skip[0]);
    const lesson = content.lessons[0]!;
    expect(seen(menu)).toContain(`1. 📘 ${lesson.title}`);

    let reply = await chat.say('1');
    expect(seen(reply)).toContain(`📘 ${lesson.title} (1/${lesson.steps.length})`);
    for (let guard = 0; (await chat.learner())?.position?.mode === 'lesson'; guard++) {
      expect(guard).toBeLessThan(30);
      reply = await chat.press(buttonsOf(reply.at(-1))[0]);
    }
    for (let i = 0; i < lesson.quiz.length; i++) {
      const q = lesson.quiz[i]!;
      expect(seen(reply)).toContain(`Câu ${i + 1}/${lesson.quiz.length}: ${q.question}`);
      const buttons = buttonsOf(reply.at(-1));
      expect(buttons.map((b) => b.title)).toEqual(q.options.map((o) => o.text));
      reply = await chat.press(buttons.find((b) => b.title === q.options.find((o) => o.correct)!.text));
      expect(seen(reply)).toContain('✅ Đúng rồi!');
    }
    expect(seen(reply)).toContain(`đúng cả ${lesson.quiz.length}/${lesson.quiz.length} câu`);
    expect((await chat.learner())?.lessons[lesson.id]?.completedAt).toBeDefined();

    for (const call of chat.delivered()) {
      const text = call.message['text'];
      if (typeof text === 'string') expect(text.length).toBeLessThanOrEqual(2000);
      const buttons = buttonsOf(call);
      expect(buttons.length).toBeLessThanOrEqual(5);
      for (const b of buttons) expect(b.title.length).toBeLessThanOrEqual(100);
    }
  });

  it('answers a stale button from an old message politely', async () => {
    const chat = oaChat(fake, h, '246845883529197922');
    const reply = await chat.say('q:khong-co-bai-nay:0:1');
    expect(seen(reply)).toContain('Nút này thuộc tin nhắn cũ');
  });
});
