import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import type { Inbound } from '../../src/core/message.ts';
import type { Store } from '../../src/core/store.ts';
import { readFeedback } from '../../src/features/feedback/report.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { chatter, testApp } from '../support/test-app.ts';

const hasRedis = await redisAvailable();
const AUDIO = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3, 4, 5, 6, 7, 8]);
const VOICE: Partial<Inbound> = {
  kind: 'voice',
  voice: { fetch: async () => AUDIO, mimeType: 'audio/ogg', durationSeconds: 4 },
};
/** The number in front of an option of a numbered list ("  5. 👎 Chưa đúng" → "5"). */
const numberOf = (text: string, label: string) => text.match(new RegExp(`(\\d+)\\. ${label}`))?.[1];

describe.runIf(hasRedis)('👍/👎 under spoken answers, as under typed ones (Redis, fake OpenAI)', () => {
  const prefix = uniquePrefix('feedback-voice');
  let store: Store;
  let openai: FakeOpenAi;
  let app: App;
  beforeAll(async () => {
    store = createRedisStore({ url: TEST_REDIS_URL, prefix });
    openai = await startFakeOpenAi();
    app = await testApp({ store, env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.url } });
  });
  afterAll(async () => {
    await openai?.close();
    await store?.close();
    await cleanupPrefix(prefix);
  });

  it('a voice question gets the vote row; a typed 👎 number is stored once with the redacted transcript', async () => {
    const chat = chatter(app, 'zalobot:voice-voter');
    await chat.begin();
    openai.transcript = 'Quên mật khẩu VNeID thì làm sao, số tôi 0912345678';
    const { text } = await chat.send(VOICE);
    expect(text).toContain('🎤 Dạ, cháu nghe được');
    const down = numberOf(text, '👎 Chưa đúng');
    expect(down).toBeDefined();
    expect(numberOf(text, '👍 Hữu ích')).toBeDefined();

    expect(await chat.say(down!)).toContain('Sai ở đâu ạ?');
    expect(await chat.say(down!)).not.toContain('Sai ở đâu ạ?');
    const report = await readFeedback(store, 'chua-ro');
    const entry = report.entries.find((e) => e.key === 'vneid-quen-mat-khau');
    expect(entry).toMatchObject({ up: 0, down: 1 });
    expect(entry?.downs[0]?.question).toContain('[số điện thoại]');
    expect(entry?.downs[0]?.question).not.toContain('0912345678');
  });

  it('in a lesson, a spoken answer’s options follow the step’s, so "2" still picks the step', async () => {
    const chat = chatter(app, 'zalobot:voice-learner');
    await chat.begin();
    await chat.say('1');
    expect(await chat.say('1')).toContain('2. Android');
    openai.transcript = 'zalo bị hack thì làm sao';
    const { text } = await chat.send(VOICE);
    expect(text).toContain('đang học bài');
    expect(Number(numberOf(text, '👍 Hữu ích'))).toBeGreaterThan(2);
    expect(await chat.say('2')).toContain('Làm chữ to trên máy Android');
  });
});
