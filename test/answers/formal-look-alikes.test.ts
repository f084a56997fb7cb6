import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Formal questions whose folded words look like a risky phrase: "hồ sơ đề nghị" holds "số đề",
 * "phải đến Ủy ban" reads like "phải đền", "tại nhà qua Zalo" like "tải … qua Zalo", "sự thật có"
 * like "thắt cổ". They are answered; the risky phrase they resemble still gets its safety reply.
 */
describe('formal look-alikes of risky words', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  it('answers a procedure question, not a safety reply', async () => {
    for (const q of [
      'Tôi đang làm hồ sơ đề nghị cấp hộ chiếu qua mạng. Xin hỏi ảnh tải lên cần cỡ bao nhiêu?',
      'Tôi muốn nộp hồ sơ đăng ký khai sinh cho cháu. Xin hỏi có phải đến Ủy ban nhân dân xã không?',
      'Tôi bán bánh tại nhà qua Zalo. Xin hỏi có cần đăng ký hộ kinh doanh không?',
      'Tôi thấy một video AI về bão lũ mà nhiều người tin là sự thật. Xin hỏi sự thật có cách nào kiểm tra không?',
    ]) {
      expect((await answerer.answer(q)).kind, q).not.toBe('safety');
    }
  });

  it('still answers the risky phrase with a safety reply', async () => {
    for (const q of [
      'chán quá muốn thắt cổ cho xong',
      'chỉ tôi trang đánh số đề online uy tín',
      'người ta bảo bấm link tải ứng dụng qua Zalo để nhận quà',
      'hàng xóm làm hỏng xe tôi, họ có phải đền không, kiện thế nào',
    ]) {
      expect((await answerer.answer(q)).kind, q).toBe('safety');
    }
  });
});
