import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { fold } from '../../src/core/text/fold.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Papers questions (issue 16, session 10) the knowledge base had no answer for, pinned with
 * phrasings other than the eval sets' own.
 */
describe('papers questions', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  it.each([
    [
      'giấy độc thân xin hồi tháng trước còn dùng được mấy tháng nữa',
      'gt-ho-tich-tinh-trang-hon-nhan-gia-tri',
      '6 thang',
    ],
    ['the can cuoc doi moi sao khong thay ghi que quan nua', 'gt-can-cuoc-khac-cccd', 'noi dang ky khai sinh'],
    ['Tôi thuê phòng trọ ở thành phố, ở bao lâu thì phải đăng ký tạm trú?', 'gt-cu-tru-tam-tru-thoi-han', '30 ngay'],
    ['vneid thì tích hợp được những giấy tờ gì vậy cháu', 'gt-vneid-giay-to-tich-hop', 'giay phep lai xe'],
  ])('answers "%s" from the entry with the fact', (q, entry, fact) => {
    const a = answerer.draft(q).answer;
    expect(a.entry).toBe(entry);
    expect(fold(a.text)).toContain(fact);
  });
});
