import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('no sure answer from an entry on another paper, app or lack (session 13, confident5)', () => {
  it.each([
    // Another civil-status procedure than the entry's (group "paper"): not the marriage steps.
    ['Xin hỏi thủ tục đăng ký nhận cha, mẹ, con nộp trực tuyến ở đâu?', 'ho-tich-ket-hon-online'],
    // The question says little of the bank entry and other entries (Zalo's code, the portal's) fit it all.
    ['khong thay ma gui ve', 'tien-khong-nhan-otp'],
  ])('"%s" is asked back, not answered for sure with %s', async (question, entry) => {
    const answer = await answerer.answer(question);
    expect(answer.entry === entry && !answer.unsure).toBe(false);
    expect(answer.unsure).toBe(true);
    expect(answer.text).toMatch(/chưa chắc/);
  });

  it('a learner without VNeID is offered the way without it, not the VNeID steps', async () => {
    const answer = await answerer.answer(
      'dien thoai cua toi may cu khong cai duoc vneid, vay muon lam ly lich tu phap thi sao',
    );
    expect(answer.entry).toBe('ltp-khong-co-vneid');
  });

  it.each([
    // The leader says nothing of the app named; the entry about it goes first.
    ['zalo bao tai khoan bi tam khoa do nhap sai mat khau nhieu lan', 'zalo-bi-khoa-tai-khoan'],
    ['tra tien dien bang zalo the nao', 'tt-tien-dien-zalo'],
    // "rời khỏi nhóm" is "rời nhóm": the entry whose phrasing is said whole and closest.
    ['roi khoi nhom zalo ma khong ai biet', 'zalo-roi-nhom-im-lang'],
    // "là gì, dùng vào việc gì" is a definition entry.
    ['Tôi muốn hỏi phiếu lý lịch tư pháp là gì và thường được yêu cầu trong các thủ tục nào?', 'ltp-la-gi'],
  ])('"%s" is answered or offered with %s', async (question, entry) => {
    const answer = await answerer.answer(question);
    expect(answer.entry).toBe(entry);
  });

  it('"vô cái app" is entering the app, not installing it', async () => {
    const answer = await answerer.answer('bac oi vo cai app vneid bam vao dau');
    expect(answer.entry === 'vneid-cai-dat' && !answer.unsure).toBe(false);
  });
});
