import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { repoContent } from '../support/test-app.ts';

/** The proper question first, then how elders type it: no diacritics, shorthand, typos, capitals. */
const SAME_ENTRY: Array<[string, string[]]> = [
  [
    'vneid-quen-mat-khau',
    ['Quên mật khẩu VNeID phải làm sao?', 'quen mk vneid r', 'quen mat khau vneid', 'quen mat khau vneit'],
  ],
  [
    'vneid-dien-thoai-moi',
    [
      'Điện thoại cũ hỏng rồi, đăng nhập VNeID thế nào?',
      'dt cu hu roi dang nhap vneid sao',
      'đt cũ hư rồi đăng nhập vneid sao',
    ],
  ],
  ['vneid-thue-bao-khong-khop', ['Thuê bao không khớp là sao?', 'thue bao ko khop la sao', 'THUE BAO K KHOP']],
  ['dvc-khong-nhan-otp', ['Không nhận được mã OTP khi đăng nhập dịch vụ công', 'ko nhan dc ma otp dang nhap dvc']],
  ['ld-tin-nhan-ngan-hang-gia', ['Làm sao biết tin nhắn ngân hàng giả?', 'lam sao biet tn ngan hang gia']],
  ['vneid-la-gi', ['VNeID là gì?', 'vnied la j', 'vneid la cai gi']],
  ['vneid-kich-hoat', ['Kích hoạt tài khoản VNeID thế nào?', 'kich hoat vnid ntn']],
  ['vneid-doi-so-dien-thoai', ['Tôi đổi số điện thoại thì VNeID làm sao?', 'toi doi sdt thi vneid lam sao']],
  ['tt-mat-khau-ngan-hang', ['Mật khẩu ngân hàng đặt ngày sinh được không?', 'mk ngan hang dat ngay sinh dc ko']],
  ['zalo-gui-anh', ['Gửi ảnh qua Zalo thế nào?', 'gui anh qua zalo ntn']],
  ['ld-otp-nguoi-la-xin', ['Có người xưng công an bảo đọc mã OTP', 'co ng xung cong an bao doc ma otp']],
];

/** Phrasings that appear nowhere in the knowledge base, and the entries that answer them. */
const UNSEEN: Array<[string, string, ...string[]]> = [
  ['dt bi day bo nho ko chup anh dc', 'dt-bo-nho-day'],
  ['mã qr bị dán đè', 'tt-qr-dan-de', 'shop-kiem-tra-ma-qr-moi-ngay'],
  ['nop phat nguoi o dau', 'dvc-nop-phat-giao-thong'],
  ['quen ma 6 so vneid', 'vneid-quen-passcode'],
  ['dt ko co nfc thi sao', 'vneid-nfc'],
  ['mat dien thoai thi khoa ngan hang sao', 'tt-mat-dien-thoai-ngan-hang', 'dt-mat-dien-thoai-tim-khoa'],
  ['go chu co dau', 'dt-go-tieng-viet'],
];

describe('retrieval understands how people type Vietnamese', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  it.each(SAME_ENTRY)('%s: every way of typing finds the same entry', async (entry, questions) => {
    for (const q of questions) {
      const answer = await answerer.answer(q);
      expect(answer.entry, q).toBe(entry);
      expect(answer.sources.length, q).toBeGreaterThan(0);
    }
  });

  it('finds the right entry for phrasings the knowledge base never uses', async () => {
    for (const [q, ...entries] of UNSEEN) expect(entries, q).toContain((await answerer.answer(q)).entry);
  });

  it("gives the steps for the phone the learner names, even worded like the other phone's entry", async () => {
    // The iPhone entry is phrased "Chữ trên iPhone nhỏ quá, đọc không rõ".
    expect((await answerer.answer('chu tren dt samsung nho qua doc ko ro')).entry).toBe('dt-chu-to-android');
    expect((await answerer.answer('may oppo chu be qua')).entry).toBe('dt-chu-to-android');
    expect((await answerer.answer('ip cua toi chu nho qua')).entry).toBe('dt-chu-to-iphone');
    expect((await answerer.answer('lam chu to tren iphone')).entry).toBe('dt-chu-to-iphone');
  });

  it("never gives one app's steps for another, and is not sure when no entry is about the app asked of", async () => {
    // The VNeID entry used to answer this, confidently; now Zalo has its own entry.
    expect((await answerer.answer('quen mat khau zalo')).entry).toBe('zalo-quen-mat-khau');
    const tiktokPassword = await answerer.answer('quen mat khau tiktok');
    expect(tiktokPassword.unsure).toBe(true);
    expect(tiktokPassword.text).toContain('chưa chắc');
    expect((await answerer.answer('quen mk vneid')).entry).toBe('vneid-quen-mat-khau');
    expect((await answerer.answer('quen mat khau wifi')).entry).not.toBe('vneid-quen-mat-khau');
    expect((await answerer.answer('cai zalo tren dien thoai')).entry).toBe('dt-cai-ung-dung');
  });

  it('tells money the learner sent by mistake from money a stranger "sent by mistake" to them', async () => {
    expect((await answerer.answer('chuyen nham tien cho nguoi la')).entry).toBe('tt-chuyen-nham');
    expect((await answerer.answer('toi chuyen khoan nham nguoi')).entry).toBe('tt-chuyen-nham');
    const trap = await answerer.answer('co nguoi chuyen nham tien vao tk toi');
    expect(trap.text).toContain('LỪA ĐẢO');
  });

  it('is not sure when two entries fit the question about equally, and offers the other', async () => {
    // To pay at the market, or a code a stranger sent on Zalo?
    const qr = await answerer.answer('cach quet ma qr');
    expect(qr.unsure).toBe(true);
    expect(qr.text).toMatch(/muốn hỏi về “.+” hay “.+”/);
    expect(qr.suggestions?.map((s) => s.entryId)).toContain('tt-quet-qr-thanh-toan');
  });

  it('answers confidently without an LLM, with the source link and the matching lesson', async () => {
    const answer = await answerer.answer('dt cu hu roi dang nhap vneid sao');
    expect(answer).toMatchObject({ kind: 'knowledge', unsure: false, lesson: { id: 'vneid' } });
    expect(answer.sources[0]?.url).toMatch(/^https:\/\//);
  });

  it('says honestly when it does not know, offering close topics only when there are some', async () => {
    const offTopic = await answerer.answer('gia vang hom nay bao nhieu');
    expect(offTopic).toMatchObject({ kind: 'fallback', unsure: true, sources: [] });
    expect(offTopic.text).toContain('chưa chắc');
    expect(offTopic.suggestions).toEqual([]);
    const vague = await answerer.answer('vneid');
    expect(vague.unsure).toBe(true);
    expect(vague.suggestions?.length).toBeGreaterThan(0);
  });

  it('offers a plausible entry as "Có phải…?" with its answer, never an unrelated one', async () => {
    // Other words ("máy ai phôn", "chữ bé tí") for most of one entry's phrasing: its answer, with a caveat.
    const paraphrase = await answerer.answer('may ai phon cua toi chu be ti doc khong thay');
    expect(paraphrase).toMatchObject({ kind: 'fallback', unsure: true, entry: 'dt-chu-to-iphone' });
    expect(paraphrase.text).toContain('Có phải bác muốn hỏi');
    expect(paraphrase.text).toContain('Cài đặt');
    expect(paraphrase.suggestions?.length).toBeGreaterThan(0);
    // Nothing plausible: the bare fallback, no entry's answer.
    for (const q of [
      'gia vang hom nay bao nhieu mot chi',
      'cach nau canh chua ca loc ngon',
      'xo so mien bac hom nay ra so may',
    ]) {
      const unrelated = await answerer.answer(q);
      expect(unrelated.entry).toBeUndefined();
      expect(unrelated.text).toContain('không dám trả lời bừa');
    }
  });
});
