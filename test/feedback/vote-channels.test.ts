import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { readFeedback } from '../../src/features/feedback/report.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { uniqueQueuePrefix } from '../support/bullmq.ts';
import { testApp } from '../support/test-app.ts';
import { LAN, startHarness, type Harness } from '../telegram/harness.ts';
import { signIn, startWebServer, webClient } from '../web/support/web-client.ts';
import { ADMIN, env, joinTeam, loginLink } from '../web/support/team.ts';
import { postBotWebhook } from '../fakes/zalo-webhooks.ts';
import { botChat, botTextUpdate, botTexts } from '../zalo/bot-chat.ts';
import { buttonsOf, oaChat, seen } from '../zalo/oa-chat.ts';
import { BOT_SECRET, seedOaTokens, startZaloApp, zaloEnv, type ZaloApp } from '../zalo/zalo-harness.ts';

const hasRedis = await redisAvailable();
const QUESTION = 'quên mật khẩu vneid thì làm sao';
const ENTRY = 'vneid-quen-mat-khau';
const WARD = 'phuong-yen-hoa';

/** The number in front of an option of a numbered list ("3. 👎 Chưa đúng" → "3"). */
const numberOf = (text: string, label: string) => text.match(new RegExp(`(\\d+)\\. ${label}`))?.[1];

/** Queues of the terminal runs: under their own prefix, so no key is left without expiry. */
const QUEUE_PREFIX = uniqueQueuePrefix('feedback-votes');

/** Runs the real `hocvuso chat` on Redis under `prefix`, with piped input. */
function terminal(lines: string[], prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/hocvuso.js', 'chat'], {
      env: {
        ...process.env,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        QUEUE_PREFIX,
        LOG_LEVEL: 'silent',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe.runIf(hasRedis)('👍/👎 under answers on every channel (Redis, fake Telegram and Zalo)', () => {
  const prefix = uniquePrefix('feedback-votes');
  let store: Store;
  let telegram: Harness;
  let fake: FakeZalo;
  let zalo: ZaloApp;
  const down = async (ward = WARD) => (await readFeedback(store, ward)).entries.find((e) => e.key === ENTRY);

  beforeAll(async () => {
    store = createRedisStore({ url: TEST_REDIS_URL, prefix });
    telegram = await startHarness({ store });
    fake = await startFakeZalo();
    zalo = await startZaloApp({ env: zaloEnv(fake, {}), store });
    await seedOaTokens(store, fake, new Date(Date.now() + 20 * 3600_000));
  });
  afterAll(async () => {
    await telegram?.stop();
    await zalo?.stop();
    await fake?.close();
    await store?.close();
    await cleanupPrefix(prefix);
    await cleanupPrefix(QUEUE_PREFIX);
  });

  it('Telegram: a 👎 button is stored once, asks what was wrong and offers the ward’s volunteer', async () => {
    const buttons = (m: { reply_markup?: Record<string, unknown> } | undefined) =>
      (
        m?.reply_markup?.['inline_keyboard'] as Array<Array<{ text: string; callback_data: string }>> | undefined
      )?.flat() ?? [];
    const keyboard = (m: Parameters<typeof buttons>[0]) => buttons(m).map((b) => b.text);
    await telegram.deliver(telegram.fake.text(LAN, `/start ward-${WARD}`));
    await telegram.deliver(telegram.fake.press(LAN, telegram.fake.last(LAN.id)!, 'Bác'));
    await telegram.deliver(telegram.fake.text(LAN, QUESTION));
    const answer = telegram.fake.last(LAN.id)!;
    expect(keyboard(answer)).toEqual(expect.arrayContaining(['👍 Hữu ích', '👎 Chưa đúng']));
    const [up, thumbDown] = ['👍 Hữu ích', '👎 Chưa đúng'].map(
      (l) => buttons(answer).find((b) => b.text === l)!.callback_data,
    );

    await telegram.deliver(telegram.fake.press(LAN, answer, '👎 Chưa đúng'));
    const asked = telegram.fake.last(LAN.id)!;
    expect(asked.text).toContain('Sai ở đâu ạ?');
    expect(keyboard(asked)).toEqual(expect.arrayContaining(['❌ Thông tin chưa đúng', '🙋 Hỏi cán bộ hỗ trợ']));
    expect(await down()).toMatchObject({ up: 0, down: 1 });

    // The same (now stale) button pressed again, and a 👍 on the same answer: nothing changes.
    await telegram.deliver(telegram.fake.callback(LAN, answer, thumbDown!));
    expect(telegram.fake.last(LAN.id)!.text).toContain('đã góp ý cho câu trả lời này rồi');
    await telegram.deliver(telegram.fake.callback(LAN, answer, up!));
    expect(await down()).toMatchObject({ up: 0, down: 1 });

    await telegram.deliver(telegram.fake.press(LAN, asked, '❌ Thông tin chưa đúng'));
    expect((await down())?.why.wrong).toBe(1);
    // The hand-off button leads to the existing "ask a volunteer" confirmation.
    await telegram.deliver(telegram.fake.press(LAN, telegram.fake.last(LAN.id)!, '🙋 Hỏi cán bộ hỗ trợ'));
    expect(telegram.fake.last(LAN.id)!.text).toMatch(
      /Gửi câu hỏi này cho tổ công nghệ số Phường Yên Hòa\?|Phường Yên Hòa chưa có cán bộ nhận câu hỏi/,
    );
  });

  it('Zalo OA: 👎 is an oa.query.hide button, stored once; a payload from an unknown answer changes nothing', async () => {
    const chat = oaChat(fake, zalo, '246845883529197001');
    await chat.event('oa-follow');
    await chat.say('1');
    await chat.say('Phường Yên Hòa');
    const answer = await chat.say(QUESTION);
    const buttons = buttonsOf(answer.at(-1));
    expect(buttons.length).toBeLessThanOrEqual(5);
    const thumbDown = buttons.find((b) => b.title === '👎 Chưa đúng');
    const asked = await chat.press(thumbDown);
    expect(seen(asked)).toContain('Sai ở đâu ạ?');
    expect(seen(asked)).toContain('[🙋 Hỏi cán bộ hỗ trợ]');
    expect(await down()).toMatchObject({ down: 2 });
    expect(seen(await chat.press(thumbDown))).toContain('đã góp ý cho câu trả lời này rồi');
    expect(seen(await chat.say('k:fb-down:0123456789ab'))).toContain('đã cũ');
    expect(await down()).toMatchObject({ down: 2 });
  });

  it('Zalo Bot: the next question after the numbered choice is answered, not taken as a vote', async () => {
    const chat = botChat(fake, zalo, 'bot-learner-01');
    await chat.say('xin chao');
    await chat.say('1');
    await chat.say('Xã Bát Tràng');
    const first = await chat.say('cài zalo thế nào');
    expect(numberOf(first, '👎 Chưa đúng')).toBeDefined();
    // Instead of a number, the learner asks something else: a real answer, no vote stored.
    const second = await chat.say(QUESTION);
    expect(second).toContain('Quên mật khẩu');
    expect(second).toContain('Nguồn:');
    expect((await readFeedback(store, 'xa-bat-trang')).total).toMatchObject({ up: 0, down: 0 });
    const asked = await chat.say(numberOf(second, '👎 Chưa đúng')!);
    expect(asked).toContain('Sai ở đâu ạ?');
    expect(asked).toMatch(/\d\. 🙋 Hỏi cán bộ hỗ trợ/);
    expect(await down('xa-bat-trang')).toMatchObject({ down: 1 });
  });

  it('Zalo Bot in a lesson: 👎 is numbered after the step; a redelivered or retyped vote changes nothing', async () => {
    const chat = botChat(fake, zalo, 'bot-learner-02');
    await chat.say('xin chao');
    await chat.say('1');
    await chat.say('Xã Bát Tràng');
    await chat.say('menu');
    await chat.say('1');
    expect(await chat.say('1')).toContain('2. Android');
    const answer = await chat.say(QUESTION);
    expect(answer).toContain('đang học bài');
    const n = numberOf(answer, '👎 Chưa đúng');
    expect(Number(n)).toBeGreaterThan(2);
    // The same message delivered twice by Zalo (one message id) is one vote.
    const vote = botTextUpdate(chat.chatId, n!);
    for (let i = 0; i < 2; i++) {
      const res = await postBotWebhook(`${zalo.base}/webhook/zalo-bot`, vote, BOT_SECRET);
      expect(res.status).toBe(200);
      await zalo.bot.idle();
    }
    const asked = botTexts(fake, chat.chatId).filter((t) => t.includes('Sai ở đâu ạ?'));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/\d\. 🙋 Hỏi cán bộ hỗ trợ/);
    expect(await down('xa-bat-trang')).toMatchObject({ down: 2 });
    // The number typed again now means the reasons shown since: it is no second vote.
    await chat.say(n!);
    expect(await down('xa-bat-trang')).toMatchObject({ up: 0, down: 2 });
  });

  it('terminal: a typed number votes 👎 and the next picks the reason, on Redis across runs', async () => {
    const first = await terminal(['xin chao', 'bac', 'yen hoa', QUESTION], prefix);
    const n = numberOf(first, '👎 Chưa đúng');
    expect(n).toBeDefined();
    const second = await terminal([n!, '3'], prefix);
    expect(second).toContain('Sai ở đâu ạ?');
    expect(second).toMatch(/\d\. 🙋 Hỏi cán bộ hỗ trợ/);
    expect(second).toContain('đã ghi lại để tổ hỗ trợ sửa câu trả lời');
    expect(await down()).toMatchObject({ down: 3, why: { wrong: 1, hard: 1 } });
  }, 120_000);

  it('shows the 👎 on the dashboard with its entry and questions, ward by ward, and in the CSV', async () => {
    const app = await testApp({ env, store });
    await joinTeam(app, 'telegram:7001', WARD);
    const server = await startWebServer(app, { secret: 's' });
    try {
      const admin = webClient(server.base);
      expect((await signIn(admin, (await loginLink(app, ADMIN))!)).status).toBe(303);
      const all = await admin.get('/admin/feedback?ward=*');
      expect(all.status).toBe(200);
      expect(all.text).toContain(`data-entry="${ENTRY}"`);
      expect(all.text).toMatch(/👎 5 · 👍 0/);
      expect(all.text).toContain('Xã Bát Tràng');
      const csv = await admin.get('/admin/feedback.csv?ward=*');
      expect(csv.text).toContain(`muc,${ENTRY},0,5,100`);
      expect(csv.text).toContain('phuong,phuong-yen-hoa,0,3,100');

      const member = webClient(server.base);
      expect((await signIn(member, (await loginLink(app, 'telegram:7001'))!)).status).toBe(303);
      const own = await member.get('/admin/feedback');
      expect(own.text).toMatch(/👎 3 · 👍 0/);
      expect(own.text).toContain('quên mật khẩu vneid thì làm sao');
      expect(own.text).not.toContain('Xã Bát Tràng');
      expect((await member.get('/admin/feedback?ward=xa-bat-trang')).status).toBe(403);
      expect((await member.get('/admin/feedback.csv?ward=*')).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
