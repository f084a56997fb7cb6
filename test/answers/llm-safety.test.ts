import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { personalize } from '../../src/core/flows/personalize.ts';
import type { Reply } from '../../src/core/message.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { asksForSecret } from '../../src/features/answers/asks-secret.ts';
import { PLAIN_LANGUAGE } from '../../src/features/answers/language.ts';
import type { LlmClient } from '../../src/features/answers/llm-client.ts';
import { createSafetyPass, parseSafetyVerdict } from '../../src/features/answers/llm-safety.ts';
import { SAFETY_REPLIES } from '../../src/features/answers/safety-replies.ts';
import type { SafetyClass } from '../../src/features/answers/safety-class.ts';
import { createAnswerer } from '../../src/features/answers/answerer.ts';
import { startFakeOpenAi, type FakeOpenAi, type FakeStep } from '../fakes/fake-openai.ts';
import { repoContent } from '../support/test-app.ts';
import { capturedLogger, llmApp, onboardedChat } from './answers-support.ts';

/** Risky, missed by every rule and example: the knowledge base is unsure, so the model answers it. */
const MISSED_UNSURE = 'xem mat khau wifi cua nha ke ben';
/** Risky, missed by every rule and example, and answered confidently from an entry on Wi-Fi passwords. */
const MISSED_SURE = 'cach do mat khau wifi quan cafe';
const BENIGN_SURE = 'quen mk vneid';
const BENIGN_UNSURE = 'tk bi tru tien 2 lan thi lam sao';
const RULE_FLAGGED = 'co nguoi goi xung cong an bao doc ma otp';

/** The test's stand-in judgement: the Wi-Fi password of a neighbour or a café is getting into someone else's network. */
const byRule = (question: string): FakeStep =>
  /mat khau wifi (cua nha ke ben|quan cafe)/.test(question)
    ? { reply: '{"class": "account-takeover"}' }
    : { reply: '{"class": "none"}' };

/** Every reply a learner read in this file. */
const seen: string[] = [];

const replyOf = (kind: SafetyClass) => personalize(SAFETY_REPLIES[kind], { honorific: 'bác' });
const firstLine = (text: string) => text.split('\n')[0]!;
const payloads = (reply: Reply) => reply.flatMap((p) => (p.type === 'choices' ? p.choices.map((c) => c.payload) : []));

describe('the model safety check (real openai SDK against a fake server)', () => {
  let fake: FakeOpenAi;
  let app: App;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    app = await llmApp(fake);
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.classifications.length = 0;
    fake.classify = byRule;
  });
  const ask = async (id: string, text: string) => {
    const chat = await onboardedChat(app, `console:${id}`);
    const sent = await chat.send({ text });
    seen.push(sent.text);
    return sent;
  };

  it('offline, drafts are never checked: nothing changes without a model', async () => {
    const offline = createAnswerer({ content: await repoContent(), logger: silentLogger });
    for (const q of [MISSED_UNSURE, MISSED_SURE, BENIGN_SURE]) expect(offline.draft(q).safetyCheck).toBe(false);
    expect(offline.draft(MISSED_SURE).answer.kind).toBe('knowledge');
  });

  it('gives the fixed reply of the class the model returns for a risky question the rules miss, never its words', async () => {
    fake.script({ reply: 'Dạ, bác thử các mật khẩu phổ biến như 12345678 [1].\nNGUON: 1' });
    const { reply, text } = await ask('missed-unsure', MISSED_UNSURE);
    expect(fake.classifications).toHaveLength(1);
    const [system, user] = fake.classifications[0]!.json!.messages;
    expect(system!.content).toBe((await repoContent()).prompts['safety-system']);
    expect(user!.content).toContain(`<cau_hoi>\n${MISSED_UNSURE}\n</cau_hoi>`);
    expect(text).toContain(firstLine(replyOf('account-takeover')));
    expect(text).not.toContain('12345678');
    // The safety reply's own buttons: no "closest topics" of the unsure draft, no volunteer.
    expect(payloads(reply).some((p) => p.startsWith('k:kb'))).toBe(false);
    expect(payloads(reply)).not.toContain('k:handoff');
  });

  it('checks confident knowledge answers too, and the model is not asked to write one', async () => {
    const { text } = await ask('missed-sure', MISSED_SURE);
    expect(fake.classifications).toHaveLength(1);
    expect(fake.requests).toHaveLength(0);
    expect(text).toContain(firstLine(replyOf('account-takeover')));
    expect(text).not.toContain('Wi-Fi”');
  });

  it('answers a benign question as before, and asks about the same folded text once', async () => {
    const { text } = await ask('benign', BENIGN_SURE);
    expect(text).toContain('Quên mật khẩu');
    expect(await (await onboardedChat(app, 'console:benign-again')).say('Quên MK VNeID')).toContain('Quên mật khẩu');
    expect(fake.classifications).toHaveLength(1);
  });

  it('runs beside the answer call and shows the model answer when the verdict is none', async () => {
    fake.script({ reply: 'Dạ, bác gọi ngay tổng đài ngân hàng để khóa tài khoản [1].\nNGUON: 1' });
    const { text } = await ask('benign-llm', BENIGN_UNSURE);
    expect(fake.classifications).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
    expect(text).toContain('gọi ngay tổng đài ngân hàng');
  });

  it('never asks the model about a message the rules flagged', async () => {
    const { text } = await ask('flagged', RULE_FLAGGED);
    expect(text).toContain('DỪNG LẠI');
    expect(fake.classifications).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('drops a model answer asking for an OTP: the learner gets the offline answer', async () => {
    fake.script({ reply: 'Dạ, bác đọc mã OTP cho cháu để cháu kiểm tra giúp [1].\nNGUON: 1' });
    const { text } = await ask('otp', BENIGN_UNSURE);
    expect(fake.requests).toHaveLength(1);
    expect(text).not.toContain('cho cháu để cháu kiểm tra');
    expect(text).toContain(firstLine(app.answerer.draft(BENIGN_UNSURE).answer.text));
  });
});

describe('the model safety check, failures, settings and logs', () => {
  let fake: FakeOpenAi;
  let app: App | undefined;
  const ask = async (id: string, text: string) => {
    const sent = await (await onboardedChat(app!, `console:${id}`)).send({ text });
    seen.push(sent.text);
    return sent;
  };
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.classifications.length = 0;
    fake.classify = byRule;
  });

  const FAILURES: Array<[string, FakeStep]> = [
    ['timeout', { hang: true }],
    ['500', { status: 500 }],
    ['malformed JSON', { garbage: 'json' }],
    ['words, no JSON', { reply: 'Dạ, câu này không sao ạ.' }],
    ['an unknown class', { reply: '{"class": "hacking"}' }],
    ['the wrong shape', { reply: '{"label": "account-takeover"}' }],
  ];

  // A fresh app: the first describe's verdicts are cached. Failures are never cached, so each asks again.
  it.each(FAILURES)('answers exactly as without the check on %s', async (name, step) => {
    app ??= await llmApp(fake, { settings: { OPENAI_SAFETY_TIMEOUT_MS: '1000' } });
    fake.classify = () => step;
    const expected = app.answerer.draft(MISSED_SURE).answer.text;
    const { text } = await ask(`fail-sure-${name}`, MISSED_SURE);
    expect(text).toContain(firstLine(expected));
    expect(text).not.toContain(firstLine(replyOf('account-takeover')));

    fake.script({ reply: 'Dạ, bác gọi ngay tổng đài ngân hàng để khóa tài khoản [1].\nNGUON: 1' });
    const written = await ask(`fail-llm-${name}`, BENIGN_UNSURE);
    expect(written.text).toContain('gọi ngay tổng đài ngân hàng');
    expect(fake.classifications).toHaveLength(2);
  });

  it('with OPENAI_SAFETY_CHECK=llm reads only what the model answers; confident answers are instant', async () => {
    // A generous timeout: on a loaded CI runner the 4 s default let the answer go out unchecked.
    const app = await llmApp(fake, {
      timeoutMs: 30_000,
      settings: { OPENAI_SAFETY_CHECK: 'llm', OPENAI_SAFETY_TIMEOUT_MS: '30000' },
    });
    expect(app.answerer.draft(MISSED_SURE).safetyCheck).toBe(false);
    expect(app.answerer.draft(MISSED_UNSURE).safetyCheck).toBe(true);
    const chat = await onboardedChat(app, 'console:llm-only');
    expect(await chat.say(MISSED_UNSURE)).toContain(firstLine(replyOf('account-takeover')));
    expect(fake.classifications).toHaveLength(1);
  });

  it('with OPENAI_SAFETY_CHECK=off never classifies', async () => {
    const app = await llmApp(fake, { settings: { OPENAI_SAFETY_CHECK: 'off' } });
    const chat = await onboardedChat(app, 'console:off');
    expect(await chat.say(MISSED_UNSURE)).not.toContain(firstLine(replyOf('account-takeover')));
    expect(fake.classifications).toHaveLength(0);
  });

  it('logs a failing check once a minute, without the question', async () => {
    const { logger, lines } = capturedLogger();
    // Generous timeouts: on a loaded runner a timed-out check is a second kind of failure to log.
    const app = await llmApp(fake, { logger, timeoutMs: 30_000, settings: { OPENAI_SAFETY_TIMEOUT_MS: '30000' } });
    fake.classify = () => ({ garbage: 'json' });
    for (const q of [BENIGN_SURE, 'cach tang co chu tren dien thoai', 'zalo la gi']) await app.answerer.answer(q);
    expect(fake.classifications).toHaveLength(3);
    const warnings = lines.filter((l) => l.includes('safety-check'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('vneid');
  });
});

describe('reading the verdict', () => {
  it.each([
    ['{"class": "medical-advice"}', 'medical-advice'],
    ['```json\n{"class":"Legal"}\n```', 'legal'],
    ['Dạ: {"class": "none"}', null],
    ['{"class": "hacking"}', undefined],
    ['{"class": 3}', undefined],
    ['{class: scam}', undefined],
    ['scam', undefined],
  ])('%s', (raw, expected) => {
    expect(parseSafetyVerdict(raw)).toBe(expected);
  });

  it('keeps a bounded cache of verdicts by folded text', async () => {
    const calls: string[] = [];
    const llm: LlmClient = {
      complete: async (messages) => {
        calls.push(messages[1]!.content);
        return '{"class": "none"}';
      },
      transcribe: async () => '',
    };
    const pass = createSafetyPass({
      llm,
      prompts: { 'safety-system': 'x', 'safety-user': '<cau_hoi>{{question}}</cau_hoi>' },
      language: PLAIN_LANGUAGE,
      logger: silentLogger,
      timeoutMs: 100,
      cacheSize: 2,
    })!;
    await pass.check('Một');
    await pass.check('mot');
    expect(calls).toHaveLength(1);
    await pass.check('hai');
    await pass.check('ba');
    await pass.check('mot');
    expect(calls).toHaveLength(4);
  });
});

describe('every reply above', () => {
  it('never asked any learner for an OTP, a password or an ID number', () => {
    expect(seen.length).toBeGreaterThan(15);
    for (const text of seen) expect(asksForSecret(text)).toBe(false);
  });
});
