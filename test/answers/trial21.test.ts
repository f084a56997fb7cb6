import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('everyday public-service procedures (session 19, trial21)', () => {
  it.each([
    ['nop phat nguoi qua dien thoai duoc khong', 'dvc-nop-phat-giao-thong', /quyết định xử phạt/],
    ['dang ky khai sinh online tren vneid the nao', 'dvc-lien-thong-khai-sinh', /giấy chứng sinh/],
    ['mất căn cước rồi làm sao', 'vneid-cap-lai-can-cuoc-mat', /công an xã\/phường/],
  ])('answers "%s" for sure with the legitimate entry', async (q, entry, fact) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe(entry);
    expect(a.text).toMatch(fact);
  });

  it('gives the counter route for a lost ID card, and the VNeID route too', async () => {
    const a = await answerer.answer('mat the can cuoc thi lam lai o dau');
    expect(a.kind).toBe('knowledge');
    expect(a.text).toMatch(/công an xã\/phường/);
    expect(a.text).toMatch(/VNeID/);
  });

  it.each([
    'co tin nhan bao xe toi bi phat nguoi, bam link de nop phat trong ngay, co nop khong',
    'Có người gọi xưng cảnh sát giao thông, nói tui bị phạt nguội, bảo chuyển khoản tiền phạt vô số tài khoản của anh ta',
  ])('still warns the fine-scam story "%s"', async (q) => {
    const a = await answerer.answer(q);
    expect(a.text).toMatch(/[Ll]ừa đảo|LỪA ĐẢO/);
    expect(a.entry).not.toBe('dvc-nop-phat-giao-thong');
  });
});
