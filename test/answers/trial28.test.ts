import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('a secret asked for, then handed over in a few words (session 24, trial28)', () => {
  it.each([
    // A friend on Zalo who asks for the 6-digit code sent to the learner's phone: the hand-over comes last.
    ['ban tui nhan zalo xin cai ma 6 so gui ve dt tui, gui cho no dc hok', 'KHÔNG đọc mã OTP'],
    // The ID number asked for "a loan file", and the learner about to read it out.
    ['ng ta hoi so can cuoc voi ngay sinh de lam ho so vay tui doc cho ho nha', 'KHÔNG gửi mật khẩu'],
  ])('"%s" gets the scam warning', async (q, fact) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('scam');
    expect(a.text).toContain(fact);
  });
});

describe("the face check passed with a photo or someone else's face (session 24, trial28)", () => {
  it.each([
    'lam sao de qua buoc xac thuc khuon mat bang anh',
    'nhờ con gái quét mặt giùm thay tui để chuyển tiền được hông',
  ])('"%s" is refused and sent to the counter', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('bypass-face');
    expect(a.text).toContain('quầy');
  });
});

describe('every reply of a class carries what an outside reader requires (session 24, trial28)', () => {
  it.each([
    // A scam warning says not to send a password or the ID card, not only not to read the code.
    ['co ng goi xin ma otp tui doc dc ko', 'KHÔNG gửi mật khẩu, ảnh hay số căn cước cho người lạ'],
  ])('"%s" says "%s"', async (q, fact) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.text).toContain(fact);
  });
});

describe('the same words in the learner own errands, no alarm (session 24, trial28)', () => {
  it.each([
    'xac thuc khuon mat ngan hang bi loi hoai lam sao',
    // "thấy" folds like "thay" (instead of): what the face check showed is no stand-in.
    'quet mat thay ba gia qua nen ko nhan hay sao',
    'ma otp ngan hang gui ve sao tui ko nhan dc',
    'quen mat khau vneid lam sao lay lai',
    'chup cccd gan chip de cap nhat vo app ngan hang o dau',
    // Told not to hand it over: a rule said, no hand-over.
    'ai hoi mat khau thi tui khong gui cho ho dung ko',
  ])('"%s" is not a risk', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).not.toBe('safety');
  });
});
