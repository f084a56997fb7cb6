import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { createAspectReader } from '../../src/features/answers/asked-aspects.ts';
import { createLanguage } from '../../src/features/answers/language.ts';
import { repoContent } from '../support/test-app.ts';

/** Sure answers carry no "chưa chắc"; offered ones start with it. */
const sure = (text: string) => !/chưa chắc/.test(text);

let answerer: Answerer;
let reader: ReturnType<typeof createAspectReader>;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  const content = await repoContent();
  answerer = createAnswerer({ content, logger: silentLogger });
  reader = createAspectReader(content.subjects, createLanguage(content.language));
}, 120_000);

describe('what a question asks of its subject (aspects of the subjects table)', () => {
  it.each([
    ['làm hộ chiếu hết bao nhiêu tiền', 'money'],
    ['lam lai can cuoc mat bao nhieu tien', 'money'],
    ['đổi bằng lái có mất phí không', 'money'],
    ['Xin hỏi mức lệ phí cấp đổi thẻ căn cước?', 'money'],
    ['tro cap huu tri xa hoi duoc bao nhieu mot thang', 'amount'],
    ['nộp hồ sơ hộ chiếu bao lâu thì có', 'duration'],
    ['dang ky tam tru mat may ngay', 'duration'],
    ['Xin cho biết thời hạn giải quyết mất bao nhiêu ngày làm việc?', 'duration'],
  ])('"%s" asks %s', (question, aspect) => {
    expect(reader.asked(question)).toContain(aspect);
  });

  it.each(['quên mật khẩu vneid', 'cách quét mã QR để chuyển tiền', 'đăng ký tạm trú trên VNeID thế nào'])(
    '"%s" asks neither a fee nor a time',
    (question) => {
      expect(reader.asked(question)).toEqual([]);
    },
  );

  it.each([
    ['Cấp lại khi mất thẻ: 70.000 đồng.', 'money'],
    ['Thủ tục này miễn phí.', 'money'],
    ['Phí do từng ngân hàng tự đặt và công bố trong biểu phí.', 'money'],
    ['Thường khoảng 8 ngày làm việc có kết quả.', 'duration'],
    ['Đổi từ 58 tuổi trở lên: dùng suốt đời.', 'duration'],
  ])('an answer saying "%s" gives %s', (answer, aspect) => {
    expect(reader.given(answer).has(aspect)).toBe(true);
  });

  it('an answer with steps only gives neither a fee nor a time (a date is no amount)', () => {
    const steps = 'Từ 1/7/2025: 1. Đăng nhập VNeID. 2. Chọn thủ tục, điền tờ khai. 3. Nộp lệ phí trực tuyến.';
    // "trực tuyến" does say the online channel (the later `online` aspect): only that.
    expect([...reader.given(steps)]).toEqual(['online']);
  });

  it.each([
    'làm hộ chiếu phổ thông hết bao nhiêu tiền lệ phí',
    'lam ho chieu online mat phi bao nhieu',
    'Xin hỏi lệ phí cấp hộ chiếu phổ thông trực tuyến là bao nhiêu tiền?',
    'ho chieu lam o dau bao nhieu tien',
  ])('"%s": the passport steps give no fee or time, so they are offered, not said for sure', async (question) => {
    const answer = await answerer.answer(question);
    expect(answer.kind).toBe('fallback');
    expect(answer.unsure).toBe(true);
    expect(answer.text).toMatch(/chưa chắc/);
  });

  it.each([
    // Phrasings of the entries themselves.
    ['lam lai the can cuoc mat bao nhieu tien', 'gt-can-cuoc-le-phi', /70\.000/],
    [
      'Thời hạn đăng ký khai sinh cho con là bao nhiêu ngày kể từ ngày sinh?',
      'ho-tich-khai-sinh-han-60-ngay',
      /60 ngày/,
    ],
    ['nguoi nha mat bao lau phai di khai tu', 'gt-ho-tich-khai-tu-thoi-han', /15 ngày/],
    ['tam tru duoc bao lau', 'cu-tru-tam-tru-het-han', /2 năm/],
    ['nguoi gia di metro ha noi co mat tien ko', 'hn-metro-nguoi-cao-tuoi', /miễn vé/],
  ])('"%s": an entry giving the fee or time asked is still said for sure', async (question, entry, fact) => {
    const answer = await answerer.answer(question);
    expect(answer.entry).toBe(entry);
    expect(sure(answer.text)).toBe(true);
    expect(answer.text).toMatch(fact);
  });
});

describe('the paper or step a question names (groups "paper" and "phone change")', () => {
  it.each([
    'ho chieu het han gia han online duoc khong',
    'hộ chiếu hết hạn rồi gia hạn trên mạng được hông',
    'Xin hỏi hộ chiếu hết hạn có gia hạn trực tuyến được không?',
  ])('"%s" is not answered for sure by the steps to renew a BHYT card', async (question) => {
    const answer = await answerer.answer(question);
    expect(answer.entry).not.toBe('sk-bhyt-gia-han');
    expect(answer.unsure).toBe(true);
  });

  it.each([
    'nop ho so dat dai tren dich vu cong duoc khong',
    'làm thủ tục sổ đỏ trên dịch vụ công được không',
    'Xin hỏi hồ sơ đất đai có nộp trực tuyến trên Cổng Dịch vụ công được không?',
  ])('"%s" is not answered for sure by the general steps to file online', async (question) => {
    const answer = await answerer.answer(question);
    expect(answer.entry === 'dvc-nop-ho-so' && !answer.unsure).toBe(false);
  });

  it.each([
    'doi dien thoai moi lam sao giu lai tin nhan zalo cu',
    'đổi điện thoại mới thì tin nhắn Zalo cũ còn không',
    'mua dien thoai moi muon chuyen tin nhan zalo qua',
  ])('"%s": a new phone is not a new number on Zalo', async (question) => {
    const answer = await answerer.answer(question);
    expect(answer.entry === 'zalo-doi-so-dien-thoai' && !answer.unsure).toBe(false);
  });

  it.each([
    ['doi sim so moi thi tai khoan zalo cu co giu duoc khong', 'zalo-doi-so-dien-thoai'],
    ['lam ho chieu online o dau', 'dvc-ho-chieu-online'],
    [
      'Xin hỏi người khuyết tật nặng được trợ cấp bao nhiêu tiền và có thẻ bảo hiểm y tế không?',
      'sk-tro-cap-khuyet-tat',
    ],
  ])('"%s" still gets its own entry first', async (question, entry) => {
    expect((await answerer.answer(question)).entry).toBe(entry);
  });
});

describe('a runner-up nearly as strong, fitting as much and saying as much of itself', () => {
  it.each([
    'gia roi khong tu quet mat ngan hang duoc ra quay lam duoc khong',
    'già rồi không tự quét mặt ngân hàng được, ra quầy làm được không',
  ])('"%s": no sure answer from the entry on faces that do not match', async (question) => {
    const answer = await answerer.answer(question);
    expect(answer.entry === 'nh-khuon-mat-khong-khop' && !answer.unsure).toBe(false);
  });

  it.each([
    ['quen mat khau vneid', 'vneid-quen-mat-khau'],
    ['Chữ trên iPhone nhỏ quá, đọc không rõ', 'dt-chu-to-iphone'],
    ['zalo bi hack roi phai lam j bay gio', 'zalo-bi-hack-xu-ly'],
  ])('"%s": an entry far ahead of the others is still sure', async (question, entry) => {
    const answer = await answerer.answer(question);
    expect(answer.entry).toBe(entry);
    expect(sure(answer.text)).toBe(true);
  });
});
