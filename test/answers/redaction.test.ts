import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../../src/features/answers/redact.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai.ts';
import { capturedLogger, llmApp, onboardedChat } from './answers-support.ts';

const SECRETS = [
  '001234567890',
  '0912345678',
  '84912345678',
  '654321',
  '1903456789012',
  '4111111111111111',
  'Abc@12345',
];
/** Personal data typed the way people type it, in a question the knowledge base is unsure about (so the LLM is asked). */
const QUESTION =
  'so cccd cua toi 001234567890, sdt 0912 345 678 hoac +84 912 345 678, ma otp 654321, stk 1903456789012, the 4111 1111 1111 1111, mat khau la Abc@12345. bi tru tien trong tk thi lam sao';

describe('personal data in questions', () => {
  it('replaces ID, phone, OTP, account and card numbers and passwords, but keeps amounts, years and hotlines', () => {
    const { text, kinds } = redact(QUESTION);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('[số căn cước]');
    expect(text).toContain('[số điện thoại]');
    expect(text).toContain('[mã OTP]');
    expect(text).toContain('[số tài khoản]');
    expect(text).toContain('[số thẻ]');
    expect(text).toContain('[mật khẩu]');
    expect(kinds).toEqual(expect.arrayContaining(['id-number', 'phone', 'otp', 'bank-account', 'card', 'password']));
    const harmless = 'chuyen 10.000.000 dong nam 2024, goi 156 hoac 1900 545 413, mat khau 8 ky tu';
    expect(redact(harmless)).toEqual({ text: harmless, kinds: [] });
    expect(redact('123456').text).toBe('[mã OTP]');
  });

  describe('with an LLM', () => {
    let fake: FakeOpenAi;
    beforeAll(async () => {
      fake = await startFakeOpenAi();
    });
    afterAll(() => fake.close());

    it('never sends them to the LLM nor writes them to a log, and reminds the learner kindly', async () => {
      const { logger, lines } = capturedLogger();
      const app = await llmApp(fake, { logger });
      const chat = await onboardedChat(app);
      fake.script({ reply: 'Dạ, bác gọi ngay tổng đài ngân hàng để khóa tài khoản.\nNGUON: 1' });
      const reply = await chat.say(QUESTION);

      expect(fake.requests).toHaveLength(1);
      const sent = fake.requests[0]!.raw;
      expect(sent).toContain('[số căn cước]');
      for (const secret of SECRETS) {
        expect(sent).not.toContain(secret);
        expect(lines.join('\n')).not.toContain(secret);
      }
      // Personal data must not even sit in the learner record (the question is kept redacted for a volunteer).
      expect(JSON.stringify(await chat.learner())).not.toContain('001234567890');
      expect(lines.some((l) => l.includes('"msg":"answered"'))).toBe(true);
      expect(reply).toContain('đừng gửi số căn cước, số điện thoại, mã OTP');
      expect(reply).toContain('gọi ngay tổng đài ngân hàng');
    });
  });
});
