import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Asking how to get an AI assistant to do a job (issue 16): the entry for that job, said surely. */
describe('answers about getting AI to do a task', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;
  const sure = (q: string, entry: string) => {
    const a = answer(q);
    expect(a.entry, q).toBe(entry);
    expect(a.unsure, q).toBe(false);
  };

  it('answers the sick-leave letter for a son surely from the letter entry', () => {
    const a = answer('con oi chi tui cach nho chat gi pi ti viet cai thu xin phep nghi om cho thang con di lam');
    expect(a.entry).toBe('ai-soan-don-thu');
    expect(a.unsure).toBe(false);
    expect(a.text).toContain('bản nháp');
    expect(a.text).not.toContain('chưa chắc');
  });

  it('answers letters asked of any assistant, however the letter is named', () => {
    sure('nho gia mi ni viet cai don xin nghi hoc 2 ngay cho chau noi gui co giao', 'ai-soan-don-thu');
    sure('bieu chatgpt lam to trinh xin nghi phep gui giam doc thi go sao', 'ai-soan-don-thu');
    sure('Nhờ Copilot viết email xin nghỉ ốm gửi sếp được không?', 'ai-soan-don-thu');
    sure('nho meta ai viet thu cam on co giao chu nhiem cua chau', 'ai-soan-don-thu');
  });

  it('reads a job as people name it and keeps their words', () => {
    const read = (t: string) => answerer.language.read(t);
    expect(read('viết cái thư xin phép nghỉ ốm')).toBe('viet cai thu xin phep soan don thu nghi om');
    expect(read('dịch cái thực đơn ra tiếng anh')).toContain('dich kiem tra');
    // "thử gửi" (try sending) is no letter.
    expect(read('thu gui lai tin nhan')).not.toContain('soan don thu');
  });

  it('sends other jobs to their own entries', () => {
    sure('chup hinh rau nha trong, nho ai viet may dong chu dang kem len facebook', 'ai-bai-dang-ban-hang');
    sure('quan pho nha tui co khach tay, bieu chatgpt dich cai thuc don ra tieng anh duoc hong', 'ai-dich-va-kiem-tra');
    sure('phuong gui cai thong bao dai may trang, nho gia mi ni rut y chinh giup', 'ai-tom-tat-tai-lieu');
    sure('nho chatgpt viet loi chuc mung tho ba noi 80 tuoi cho cam dong', 'ai-loi-chuc-thiep');
    sure('mai tui phai phat bieu o dam cuoi thang chau, nho ai viet bai phat bieu duoc ko', 'ai-bai-phat-bieu');
    sure('chau lop 12 muon nho gemini lap ke hoach on thi tot nghiep thi hoi sao', 'ai-ke-hoach-on-thi');
    sure('tui lam banh bo ban, nho ai tinh gia ban bao nhieu cho co loi duoc khong', 'ai-tinh-gia-ban');
  });

  it("offers the shop-post entry for a shop's job advert, never for a job offer asking a fee", () => {
    expect(answer('nhờ chatgpt viết cái thông báo tuyển người bán hàng cho tiệm tạp hóa').entry).toBe(
      'ai-bai-dang-ban-hang',
    );
    expect(answer('dùng ai soạn tin tuyển nhân viên phục vụ quán cơm').entry).toBe('ai-bai-dang-ban-hang');
    expect(answer('tin tuyển nhân viên bán hàng online đòi nộp phí trước có thật không').entry).not.toBe(
      'ai-bai-dang-ban-hang',
    );
  });

  it('explains a medicine leaflet with the pharmacist in the answer, not a diagnosis', () => {
    const a = answer('to huong dan trong hop thuoc chu nho xiu, chup cho ai doc giai thich giup duoc ko');
    expect(a.entry).toBe('ai-dich-bang-camera');
    expect(a.text).toContain('dược sĩ');
  });

  it("keeps one tool's own prices and buttons from another tool", () => {
    // The ChatGPT plans entry names ChatGPT in its answer: no sure answer about Gemini's price.
    expect(answer('gemini advanced gia bao nhieu mot thang').entry).not.toBe('ai-chatgpt-cac-goi');
    // An AI image app no entry covers stays an honest "not sure".
    expect(answer('midjourney ve hinh co mat phi khong').unsure).toBe(true);
  });
});
