import { describe, expect, it } from 'vitest';
import { withoutByline } from '../../src/features/answers/column-byline.ts';

/** Session 13 (formal6): a Q&A column's header is dropped before the question is searched. */
describe('newspaper column byline', () => {
  it('drops "Bạn đọc … (place) hỏi:" and its kin', () => {
    expect(withoutByline('Bạn đọc Nguyễn Văn A (Hà Nội) hỏi: Tôi xin hỏi lệ phí?')).toBe('Tôi xin hỏi lệ phí?');
    expect(withoutByline('Độc giả có email abc@gmail.com hỏi: Xin hỏi X?')).toBe('Xin hỏi X?');
    expect(withoutByline('Ông Trần Văn B, trú tại xã C, tỉnh D, hỏi: Tôi muốn Y')).toBe('Tôi muốn Y');
    expect(withoutByline('Chị Lan hỏi: mật khẩu VNeID quên thì sao?')).toBe('mật khẩu VNeID quên thì sao?');
  });

  it('keeps a message that is no column header', () => {
    for (const q of [
      'Ông nội tôi hỏi: có được không?',
      'Bà tôi hỏi: cái này là gì',
      'Bạn đọc hỏi:',
      'Tôi hỏi: bạn là ai',
    ])
      expect(withoutByline(q)).toBe(q);
  });
});
