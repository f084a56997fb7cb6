import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('a few words that leave the app, bank or carrier unsaid are asked back (session 14, confident6)', () => {
  it.each([
    // A bank's, a SIM's or VNeID's face check? Two words name none of them.
    ['quét mặt không được', 'tt-sinh-trac-hoc-10-trieu'],
    // Wrong details where: VNeID, the bank, social insurance? Four words close to no phrasing of the VNeID entry.
    ['sai thông tin thì sửa sao', 'vneid-sai-thong-tin'],
  ])('"%s" gets "chưa chắc", not a sure answer from %s', async (question, entry) => {
    const answer = await answerer.answer(question);
    expect(answer.entry === entry && !answer.unsure).toBe(false);
    expect(answer.unsure).toBe(true);
    expect(answer.text).toMatch(/chưa chắc/);
  });

  it.each([
    // The question says a whole phrasing of the entry, or asks what it defines: its words name it.
    ['esim la gi, may toi dung duoc khong', 'tien-esim'],
    ['mobile money la gi, dung de lam gi', 'tien-mobile-money'],
    ['ao giac ai la gi', 'ai-ao-giac-la-gi'],
    // Close to a phrasing of the NFC entry: no app needs naming.
    ['en ep si bat o dau tren dt', 'vneid-nfc'],
    ['lam sao nhan biet tin gia tren mang', 'dl-tin-gia-dau-hieu'],
  ])('"%s" stays a sure answer from %s', async (question, entry) => {
    const answer = await answerer.answer(question);
    expect(answer.entry).toBe(entry);
    expect(answer.unsure).toBe(false);
    expect(answer.text).not.toMatch(/chưa chắc/);
  });
});
