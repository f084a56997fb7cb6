import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Sure answers carry no "chưa chắc"; offered ones ("Có phải bác muốn hỏi…?") start with it. */
const sure = (text: string) => !/chưa chắc/.test(text);

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('a step, city, child or amount the entry does not share is no sure answer (session 11)', () => {
  it.each([
    // Another step than the entry's (group "step"): cancel, correct, record, open an account.
    ['ngung dang ky trich no tien dien tu dong', 'tt-trich-no-tu-dong'],
    ['gplx tren vneid bi sai hang bang lai sua o dau', 'vneid-tich-hop-gplx'],
    ['google meet ghi lai cuoc hop the nao', 'dl-hop-google-meet'],
    ['muon tat xac thuc 2 lop zalo thi lam sao', 'zalo-xac-thuc-2-lop'],
    ['mo tai khoan ngan hang online tren dien thoai co an toan khong', 'tt-chuyen-tien-an-toan'],
    // Another city (group "city"), garbage fees beside water ("utility"), a young child ("child").
    ['dang ky the xe buyt mien phi cho nguoi gia o tp hcm', 'hn-the-xe-buyt-chip-online'],
    ['tien rac sinh hoat dong qua app ngan hang duoc ko', 'tt-tien-nuoc-ung-dung-ngan-hang'],
    ['chau toi 5 tuoi co can lam the can cuoc khong', 'gt-can-cuoc-cccd-con-han'],
    // An amount received asked, and "không mất phí" is no amount (aspect "amount").
    ['tien gia cua nguoi khong co luong huu duoc bao nhieu mot thang', 'bhxh-luong-huu-nhan-o-dau'],
  ])('"%s" is asked back, not answered for sure with %s', async (question, entry) => {
    const answer = await answerer.answer(question);
    expect(answer.entry === entry && !answer.unsure).toBe(false);
    expect(answer.unsure).toBe(true);
    expect(answer.text).toMatch(/chưa chắc/);
  });

  it('a few words naming no app, paper or step are not answered for sure about the driving licence', async () => {
    const answer = await answerer.answer('het han roi lam lai o dau');
    expect(answer.unsure).toBe(true);
    expect(answer.text).toMatch(/chưa chắc/);
  });

  it.each([
    ['Thông tin trên VNeID bị sai thì sửa ở đâu?', 'vneid-sai-thong-tin', /công an xã/],
    ['chan mot nguoi tren zalo the nao', 'zalo-chan-mot-nguoi', /Quản lý chặn/],
    ['dang ky the xe buyt mien phi o ha noi online the nao', 'hn-the-xe-buyt-chip-online', /xe buýt/],
    ['quen passcode vneid', 'vneid-quen-passcode', /Quên passcode/],
    ['bat xac thuc 2 lop zalo', 'zalo-xac-thuc-2-lop', /Xác thực 2 lớp/],
    // An entry stating the amount received is still sure (the entry on who is eligible states it too).
    ['tro cap huu tri xa hoi moi thang duoc bao nhieu tien', 'bhxh-huu-tri-xa-hoi', /500\.000 đồng/],
  ])('"%s" still gets %s for sure', async (question, entry, fact) => {
    const answer = await answerer.answer(question);
    expect(answer.entry).toBe(entry);
    expect(sure(answer.text)).toBe(true);
    expect(answer.text).toMatch(fact);
  });
});
