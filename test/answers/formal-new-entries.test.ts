import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Formal questions about procedures the knowledge base had no entry for before session 10. */
describe('formal questions on procedures added in session 10', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  it('tells someone without VNeID where to ask for a criminal-record certificate', async () => {
    const reply = await answerer.answer(
      'Tôi không có tài khoản VNeID. Xin hỏi không có VNeID thì xin phiếu lý lịch tư pháp ở đâu?',
    );
    expect(reply.entry).toBe('ltp-khong-co-vneid');
    expect(reply.text).toContain('Sở Tư pháp');
    expect(reply.text).toContain('tờ khai');
  });

  it('still answers the VNeID steps to someone who asks how to do it on the phone', async () => {
    const reply = await answerer.answer('xin phiếu lý lịch tư pháp trên điện thoại được không');
    expect(reply.entry).toBe('ltp-vneid-cac-buoc');
  });

  it('gives the validity of each driving-licence class under the 2024 road law', async () => {
    const reply = await answerer.answer(
      'Tôi có bằng lái ô tô hạng B. Xin hỏi theo luật mới, giấy phép lái xe có thời hạn bao lâu?',
    );
    expect(reply.entry).toBe('gt-gplx-thoi-han');
    expect(reply.text).toContain('10 năm');
    expect(reply.text).toContain('không thời hạn');
  });

  it('still sends an expired licence to the re-test entry', async () => {
    const reply = await answerer.answer('Giấy phép lái xe quá hạn thì có phải thi lại không?');
    expect(reply.entry).toBe('gt-gplx-qua-han');
  });
});
