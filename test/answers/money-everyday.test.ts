import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Everyday money and telecom questions (issue 16) that used to get a false alarm or the wrong entry.
 * Each kind is pinned with phrasings other than the eval sets' own.
 */
describe('everyday money questions', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  // "thu nhận", "tiếp nhận" fold to the "nhắn" of a message: an office receiving papers reached out to no one.
  it.each([
    'được công an phường thu nhận hồ sơ đăng ký thường trú, có phải đóng tiền không',
    'con toi da duoc cong an xa tiep nhan ho so lam can cuoc, bao lau thi co',
    'mẹ tôi được công an phường thu nhận hồ sơ cấp căn cước rồi, giờ chuyển tiền lệ phí sao',
  ])('raises no alarm when an office receives papers: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).not.toContain('DỪNG LẠI');
  });

  it('still warns when the police reach out for money', () => {
    const a = answerer.draft('công an phường nhắn tin bắt tôi nộp tiền phạt vào tài khoản cá nhân').answer;
    expect(a.text).toContain('DỪNG LẠI');
  });

  // "nó báo đã gửi mã OTP", "đợi hoài": the app telling it sent a code, not someone asking for it.
  it.each([
    'toi moi doi sim, mo app ngan hang no bao da gui ma otp ma doi hoai khong thay ma otp dau. lam sao day',
    'Sáng nay tôi chuyển tiền cho con. Ứng dụng báo đã gửi mã OTP về máy mà chờ mãi không thấy tin nhắn nào. Tôi làm sai chỗ nào?',
  ])('answers why no OTP arrives inside a story: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe('tien-khong-nhan-otp');
  });

  it.each(['nhận mã qua Zalo hay SMS', 'ma xac nhan gui qua zalo hay tin nhan sms moi dung'])(
    'answers a code by Zalo or SMS from the entry on both: %s',
    (q) => {
      const a = answerer.draft(q).answer;
      expect(a.entry).toBe('tien-ma-qua-zalo-hay-sms');
      expect(a.text.toLowerCase()).toContain('không đọc');
    },
  );
});
