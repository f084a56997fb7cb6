import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { createLanguage } from '../../src/features/answers/language.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
let read: (text: string) => string;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  const content = await repoContent();
  answerer = createAnswerer({ content, logger: silentLogger });
  const lang = createLanguage(content.language);
  read = (text) => lang.read(text);
}, 120_000);

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

describe('"ck" read by what follows it (session 34, fixd)', () => {
  it.each([
    ['ck e nợ ng ta 200tr', /^chong e no/],
    ['ck tui mất rồi', /^chong toi mat/],
    ['ck em bị bắt rồi', /^chong em bi bat/],
    ['ck con gái tui say về đập phá', /^chong con gai toi say/],
    ['ck chị tui đi nhậu suốt', /^chong chi toi di nhau/],
  ])('"%s": the husband', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it.each([
    'ck e 500k nha',
    'ck con gái tui 2tr giùm',
    'ck e bị lỗi rồi',
    'ck e bị trừ tiền 2 lần',
    'ck tui mất phí không',
    'ck báo lỗi',
    'ck e nợ 200k nha',
    'ck tiền cho con gái tui bằng stk',
  ])('"%s": a transfer', (q) => {
    expect(read(q)).toMatch(/^chuyen khoan/);
  });
});

describe("a spouse's debt, a suit threatened (session 34, fixd)", () => {
  it.each([
    'ck e nợ ng ta 200tr h họ đòi kiện, e có phải trả thay ko',
    'chồng tui vay nóng 50 triệu, giờ chủ nợ bắt tui trả thay',
    'vk tui no tien hui 80 trieu, ho doa kien, tui co phai tra no thay khong',
  ])('"%s" gets the legal reply', (q) => getsReply(q, 'legal', /trợ giúp pháp lý|hòa giải|tòa án|ủy ban|luật sư/i));

  it.each(['đợi kiện hàng tới rồi mở được không', 'ck e nợ 200k nha, tối e trả'])('"%s" stays an answer', (q) =>
    staysAnswer(q),
  );
});

describe('a robbery, someone beaten or the robbers still near (session 34, fixd)', () => {
  it.each([
    'có 2 thằng chạy xe giật túi bà e, đánh bà té, h tụi nó còn đứng đầu hẻm',
    'may thang giat day chuyen cua me toi xong xo me te chay mau',
    'bon no giat dien thoai cua ong tui, gio tui no van con dung o cho',
  ])('"%s" gets 113', (q) => getsReply(q, 'violence', /113/));

  it.each(['con meo lam giat toi minh te ghe', 'giặt túi xách bằng máy giặt được không'])('"%s" is no robbery', (q) =>
    staysAnswer(q),
  );
});

describe('someone beaten at home, crying for help (session 34, fixd)', () => {
  it.each([
    'ck con gái tui say về đập phá, đánh nó, nó nhắn cứuuu, tui phải làm sao',
    'thang re say ruou ve danh con gai toi, no goi dien keu cuu',
    'ong chong dap vo no, no nhan tin cuu voi',
  ])('"%s" gets 113', (q) => getsReply(q, 'violence', /113/));
});

describe("the learner's own secret pasted with its value (session 34, fixd)", () => {
  it.each([
    'số cccd của tui nè 079165004218, mã pin thẻ 1357, coi giùm tui rút tiền atm ntn',
    'mật khẩu app ngân hàng của em là 246810, xem giúp em sao chuyển tiền không được',
    'số thẻ atm của bà đây 9704123412341234, coi giùm bà nạp tiền điện thoại ntn',
  ])('"%s" gets the own-secret reply', (q) => getsReply(q, 'own-secret', /đừng gửi mã PIN/));

  it.each(['căn cước của tôi cấp năm 2021 thì khi nào phải đổi', 'mã pin của tôi có 6 số, quên thì làm sao'])(
    '"%s" stays an answer',
    (q) => staysAnswer(q),
  );
});

describe('an emergency number asked by its digits (session 34, fixd)', () => {
  it.each(['số 114 là số j v, dạy bà lưu vào đt', 'so 114 la so gi vay'])(
    '"%s" gets the emergency numbers',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry).toBe('dt-so-khan-cap');
      expect(a.text).toMatch(/cứu hỏa/);
    },
  );
});
