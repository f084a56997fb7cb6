import { describe, expect, it } from 'vitest';
import { createLanguage, PLAIN_LANGUAGE } from '../../src/features/answers/language.ts';
import { contentWords } from '../../src/features/answers/search-terms.ts';

describe('formal filler: phrases of formal letters are no topic words', () => {
  const lang = createLanguage({
    accented: {},
    phrases: [],
    words: {},
    filler: ['truong hop nay', 'trach nhiem', 'thuc hien'],
  });

  it('leaves filler out of the topic words but keeps it in the read text', () => {
    const text = 'Xin hỏi trường hợp này ai có trách nhiệm thông báo lưu trú và thực hiện ở đâu?';
    expect(contentWords(text, lang)).toEqual(['ai', 'thong', 'bao', 'luu', 'tru']);
    expect(lang.read(text)).toContain('truong hop nay');
  });

  it('removes whole phrases only: "trường hợp" alone stays a topic word', () => {
    expect(contentWords('trường hợp khẩn cấp', lang)).toEqual(['truong', 'hop', 'khan', 'cap']);
  });

  it('changes nothing without a filler list', () => {
    expect(contentWords('thực hiện thông báo lưu trú', PLAIN_LANGUAGE)).toEqual([
      'thuc',
      'hien',
      'thong',
      'bao',
      'luu',
      'tru',
    ]);
  });
});
