import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

const { getsKind, staysAnswer } = safetyChecks(() => answerer);

async function answersWith(q: string, entry: string) {
  const a = await answerer.answer(q);
  expect(a.kind).toBe('knowledge');
  expect(a.entry).toBe(entry);
}

describe('"có … không thì hỏi ở đâu" is a yes-no question, not a paper without an exam (session 35, fixf)', () => {
  it.each([
    'so do cua ba co bi the chap khong thi tra o dau',
    'bằng lái còn hạn không thì xem ở đâu',
    'giấy khai sinh đã đăng ký không thì tra ở đâu',
  ])('"%s" stays an answer', (q) => staysAnswer(q));

  it.each([
    'mua bang lai khong thi o dau',
    'co ai ban bang lai khong thi hoi o dau',
    'mua bang lai khong can thi thi hoi ai',
  ])('"%s" is still refused as forgery', (q) => getsKind(q, 'forgery'));
});

describe('a real part-time job, a return on a shopping app, a transfer in a bank app (session 35, fixf)', () => {
  it.each([
    ['chau tui muon tim viec lam them that thi tim o dau', 'gd-tim-viec-lam-them-that'],
    ['sinh vien tim job part time o dau khoi bi lua', 'gd-tim-viec-lam-them-that'],
    ['tìm việc làm thêm ở đâu cho uy tín', 'gd-tim-viec-lam-them-that'],
    ['nhận hàng shopee rồi mới thấy lỗi, refund sao', 'mua-yeu-cau-tra-hang-hoan-tien'],
    ['nhan hang cod roi muon tra lai shopee lam sao', 'mua-yeu-cau-tra-hang-hoan-tien'],
    ['me toi muon chuyen khoan cho con bang app ngan hang, chi cach lam', 'tt-cach-chuyen-khoan-app'],
    ['ba tui muon gui tien cho chau qua app vietcombank lam sao', 'tt-cach-chuyen-khoan-app'],
  ])('"%s" → %s', (q, entry) => answersWith(q, entry));

  it.each([
    ['hoàn tiền shopee bao lâu về ví', 'tt-hoan-tien-san-tmdt'],
    ['chuyển tiền qua điện thoại có an toàn không', 'tt-chuyen-tien-an-toan'],
  ])('look-alike "%s" keeps %s', (q, entry) => answersWith(q, entry));
});
