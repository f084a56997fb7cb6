import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguage, type Language } from '../../src/features/answers/language.ts';
import { storyParts } from '../../src/features/answers/question-focus.ts';
import { repoContent } from '../support/test-app.ts';

describe('a question opening on the law it is asked under', () => {
  let lang: Language;
  beforeAll(async () => {
    lang = createLanguage((await repoContent()).language);
  });

  it('moves the law into the context and keeps what is asked as the focus', () => {
    const parts = storyParts(
      'Xin hỏi theo Luật Bảo vệ dữ liệu cá nhân năm 2025, hành vi mua bán dữ liệu cá nhân có bị cấm không?',
      lang,
    );
    expect(parts.law).toBe('Xin hỏi theo Luật Bảo vệ dữ liệu cá nhân năm 2025');
    expect(parts.focus).toBe('hành vi mua bán dữ liệu cá nhân có bị cấm không?');
    expect(parts.context).toContain('Luật Bảo vệ dữ liệu cá nhân');
  });

  it('leaves a question alone when what follows the law asks too little, or no law opens it', () => {
    expect(
      storyParts('Xin hỏi theo Nghị định 13/2023/NĐ-CP, thì sao ạ, có đúng là như vậy không?', lang).law,
    ).toBeUndefined();
    expect(
      storyParts('Tôi muốn hỏi thủ tục đăng ký tạm trú, cần những giấy tờ gì và nộp ở đâu cho nhanh nhất?', lang).law,
    ).toBeUndefined();
  });
});
