import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai.ts';
import { llmApp, onboardedChat } from './answers-support.ts';

/** A question the knowledge base is only half sure about, so the LLM is asked. */
const UNSURE = 'tk bi tru tien 2 lan thi lam sao, sdt toi 0912345678';

describe('LLM mode retrieves before it answers', () => {
  let fake: FakeOpenAi;
  let app: App;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    app = await llmApp(fake, { timeoutMs: 2000 });
  });
  afterAll(() => fake.close());

  it('lets the model rewrite the question and choose among the top 20 entries, then answers from those', async () => {
    const chat = await onboardedChat(app, 'console:retrieve');
    fake.standIn = true;
    const text = await chat.say(UNSURE);
    fake.standIn = false;
    const retrieval = fake.retrievals.at(-1)!.json!.messages;
    expect(retrieval[0]!.content).toContain('TRUY_VAN');
    const listed = [...retrieval[1]!.content.matchAll(/^\[([a-z0-9-]+)\]/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.length).toBeLessThanOrEqual(20);
    // The question reaches the model without personal data, in both calls.
    expect(retrieval[1]!.content).not.toContain('0912345678');
    expect(fake.requests.at(-1)!.raw).not.toContain('0912345678');
    // The answer call got the three entries the model chose (the stand-in chooses the first three).
    const answerUser = fake.requests.at(-1)!.json!.messages[1]!.content;
    const chosen = listed.slice(0, 3).map((id) => app.answerer.knowledge().find((e) => e.id === id)!);
    for (const entry of chosen) expect(answerUser).toContain(entry.answer.trim().slice(0, 40));
    expect(text).toContain('Nguồn: https://');
  });

  it('keeps the offline passages when the retrieval reply is unusable', async () => {
    const chat = await onboardedChat(app, 'console:retrieve-bad');
    const before = fake.requests.length;
    fake.script({ reply: 'Dạ, đây là câu trả lời.\nNGUON: 1' });
    const text = await chat.say('tk bi tru tien 2 lan thi lam sao');
    expect(fake.requests.length).toBe(before + 1);
    expect(text).toContain('Nguồn: https://');
  });

  it("lists first the entries of the reading the offline answer trusted (a formal question's topic sentence)", async () => {
    const chat = await onboardedChat(app, 'console:retrieve-formal');
    await chat.say(
      'Tôi và vợ sắp cưới muốn đăng ký kết hôn. Xin hỏi có nộp hồ sơ trực tuyến được không và cơ quan nào giải quyết?',
    );
    const listed = [...fake.retrievals.at(-1)!.json!.messages[1]!.content.matchAll(/^\[([a-z0-9-]+)\]/gm)].map(
      (m) => m[1],
    );
    expect(listed[0]).toBe('ho-tich-ket-hon-online');
    expect(listed.length).toBeLessThanOrEqual(20);
  });

  it('asks the model nothing about a service no entry covers, and says honestly it is not sure', async () => {
    const chat = await onboardedChat(app, 'console:retrieve-sora');
    const calls = fake.requests.length + fake.retrievals.length;
    const text = await chat.say('Xin hỏi cài ứng dụng Sora của OpenAI để làm video ở đâu, có tiếng Việt không?');
    expect(fake.requests.length + fake.retrievals.length).toBe(calls);
    expect(text).toContain('chưa chắc');
  });
});
