import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Questions as people write them: dialect, stories, two questions at once. */
describe('retrieval of questions as people write them', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;

  it('reads Southern and Central speech as standard words', () => {
    // "Không vào được" also reads as not logging in (session 16).
    expect(answerer.language.read('Má tui hổng dô được VNeID, làm răng?')).toBe(
      'me toi khong vao duoc dang nhap vneid lam sao',
    );
    expect(answerer.language.read('ở mô mà làm chi rứa')).toBe('o dau ma lam gi vay');
    // "mô tả", "thiệt hại" stay: only the dialect phrases are replaced.
    expect(answerer.language.read('mô tả thiệt hại')).toBe('mo ta thiet hai');
  });

  it('finds the question at the end of a story', () => {
    const a = answer(
      'Má tui năm nay 70 tuổi. Bả hổng biết xài điện thoại. Tháng rồi lương hưu hổng thấy về. Giờ tui muốn coi lương hưu về tài khoản chưa thì làm sao?',
    );
    expect(a.entry).toBe('nh-luong-huu-ve-tai-khoan');
    expect(a.unsure).toBe(false);
  });

  it('answers the hacked Zalo and the forgotten Zalo password with their own entries', () => {
    expect(answer('zalo của tôi bị hack rồi').entry).toBe('zalo-bi-hack-xu-ly');
    expect(answer('tui quen mk zalo roi').entry).toBe('zalo-quen-mat-khau');
    expect(answer('facebook bị hack làm sao lấy lại').entry).toBe('mxh-facebook-bi-hack-xu-ly');
  });

  it('answers a new SIM for VNeID with changing the number, not with installing VNeID', () => {
    const a = answer('tôi đổi sang số sim mới thì vneid làm sao');
    expect([a.entry, ...(a.suggestions ?? []).map((s) => s.entryId)]).toContain('vneid-doi-so-dien-thoai');
    expect(a.entry).not.toBe('vneid-cai-dat');
  });

  it('asks which one when two entries fit equally, never picks one for sure', () => {
    const a = answer('cach quet ma qr');
    expect(a.text).toMatch(/muốn hỏi về “.+” hay “.+”/);
    expect(a.suggestions).toHaveLength(2);
  });

  it('never answers a medical refusal to a question about logging in', () => {
    expect(answer('đăng nhập bằng mã QR trên căn cước gắn chip').safety).toBeUndefined();
  });
});
