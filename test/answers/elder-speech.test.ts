import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Elders' second batch: voice-typed names, Southern words, two questions in a line, "nó" in a story. */
describe('answers to questions typed or spoken the way elders do', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;

  it('reads app names written as they sound', () => {
    const read = (t: string) => answerer.language.read(t);
    expect(read('vê nê ai đi quên mật khẩu')).toBe('vneid quen mat khau');
    expect(read('vi ét ét ai đi')).toBe('vssid');
    expect(read('chát gi pi ti là gì')).toBe('chatgpt ai la gi');
    // "bự" is read as "to" since session 19 (trial20).
    expect(read('ai phôn làm chữ bự')).toBe('iphone lam chu to');
    expect(read('nhà mới lắp wai phai')).toBe('nha moi lap wifi');
    expect(read('quên pass cốt vneid')).toBe('quen passcode vneid');
    // "máy đo huyết áp" and "có lo" keep their own words.
    expect(read('máy đo huyết áp')).toBe('may do huyet ap');
    expect(read('có lo không')).toBe('co lo khong');
  });

  it('answers a voice-typed VNeID password question with the VNeID entry', () => {
    const a = answer('vê nê ai đi quên mật khẩu rồi giờ làm răng đây con');
    expect(a.entry).toBe('vneid-quen-mat-khau');
  });

  it('answers "what is ChatGPT" for sure with the entry that says what it is', () => {
    const a = answer('chat gi pi ti la cai gi vay, con chau noi hoi cai gi no cung biet');
    expect(a.entry).toBe('ai-la-gi');
    expect(a.unsure).toBe(false);
  });

  it('answers with the entry that fits the question better, not the one repeating its app name', () => {
    const a = answer('chatgpt la cai chi, tui xai dc ko');
    expect(a.entry).toBe('ai-la-gi');
    expect(answer('tich hop bang lai no cu hien khong tim thay du lieu la răng rứa').entry).toBe(
      'vneid-khong-tim-thay-du-lieu',
    );
  });

  it('answers the first of two questions in a line and offers the second as a button', () => {
    const a = answer('lam chu to tren dt samsung sao, co kinh lup phong to hong');
    expect(a.entry).toBe('dt-chu-to-android');
    expect(a.unsure).toBe(false);
    expect((a.suggestions ?? []).map((s) => s.entryId)).toContain('dt-kinh-lup');
  });

  it('keeps a line one question when its second clause fits nothing alone', () => {
    const a = answer('Xin hỏi ứng dụng DeepSeek của Trung Quốc cài ở đâu, tài khoản đăng ký thế nào?');
    expect(a.unsure).toBe(true);
  });

  it('reads "nó" in a story as what the sentence before names', () => {
    const a = answer(
      'Tui bán bún bò ở chợ. Con gái tui chỉ xài AI viết bài quảng cáo đăng lên Zalo. Mà tui hổng biết gõ sao cho nó hiểu. Phải nhắn cho nó cái gì con?',
    );
    expect(a.entry).toBe('ai-bai-dang-ban-hang');
  });

  it('reads Southern "lộn" as a wrong transfer, not a large one', () => {
    expect(answerer.language.read('chuyển khoản lộn số tài khoản')).toBe('chuyen khoan nham so tai khoan');
    expect(answerer.language.read('chuyen khoan lon so tai khoan')).toBe('chuyen khoan nham so tai khoan');
    expect(answerer.language.read('chuyen khoan lon thi sao')).toBe('chuyen khoan lon thi sao');
  });

  it('reads voice-typed NFC and Gemini, Southern "lãnh" and Central "được chi"', () => {
    const read = (t: string) => answerer.language.read(t);
    expect(read('en ép xi là cái gì')).toBe('nfc la cai gi');
    expect(read('gia mi ni mở ở đâu')).toBe('gemini ai mo o dau');
    // Central "ni" alone is still "này".
    expect(read('bựa ni')).toBe('hom nay');
    expect(read('lanh luong huu qua the')).toBe('nhan luong huu qua the');
    expect(read('troi lanh qua')).toBe('troi lanh qua');
    expect(read('AI giup duoc chi cho toi')).toBe('ai giup duoc gi cho toi');
    expect(read('bam hoai hong an gi het')).toBe('bam hoai khong an gi het');
  });

  it('reads Central question words typed without tones, and leaves formal "vì rằng" alone', () => {
    const read = (t: string) => answerer.language.read(t);
    expect(read('quen mat khau vneid lam rang')).toBe('quen mat khau vneid lam sao');
    expect(read('coi don thuoc o mo rua')).toBe('xem don thuoc o dau vay');
    expect(read('dang nhap hong duoc la rang')).toBe('dang nhap khong duoc la sao');
    expect(read('vì rằng tôi không biết')).toBe('vi rang toi khong biet');
  });

  it('reads more names as they sound: Messenger, TikTok, Google, YouTube, ATM, SIM', () => {
    const read = (t: string) => answerer.language.read(t);
    expect(read('mét xen giơ bị khóa')).toBe('messenger bi khoa');
    expect(read('tích tốc gu gồ iu túp')).toBe('tiktok google youtube');
    expect(read('rút tiền ở a tê em, thay xim')).toBe('rut tien o atm thay sim');
  });

  it('answers the first of two questions when the second only leans on it', () => {
    const a = answer('quen ma passcode vneid roi lay lai sao, ma tien cai mat khau dang nhap cung doi luon duoc hong');
    expect(a.entry).toBe('vneid-quen-passcode');
    expect(a.unsure).toBe(false);
  });

  it('finds the lost-phone steps for a Samsung owner', () => {
    expect(answer('mat cai dt samsung, co cach nao tim ra hay xoa het du lieu tu xa khong').entry).toBe(
      'dt-mat-dien-thoai-tim-khoa',
    );
  });
});
