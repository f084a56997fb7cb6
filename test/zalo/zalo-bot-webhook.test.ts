import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { postBotWebhook, zaloFixture } from '../fakes/zalo-webhooks.ts';
import { botChat, botTexts, botTextUpdate } from './bot-chat.ts';
import { BOT_SECRET, startZaloApp, zaloEnv, type ZaloApp } from './zalo-harness.ts';

describe('Zalo Bot webhook', () => {
  let fake: FakeZalo;
  let h: ZaloApp;
  let url: string;
  beforeAll(async () => {
    fake = await startFakeZalo();
    h = await startZaloApp({ env: zaloEnv(fake, { oa: false }) });
    url = `${h.base}/webhook/zalo-bot`;
  });
  afterAll(async () => {
    await h.stop();
    await fake.close();
  });

  it('rejects a missing or wrong secret with 401 and a malformed body with 400, then keeps working', async () => {
    const update = botTextUpdate('c-secret', 'menu');
    expect((await postBotWebhook(url, update, undefined)).status).toBe(401);
    expect((await postBotWebhook(url, update, 'bot-webhook-secret-124')).status).toBe(401);
    expect((await postBotWebhook(url, update, `${BOT_SECRET}x`)).status).toBe(401);
    expect((await postBotWebhook(url, '{"event_name": "message.text.rec', BOT_SECRET)).status).toBe(400);
    expect((await postBotWebhook(url, '{}', BOT_SECRET)).status).toBe(400);
    expect((await postBotWebhook(url, '[1, 2]', BOT_SECRET)).status).toBe(400);
    await h.bot.idle();
    expect(botTexts(fake, 'c-secret')).toEqual([]);
    expect((await postBotWebhook(url, update, BOT_SECRET)).status).toBe(200);
    await h.bot.idle();
    expect(botTexts(fake, 'c-secret').join('\n')).toContain('Gõ một số từ 1 đến');
  });

  it('answers 400 to deeply nested bodies (they used to overflow the stack: 500) and keeps working', async () => {
    const deepArrays = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const deepObjects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const justDeepEnough = `[${'['.repeat(70)}${JSON.stringify(botTextUpdate('c-deep', 'menu'))}${']'.repeat(70)}]`;
    for (const body of [deepArrays, deepObjects, justDeepEnough])
      expect((await postBotWebhook(url, body, BOT_SECRET)).status).toBe(400);
    // Brackets inside text are not nesting.
    expect((await postBotWebhook(url, botTextUpdate('c-deep', '['.repeat(100)), BOT_SECRET)).status).toBe(200);
    expect((await postBotWebhook(url, botTextUpdate('c-deep', 'menu'), BOT_SECRET)).status).toBe(200);
    await h.bot.idle();
    expect(botTexts(fake, 'c-deep').join('\n')).toContain('Gõ một số từ 1 đến');
  });

  it('reads the recorded flat and wrapped forms and handles a redelivered message once', async () => {
    const flat = zaloFixture('bot-text');
    const wrapped = zaloFixture('bot-text-wrapped');
    expect((await postBotWebhook(url, flat, BOT_SECRET)).status).toBe(200);
    await h.bot.idle();
    const afterFirst = botTexts(fake, '6ede9afa66b88fe6d6a9').length;
    expect(afterFirst).toBeGreaterThan(0);
    expect((await postBotWebhook(url, flat, BOT_SECRET)).status).toBe(200);
    await h.bot.idle();
    expect(botTexts(fake, '6ede9afa66b88fe6d6a9')).toHaveLength(afterFirst);
    expect((await postBotWebhook(url, wrapped, BOT_SECRET)).status).toBe(200);
    await h.bot.idle();
    expect(botTexts(fake, '6ede9afa66b88fe6d6a9').slice(afterFirst).join('\n')).toContain('Gõ một số từ 1 đến');
  });

  it('answers stickers and photos politely and ignores group chats', async () => {
    const chat = botChat(fake, h, 'media-fan');
    for (const text of ['xin chào', '1', '1']) await chat.say(text);
    const before = botTexts(fake, 'media-fan').length;
    for (const name of ['bot-sticker', 'bot-image', 'bot-group-text']) {
      const update = zaloFixture<{ message: { chat: { id: string } } }>(name);
      if (name !== 'bot-group-text') update.message.chat.id = 'media-fan';
      expect((await postBotWebhook(url, update, BOT_SECRET)).status).toBe(200);
    }
    await h.bot.idle();
    const texts = botTexts(fake, 'media-fan').slice(before).join('\n');
    expect(texts).toContain('cảm ơn');
    expect(texts).toContain('chưa xem được ảnh');
    expect(botTexts(fake, 'grp7c1d2e3f4a5b6c7d8e')).toEqual([]);
  });

  it('splits a long reply into messages of at most 2000 characters at paragraph and line breaks', async () => {
    const paragraphs = Array.from(
      { length: 4 },
      (_, i) => `Đoạn ${i + 1}. ${'Bác nhớ giữ bí mật mã OTP. '.repeat(30).trim()}`,
    );
    const lines = Array.from({ length: 120 }, (_, i) => `Dòng ${i + 1}: không bấm vào đường link lạ.`).join('\n');
    const text = [...paragraphs, lines].join('\n\n');
    const before = botTexts(fake, 'long').length;
    await h.bot.send('zalo:long', [{ type: 'text', text }]);
    const sent = botTexts(fake, 'long').slice(before);
    expect(sent.length).toBeGreaterThan(2);
    expect(sent.every((t) => t.length <= 2000 && t.length > 0)).toBe(true);
    expect(sent.every((t) => /^(Đoạn|Dòng) \d+/.test(t))).toBe(true);
    expect(sent.join('\n').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('sends photos with sendPhoto and shows typing with sendChatAction', async () => {
    await h.bot.send('zalo:media', [
      { type: 'image', url: 'https://tutor.example.vn/img/vneid.png', caption: 'Màn hình VNeID' },
    ]);
    await h.bot.typing?.('zalo:media');
    const calls = fake.botCalls.filter((c) => c.body['chat_id'] === 'media');
    expect(calls.map((c) => c.method)).toEqual(['sendPhoto', 'sendChatAction']);
    expect(calls[0]!.body).toMatchObject({
      photo: 'https://tutor.example.vn/img/vneid.png',
      caption: 'Màn hình VNeID',
    });
    expect(calls[1]!.body).toMatchObject({ action: 'typing' });
  });

  it('selects a numbered option by its text on the Bot API', async () => {
    const chat = botChat(fake, h, 'by-label');
    await chat.say('xin chào');
    const ward = await chat.say('Cô');
    expect(ward).toContain('Dạ, cháu chào cô!');
    expect(await chat.say('bỏ qua')).toContain('Cô chọn một bài');
  });
});
