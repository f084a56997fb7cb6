import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/web/html.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai.ts';
import { redisAvailable } from '../support/redis.ts';
import { csrfOf, signIn, startWebServer, webClient } from '../web/support/web-client.ts';
import { loginLink } from '../web/support/team.ts';
import { flat, handoffStack, joinTeam, onboard, questionId, textOf } from './handoff-stack.ts';

const hasRedis = await redisAvailable();
const MEMBER = 'telegram:5550101';
const LEARNER = 'zalooa:7700123';
const QUESTION = 'Bác quên mật khẩu VNeID, đăng nhập lại thế nào hả cháu?';
const BEFORE = 'Cháu ơi số bác là 0912345678, bác không vào được VNeID';
const DRAFT = 'Dạ, bác mở VNeID, bấm "Quên mật khẩu" rồi làm theo hướng dẫn, mã OTP bác tự nhập thôi ạ.';

describe.runIf(hasRedis)('a drafted reply for the volunteer who claims a question (Redis, fake model)', () => {
  let openai: FakeOpenAi;
  beforeAll(async () => {
    openai = await startFakeOpenAi();
  });
  afterAll(async () => {
    await openai?.close();
  });

  /** A ward with one member, and a learner who said something, then asked for a person. */
  async function asked(env: Record<string, string>) {
    const s = await handoffStack({ env });
    await joinTeam(s, MEMBER, 'Nguyễn Thị Lan');
    const learner = await onboard(s, LEARNER, 'Phường Yên Hòa');
    await learner.say(BEFORE);
    await learner.say('gặp người hỗ trợ');
    await learner.say(QUESTION);
    const id = questionId(await learner.press('k:ho-send'));
    await s.idle();
    return { s, id };
  }

  /** `draft` is what the fake model writes next: scripted once the learner's own messages are answered. */
  async function claimed(env: Record<string, string>, draft?: string) {
    const { s, id } = await asked(env);
    if (draft !== undefined) openai.script({ reply: draft });
    const server = await startWebServer(s.app, { secret: 's' });
    const web = webClient(server.base);
    expect((await signIn(web, (await loginLink(s.app, MEMBER))!)).status).toBe(303);
    const open = await web.get(`/admin/questions/view?id=${id}`);
    expect(open.text).not.toContain('data-brief');
    const claim = await web.post('/admin/questions/claim', { id, _csrf: csrfOf(open.text) });
    expect(claim.status).toBe(303);
    return { s, id, web, server };
  }

  it('shows the closest entries with sources and a draft citing them, sent only when the volunteer presses send', async () => {
    const { s, id, web, server } = await claimed(
      { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.url },
      `${DRAFT}\nNGUON: 1`,
    );
    try {
      const before = s.sentTo(LEARNER).length;
      const page = await web.get(`/admin/questions/view?id=${id}&ok=claimed`);
      expect(page.text).toContain('Gợi ý để trả lời');
      expect(page.text).toContain('data-brief-entry="vneid-quen-mat-khau"');
      expect(page.text.match(/data-brief-entry=/g)?.length).toBeLessThanOrEqual(3);
      expect(page.text).toContain('Nguồn: <a href="https://');
      // The learner's last messages (redacted) and the tutor's answer come with it.
      const recent = page.text.slice(page.text.indexOf('data-brief-recent'));
      expect(recent).toContain('bác không vào được VNeID');
      expect(recent).toContain('[số điện thoại]');
      expect(page.text).not.toContain('0912345678');
      expect(page.text).toContain('data-brief-tutor');
      expect(page.text).toMatch(/Bản nháp do AI soạn từ mục 1 /);
      // The draft waits in the answer box; the model saw the entries and the redacted question.
      expect(page.text).toContain(`${escapeHtml(DRAFT)}</textarea>`);
      const prompt = openai.requests
        .at(-1)!
        .json!.messages.map((m) => m.content)
        .join('\n');
      expect(prompt).toContain('<tai_lieu so="1">');
      expect(prompt).toContain('quên mật khẩu VNeID');
      // Reloading costs no second model call.
      const calls = openai.requests.length;
      await web.get(`/admin/questions/view?id=${id}`);
      expect(openai.requests.length).toBe(calls);

      await s.idle();
      expect(s.sentTo(LEARNER).slice(before).map(flat).join('\n')).not.toContain('Quên mật khẩu');
      const edited = `${DRAFT} Cháu ở nhà văn hóa sáng thứ Bảy nếu bác cần.`;
      const sent = await web.post('/admin/questions/answer', { id, text: edited, _csrf: csrfOf(page.text) });
      expect(sent.status).toBe(303);
      await s.idle();
      const toLearner = s.sentTo(LEARNER).slice(before).map(textOf).join('\n');
      expect(toLearner).toContain('Cháu ở nhà văn hóa sáng thứ Bảy');
    } finally {
      await server.close();
    }
  });

  it('without a model shows the entries alone and leaves the answer box empty', async () => {
    const { id, web, server } = await claimed({});
    try {
      const page = await web.get(`/admin/questions/view?id=${id}`);
      expect(page.text).toContain('data-brief-entry="vneid-quen-mat-khau"');
      expect(page.text).not.toContain('Bản nháp do AI soạn');
      expect(page.text).toMatch(/required placeholder="[^"]*"><\/textarea>/);
    } finally {
      await server.close();
    }
  });

  it('claimed in chat: the member gets the brief and a draft; the learner gets only what they type', async () => {
    const { s, id } = await asked({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.url });
    openai.script({ reply: `${DRAFT}\nNGUON: 1` });
    const before = s.sentTo(LEARNER).length;

    const brief = await s.chat(MEMBER).press(`k:ho-claim:${id}`);
    expect(brief).toContain('💡 Gợi ý để trả lời');
    expect(brief).toContain('«Cháu ơi số bác là [số điện thoại], bác không vào được VNeID»');
    expect(brief).toContain('🤖 Trợ lý đã trả lời');
    expect(brief).toMatch(/1\. .+\n {3}Nguồn: .+ – https:\/\//);
    expect(brief).toContain('✍️ Bản nháp do AI soạn từ mục 1 (CHƯA gửi cho người hỏi)');
    expect(brief).toContain(DRAFT);
    expect(brief).toContain(`Câu hỏi #${id}`);
    expect(brief).not.toContain('0912345678');

    await s.idle();
    expect(s.sentTo(LEARNER).slice(before).map(flat).join('\n')).not.toContain('Quên mật khẩu');
    const edited = `${DRAFT} Cháu ở nhà văn hóa sáng thứ Bảy nếu bác cần.`;
    expect(await s.chat(MEMBER).say(edited)).toContain('Đã gửi câu trả lời');
    await s.idle();
    const toLearner = s.sentTo(LEARNER).slice(before).map(textOf).join('\n');
    expect(toLearner).toContain('Cháu ở nhà văn hóa sáng thứ Bảy');
    expect(toLearner.match(/Quên mật khẩu/g)?.length).toBe(1);
  });
});
