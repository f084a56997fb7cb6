import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Session 13 (elder6): elders' questions typed plain, half-accented, in Southern and Central speech. */
describe('answers to elders typing plain or half-accented', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  }, 120_000);
  const answer = (q: string) => answerer.draft(q).answer;
  const read = (t: string) => answerer.language.read(t);

  it('reads a Central word typed with its tones after plain words', () => {
    expect(read('bay gio lam răng')).toBe('bay gio lam sao');
    expect(read('de o mô')).toBe('de o dau');
  });

  it('reads "hông hay", "vô" before a place, "tới nhà", "bữa mô" and "thổi phạt"', () => {
    expect(read('kham bao hiem duoc hong hay phai ve que')).toBe('kham bao hiem duoc khong hay phai ve que');
    expect(read('cong an co toi nha lam hong hay phai khieng ba ra')).toBe(
      'cong an co den nha lam khong hay phai khieng ba ra',
    );
    expect(read('tui vo sai gon tham con')).toBe('toi vao sai gon tham con');
    expect(read('the con han toi bua mo')).toBe('the con han den ngay nao');
    expect(read('bi thoi phat')).toContain('xu phat vi pham giao thong');
    // "được hông ai làm": "ai" is no "à" ending the question.
    expect(read('lam vneid cho con be duoc hong, ai lam cho no')).toContain('duoc khong ai lam');
  });

  it('gives no emergency reply when a phone falls into a pond', () => {
    const q =
      'dien thoai cu cua tui rot xuong ao hu luon roi, mua may moi dang nhap vneid no doi ma gui ve may cu, gio lam sao';
    expect(answerer.checkSafety(q)).toBeUndefined();
    expect(answer(q).entry).toBe('vneid-dien-thoai-moi');
    // A person falling into the water still is one.
    expect(answerer.checkSafety('ong nha tui rot xuong ao, goi khong tinh')?.kind).toBe('medical-emergency');
  });

  it('reads "vợ nó mới sanh" typed plain as his wife, not as going bankrupt', () => {
    const q =
      'thang con trai di lam xa, vo no moi sanh, tui muon lam giay khai sinh cho chau tren mang co duoc ko, lam mot lan co luon the bhyt khong';
    expect(answerer.checkSafety(q)).toBeUndefined();
    expect(answer(q).entry).toBe('dvc-lien-thong-khai-sinh');
  });

  it('gives no scam alarm when the learner must tell the bank of a new number', () => {
    const q =
      'Tui mới đổi qua số mới vì số cũ bị khóa rồi. Mà tin nhắn tiền vô tiền ra của ngân hàng vẫn về số cũ. Phải báo ngân hàng sao con?';
    expect(answerer.checkSafety(q)).toBeUndefined();
    expect(answer(q).entry).toBe('tien-doi-so-dien-thoai-ngan-hang');
  });

  it('answers an app message asked about ("báo … là răng") with that message, not what the app is', () => {
    expect(answer('vneid no bao thue bao hong khop la răng, tui xai sim nay may chuc nam roi').entry).toBe(
      'vneid-thue-bao-khong-khop',
    );
  });

  it('answers a code that never came, told as a story', () => {
    const q =
      'Tui vô trang dịch vụ công đăng nhập, nó nói đã gửi mã mà chờ hoài hổng thấy tin nhắn. Máy vẫn có sóng đó. Sao rứa con?';
    expect(answer(q).entry).toBe('dvc-khong-nhan-otp');
  });

  it('answers a fake doctor advert the asker finds lifelike from the knowledge base', () => {
    const q =
      'tren phay buc co video bac si noi tieng quang cao thuoc tri dut tieu duong, tui coi thay giong that lam, co nen mua hong';
    expect(answerer.checkSafety(q)).toBeUndefined();
    expect(answer(q).entry).toBe('ai-quang-cao-bac-si-gia');
  });
});
