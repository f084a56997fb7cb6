import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZaloOaApi } from '../../src/channels/zalo/oa/oa-api.ts';
import { OA_TOKENS_KEY, type StoredOaTokens } from '../../src/channels/zalo/oa/oa-tokens.ts';
import { ZaloAuthError } from '../../src/channels/zalo/zalo-errors.ts';
import { zaloOaTokens } from '../../src/channels/zalo/create-zalo-channels.ts';
import {
  PermanentChannelError,
  QuotaExhaustedError,
  RateLimitedError,
  RecipientUnreachableError,
  TransientChannelError,
} from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { FakeZalo } from '../fakes/fake-zalo.ts';
import { buttonsOf, oaChat } from './oa-chat.ts';
import { seedFreshOaTokens, startOaApp, type ZaloApp } from './zalo-harness.ts';

describe('Zalo OA sending', () => {
  let fake: FakeZalo;
  let h: ZaloApp;
  let close: () => Promise<void>;
  const callsTo = (userId: string) => fake.oaCalls.filter((c) => c.userId === userId);
  beforeAll(async () => ({ fake, h, close } = await startOaApp()));
  afterAll(() => close());

  it('records -230 (Zalo refused: the person is out of reach) on the learner and does not retry', async () => {
    fake.failOaSendsTo('far-away', -230);
    const chat = oaChat(fake, h, 'far-away');
    await chat.say('menu');
    expect(callsTo('far-away').map((c) => c.error)).toEqual([-230]);
    const learner = await chat.learner();
    expect(learner?.unreachable?.reason).toBe('outside_window');

    const error = await h.oa
      .send('zalooa:far-away', [{ type: 'text', text: 'Nhắc học hôm nay ạ' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecipientUnreachableError);
    expect((error as RecipientUnreachableError).reason).toBe('outside_window');
    expect(callsTo('far-away')).toHaveLength(2);
  });

  it('maps -213, -32 and other errors to typed errors without retrying', async () => {
    const send = (userId: string) =>
      h.oa.send(`zalooa:${userId}`, [{ type: 'text', text: 'Chào bác' }]).catch((e: unknown) => e);
    fake.failNextOaSend(-213, 'User is not a follower', 'stranger');
    expect(await send('stranger')).toMatchObject({ reason: 'not_follower' });
    fake.failNextOaSend(-32, 'Exceeded rate limit', 'busy');
    const limited = await send('busy');
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterMs).toBeGreaterThan(0);
    fake.failNextOaSend(-201, 'Parameter is invalid', 'odd');
    expect(await send('odd')).toBeInstanceOf(PermanentChannelError);
    // Zalo's own "out of quota" ends like ours: the outcome "quota", never retried.
    fake.failNextOaSend(-211, 'Out of quota', 'spent');
    expect(await send('spent')).toBeInstanceOf(QuotaExhaustedError);
    for (const user of ['stranger', 'busy', 'odd', 'spent']) expect(callsTo(user)).toHaveLength(1);

    const tokens = zaloOaTokens({
      config: h.app.config,
      store: h.app.store,
      logger: silentLogger,
      clock: () => new Date(),
    });
    const offline = createZaloOaApi({ apiRoot: 'http://127.0.0.1:1', tokens, logger: silentLogger, timeoutMs: 2000 });
    expect(await offline.sendCs({ user_id: 'anyone' }, { text: 'x' }).catch((e: unknown) => e)).toBeInstanceOf(
      TransientChannelError,
    );
  });

  it('refreshes the token once after -216 and retries; a second refusal fails loudly', async () => {
    const before = fake.refreshes.ok;
    fake.failNextOaSend(-216, 'Access token is invalid', 'renewed');
    await h.oa.send('zalooa:renewed', [{ type: 'text', text: 'Chào bác' }]);
    expect(fake.refreshes.ok).toBe(before + 1);
    const [first, second] = callsTo('renewed');
    expect(first!.error).toBe(-216);
    expect(second!.error).toBe(0);
    expect(second!.accessToken).not.toBe(first!.accessToken);
    expect((await h.app.store.get<StoredOaTokens>(OA_TOKENS_KEY))?.accessToken).toBe(second!.accessToken);

    fake.failNextOaSend(-216, 'Access token is invalid', 'refused');
    fake.failNextOaSend(-220, 'Access token has expired', 'refused');
    const error = await h.oa.send('zalooa:refused', [{ type: 'text', text: 'Chào bác' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloAuthError);
    expect(callsTo('refused')).toHaveLength(2);
    expect(fake.refreshes.ok).toBe(before + 2);
  });

  it('reports an unusable refresh token on /healthz instead of burning it again', async () => {
    const stored = (await h.app.store.get<StoredOaTokens>(OA_TOKENS_KEY))!;
    await h.app.store.set(OA_TOKENS_KEY, {
      ...stored,
      refreshToken: 'rt-already-used',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const error = await h.oa.send('zalooa:someone', [{ type: 'text', text: 'Chào bác' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloAuthError);
    expect(await h.oa.healthy?.()).toBe(false);
    expect(callsTo('someone')).toEqual([]);
    await seedFreshOaTokens(h, fake);
    expect(await h.oa.healthy?.()).toBe(true);
  });

  it('renders images, links, many options, long labels and long texts within Zalo limits', async () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ label: `Bài ${i + 1}`, payload: `l:bai-${i + 1}` }));
    const long = [
      { label: `Đáp án rất dài ${'chữ '.repeat(40)}`, payload: 'q:a:0:0' },
      { label: 'Ngắn', payload: 'q:a:0:1' },
    ];
    const text = Array.from({ length: 5 }, (_, i) => `Đoạn ${i + 1}: ${'Không chia sẻ mã OTP. '.repeat(30)}`).join(
      '\n\n',
    );
    await h.oa.send('zalooa:render', [
      { type: 'image', url: 'https://tutor.example.vn/img/qr.png', caption: 'Mã QR mẫu' },
      { type: 'link', url: 'https://dichvucong.gov.vn', title: 'Cổng Dịch vụ công' },
      { type: 'choices', text: 'Chọn bài:', choices: many },
      { type: 'quiz', question: 'Câu hỏi?', options: long, index: 0, total: 1 },
      { type: 'text', text },
    ]);
    const calls = callsTo('render');
    // The caption rides in the picture's message; the numbered list joins the quiz's message.
    expect(calls[0]!.message).toEqual({
      text: 'Mã QR mẫu',
      attachment: {
        type: 'template',
        payload: {
          template_type: 'media',
          elements: [{ media_type: 'image', url: 'https://tutor.example.vn/img/qr.png' }],
        },
      },
    });
    expect(buttonsOf(calls[1])).toEqual([
      { title: 'Cổng Dịch vụ công', type: 'oa.open.url', payload: { url: 'https://dichvucong.gov.vn' } },
    ]);
    expect(calls[2]!.message['text']).toMatch(/6\. Bài 6\n\n👉 Gõ một số từ 1 đến 6\n\n.*Câu hỏi\?/);
    const quiz = buttonsOf(calls[2]);
    expect(quiz.map((b) => b.payload)).toEqual(['q:a:0:0', 'q:a:0:1']);
    expect(quiz[0]!.title.length).toBeLessThanOrEqual(100);
    expect(quiz[0]!.title).toMatch(/^1\. Đáp án rất dài .*…$/);
    expect(calls[2]!.message['text']).toContain(long[0]!.label.trim());
    const texts = calls.slice(3).map((c) => String(c.message['text']));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.length <= 2000 && t.startsWith('Đoạn'))).toBe(true);
    expect(calls.every((c) => c.error === 0)).toBe(true);
  });
});
