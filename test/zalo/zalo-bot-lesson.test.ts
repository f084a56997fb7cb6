import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { repoContent } from '../support/test-app.ts';
import { botChat, botTexts } from './bot-chat.ts';
import { startZaloApp, zaloEnv, type ZaloApp } from './zalo-harness.ts';

const WORDS = ['một', 'hai', 'ba', 'bốn', 'năm'];

describe('Zalo Bot: a lesson and its quiz with typed numbers', () => {
  let fake: FakeZalo;
  let h: ZaloApp;
  beforeAll(async () => {
    fake = await startFakeZalo();
    h = await startZaloApp({ env: zaloEnv(fake, { oa: false }) });
  });
  afterAll(async () => {
    await h.stop();
    await fake.close();
  });

  it('registers its webhook with the secret on start', () => {
    expect(fake.webhook).toEqual({
      url: 'https://tutor.example.vn/webhook/zalo-bot',
      secret_token: 'bot-webhook-secret-123',
    });
  });

  it('onboards, runs a whole lesson and a quiz answered with "1", "hai" and the option text', async () => {
    const content = await repoContent();
    const chat = botChat(fake, h, '6ede9afa66b88fe6d6a9');

    const welcome = await chat.say('Xin chào');
    expect(welcome).toContain('Kính chào');
    expect(welcome).toContain('1. Bác');
    expect(welcome).toMatch(/👉 Gõ một số từ 1 đến 7$/);

    const ward = await chat.say('1');
    expect(ward).toContain('Dạ, cháu chào bác!');
    expect(ward).toMatch(/\n\n👉 Gõ 1 để chọn: Bỏ qua$/);

    const menu = await chat.say('một');
    const lesson = content.lessons[0]!;
    expect(menu).toContain(`1. 📘 ${lesson.title}`);

    let reply = await chat.say(lesson.title);
    expect(reply).toContain(`📘 ${lesson.title} (1/${lesson.steps.length})`);
    for (let guard = 0; (await chat.learner())?.position?.mode === 'lesson'; guard++) {
      expect(guard).toBeLessThan(30);
      reply = await chat.say('1');
    }
    expect(reply).toMatch(/Câu 1\/\d+:/);
    expect(reply).toMatch(/👉 Gõ 1, 2 hoặc 3$/);

    for (let i = 0; i < lesson.quiz.length; i++) {
      const q = lesson.quiz[i]!;
      const right = q.options.findIndex((o) => o.correct);
      const answer = i % 3 === 0 ? String(right + 1) : i % 3 === 1 ? WORDS[right]! : q.options[right]!.text;
      reply = await chat.say(answer);
      expect(reply).toContain('✅ Đúng rồi!');
    }
    expect(reply).toContain(`đúng cả ${lesson.quiz.length}/${lesson.quiz.length} câu`);
    expect((await chat.learner())?.lessons[lesson.id]?.completedAt).toBeDefined();

    const texts = botTexts(fake, chat.chatId);
    expect(texts.every((t) => t.length >= 1 && t.length <= 2000)).toBe(true);
    for (const text of texts.filter((t) => /\n1\. /.test(t))) expect(text.split('\n').at(-1)).toMatch(/^👉 Gõ/);
  });
});
