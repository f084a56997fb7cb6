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

// Session 37 (fixm): AI-tool questions elders ask, answered without "chưa chắc".
const answersSure = sureAnswerCheck(() => answerer);

describe('AI-tool questions get their entry, sure (session 37, fixm)', () => {
  it.each([
    // Does the AI keep what I type: the privacy settings entry.
    ['chatgpt co luu lai cau hoi cua minh khong', ['ai-chatgpt-cai-dat-rieng-tu']],
    ['hỏi con AI xong nó có giữ lại chuyện mình kể không', ['ai-chatgpt-cai-dat-rieng-tu']],
    ['mấy cái mình nói với chatgpt có bị lưu lại đâu đó không', ['ai-chatgpt-cai-dat-rieng-tu']],
    // How to tell the AI is wrong: how to check its answer.
    ['lam sao biet chatgpt tra loi sai', ['ai-kiem-tra-cau-tra-loi']],
    ['con AI nói trật thì tui biết đường mô mà lần', ['ai-kiem-tra-cau-tra-loi']],
    ['sao biết Gemini trả lời đúng hay sai', ['ai-kiem-tra-cau-tra-loi']],
    // Land and civil procedures asked of an AI.
    ['hỏi chatgpt cách sang tên sổ đỏ có đúng không', ['ai-hoi-ai-ve-thu-tuc']],
    ['hoi gemini thu tuc lam giay khai sinh co tin duoc ko', ['ai-hoi-ai-ve-thu-tuc']],
    ['AI chỉ cách làm thủ tục thừa kế đất có chắc không', ['ai-hoi-ai-ve-thu-tuc']],
    // Installing a named app for an older relative, no age said.
    ['tui muốn cài cái VNeID cho má', ['vneid-cai-dat']],
    ['cai vneid cho ba toi', ['vneid-cai-dat']],
    // Breadth: a eulogy, a wedding card, a cloned voice, Copilot's maker, money sent to the wrong account.
    ['chatgpt viet giup bai dieu van cho ba tui', ['ai-bai-phat-bieu']],
    ['dùng AI làm thiệp cưới', ['ai-loi-chuc-thiep']],
    ['AI nhái giọng có giống thật không', ['ai-giong-gia-con-chau-keu-cuu']],
    ['copilot cua ai vay', ['ai-copilot-microsoft']],
    ['chuyen nham tien cho nguoi la lay lai sao', ['tt-chuyen-nham']],
  ])('"%s"', (q, entries) => answersSure(q, entries));
});

describe('look-alikes keep their own reading (session 37, fixm)', () => {
  it.each([
    ['ảo giác AI là gì', 'ai-ao-giac-la-gi'],
    ['thủ tục làm sổ đỏ lần đầu', 'dvc-dat-dai-xay-dung'],
    ['nhờ AI viết đơn xin nghỉ phép', 'ai-soan-don-thu'],
    ['đăng ký tài khoản định danh mức 2 cho mẹ', 'vneid-dang-ky-muc-2'],
    ['Zalo có lưu tin nhắn không', 'zalo-sao-luu-tin-nhan'],
  ])('"%s" stays %s', async (q, entry) => {
    const answer = await answerer.answer(q);
    expect(answer.entry).toBe(entry);
  });
  it.each([['AI giả giọng con cháu gọi xin tiền', 'ai-giong-gia-con-chau-keu-cuu']])(
    '"%s" stays a warning from %s',
    async (q, entry) => {
      const answer = await answerer.answer(q);
      expect(answer.entry).toBe(entry);
      expect(answer.kind).not.toBe('knowledge');
    },
  );
});
