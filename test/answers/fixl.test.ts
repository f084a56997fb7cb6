import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { sureAnswerCheck } from '../support/answer-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

// Session 36 (fixl): short fresh questions the knowledge base answers, once read with the words
// elders use: bill verbs, ages, an old blurry photo, "cấp đổi", an AI tool asked "what is it".
const answersSure = sureAnswerCheck(() => answerer);

describe('short questions get the entry that answers them, without "chưa chắc" (session 36, fixl)', () => {
  it.each([
    // An AI tool named, then "what is it": the entry about that tool, not the job it was named for.
    ['con gái bảo dùng Copilot soạn báo giá, đó là cái gì', ['ai-copilot-microsoft']],
    ['con trai nói xài Copilot viết thư, cái đó là gì vậy', ['ai-copilot-microsoft']],
    ['trong messenger có cái meta ai, cái đó là gì', ['ai-meta-ai-messenger']],
    ['thay nguoi ta xai grok, no la cai gi', ['ai-grok-la-gi']],
    // A price quote is the price-list job.
    ['nhờ ai làm báo giá gửi khách', ['ai-bang-gia']],
    ['dung chatgpt soan bao gia cho khach duoc ko', ['ai-bang-gia']],
    // An old, blurry photo made clear again.
    ['hình ông bà xưa bị mờ, có app nào làm rõ lại ko', ['ag-phuc-hoi-anh-cu']],
    ['lam anh cu bi mo ro lai bang ai', ['ag-phuc-hoi-anh-cu']],
    // Telling an AI video apart, not the fine for making one.
    ['lam sao biet video la do AI lam', ['ai-video-gia-nhan-biet']],
    // Bills: đóng, trả, nộp, thanh toán; the wallet the entry names.
    ['dong tien nuoc qua momo duoc ko', ['tt-tien-nuoc-vi-dien-tu']],
    ['nộp tiền nước bằng zalopay được không', ['tt-tien-nuoc-vi-dien-tu']],
    // "Cấp đổi" is "đổi"; the portal the entry's answer names.
    ['cap doi giay phep lai xe tren dich vu cong', ['gt-gplx-doi-cong-an']],
    // An age in years read as a child.
    ['lam the can cuoc cho be 5 tuoi', ['vneid-can-cuoc-tre-duoi-6', 'vneid-can-cuoc-tre-duoi-14']],
    // Balance alerts said as "báo tiền vô".
    ['bật báo tiền vô tài khoản ở đâu', ['nh-bien-dong-so-du']],
  ])('"%s"', (q, entries) => answersSure(q, entries));
});

describe('look-alikes keep their own reading (session 36, fixl)', () => {
  // A dollar rate asked stays unanswered (no entry); a list of papers keeps its name across commas.
  it.each([
    ['giá đô hôm nay bao nhiêu', undefined],
    ['Xin hỏi thủ tục đăng ký nhận cha, mẹ, con nộp trực tuyến ở đâu?', undefined],
  ])('"%s" is no sure answer', async (q) => {
    const answer = await answerer.answer(q);
    expect(answer.unsure).toBe(true);
  });
  it.each(['Có người thuê tôi mở tài khoản ngân hàng rồi đưa lại cho họ'])(
    '"%s": lending an account is the renting scam',
    async (q) => {
      const answer = await answerer.answer(q);
      expect(answer.entry === 'ld-cho-thue-tai-khoan' || answer.safety !== undefined).toBe(true);
    },
  );
});
