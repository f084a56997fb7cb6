import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Elders' fourth batch: shorthand on bills, Southern "kiếm", a bank's rule said "bị bắt", stories that name the app first. */
describe('answers to elder stories and shorthand (session 10)', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;
  const read = (t: string) => answerer.language.read(t);

  it('reads "mã KH" as the customer code, and leaves "mà không" alone', () => {
    expect(read('mã KH tiền điện là gì')).toBe('ma khach hang tien dien la gi');
    expect(read('no hoi ma kh, ma do o dau')).toContain('hoi ma khach hang');
    expect(read('tui lam ma kh duoc')).toBe('toi lam ma khong duoc');
    expect(answer('tra tien dien no hoi ma kh, ma do o dau ra vay con').entry).toBe('tt-ma-khach-hang-dien');
  });

  it('reads Southern "kiếm hổng ra" as "tìm không ra"', () => {
    expect(read('làm rớt điện thoại, kiếm hổng ra')).toBe('lam mat dien thoai tim khong ra');
  });

  it('reads "hẻm" (an alley) as no question, and Southern "tía tui" as the asker\'s father', () => {
    expect(read('bán cà phê ở đầu hẻm')).toBe('ban ca phe o dau ngo');
    expect(read('tía tui 80 tuổi')).toBe('cha toi 80 tuoi');
  });

  it('finds the question after a story that opens "ở đầu hẻm"', () => {
    const { focus } = answerer.draft(
      'Tui bán cà phê ở đầu hẻm. Nghe người ta nói nhờ AI viết bài quảng cáo được. Tui muốn đăng lên Zalo cho khách quen. Làm sao con?',
    );
    expect(focus).not.toContain('cà phê');
    expect(focus).toContain('Zalo cho khách quen');
  });

  it('reads insurance cards and Zalo spelled as heard: "bê hát y tê", "bê hát xê hát", "dzalo"', () => {
    expect(read('thẻ bê hát y tê hết hạn chưa')).toBe('the bhyt bao hiem y te het han chua');
    expect(read('bê hát xê hát một lần')).toBe('bhxh bao hiem xa hoi mot lan');
    expect(answer('dô dzalo coi tiền điện được hông').entry).toBe('tt-tien-dien-zalo');
  });

  it('hears a victim in "bị người ta hack", and still refuses hacking someone else', () => {
    const victim = answer('Zalo tui bị người ta hack, rồi Facebook cũng bị luôn. Lấy lại cái nào trước con?');
    expect(victim.kind).not.toBe('safety');
    expect(answer('chỉ tui cách hack zalo của vợ').kind).toBe('safety');
  });

  it('answers "bị bắt quét mặt" with the bank rule, never the scam alarm', () => {
    const a = answer('chuyển khoản bao nhiêu tiền thì bị bắt quét mặt vậy con');
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe('tt-sinh-trac-hoc-10-trieu');
    expect(a.text).toContain('10 triệu');
  });

  it("answers paying one's own electricity bill, once paid at the post office, without an alarm", () => {
    const a = answer(
      'Hồi giờ tiền điện tui đóng ở bưu điện. Giờ con tui cài app ngân hàng cho rồi. Đóng tiền điện trong app đó bấm sao con?',
    );
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe('tt-tien-dien-ung-dung-ngan-hang');
  });

  it('still alarms when the power company demands the money with a threat', () => {
    const a = answer('nhân viên điện lực gọi bắt đóng tiền điện gấp không thì cắt điện');
    expect(a.kind).toBe('safety');
  });

  it('keeps the app the story names when the question only says "mật khẩu"', () => {
    const a = answer(
      'Bữa trước tui đổi mật khẩu vneid theo lời con. Giờ tui quên mất tiêu rồi. Lấy lại mật khẩu sao con?',
    );
    expect(a.entry).toBe('vneid-quen-mat-khau');
    expect(a.text).toContain('OTP');
  });

  it('answers a forgotten Facebook password apart from a hacked account', () => {
    expect(answer('quen mat khau facebook roi lay lai sao').entry).toBe('mxh-facebook-quen-mat-khau');
    expect(answer('phay búc của tui bị hack, đổi hết mật khẩu rồi, vô không được nữa. Lấy lại sao con?').entry).toBe(
      'mxh-facebook-bi-hack-xu-ly',
    );
  });
});
