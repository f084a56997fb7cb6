import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { createUnknownNames } from '../../src/features/answers/unknown-names.ts';
import { createLanguage } from '../../src/features/answers/language.ts';
import { repoContent } from '../support/test-app.ts';
import type { Content } from '../../src/core/content/content.ts';

let content: Content;
let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  content = await repoContent();
  answerer = createAnswerer({ content, logger: silentLogger });
}, 120_000);

describe('a second question in the same message is answered too (session 15, confident7)', () => {
  it('answers both when each clause is sure of its own entry', async () => {
    const a = await answerer.answer('Gọi Zalo có mất tiền không? Chặn người lạ nhắn Zalo thế nào?');
    expect(a.entry).toBe('zalo-goi-mien-phi');
    expect(a.unsure).toBe(false);
    expect(a.text).toMatch(/Còn câu bác hỏi về “Chặn người lạ nhắn tin Zalo thế nào\?”/);
    expect(a.sources).toHaveLength(2);
    expect((a.suggestions ?? []).map((s) => s.entryId)).toContain('zalo-chan-nguoi-la');
  });

  it('answers a Gmail password and a new Gmail address in one message', async () => {
    const a = await answerer.answer('Quên mật khẩu Gmail thì lấy lại sao, còn tạo thêm Gmail mới có mất tiền không?');
    expect(a.entry).toBe('dt-gmail-quen-mat-khau');
    expect(a.text).toMatch(/Gmail miễn phí/);
  });

  it('reads a second clause naming no app with the app the message names', async () => {
    const a = await answerer.answer(
      'Quên passcode VNeID thì làm sao, mà mật khẩu đăng nhập cũng quên thì lấy lại thế nào?',
    );
    expect(a.text).toMatch(/Quên passcode/);
    expect(a.text).toMatch(/số định danh cá nhân và số điện thoại/);
  });

  it('offers a second clause only probable of its entry, and the answer admits it is not sure', async () => {
    const a = await answerer.answer('Làm lại SIM mất cần mang gì? Còn eSIM thì đổi ở đâu?');
    expect(a.entry).toBe('tien-mat-sim-lam-lai');
    expect(a.text).toMatch(/Còn câu sau, cháu chưa chắc đã hiểu đúng ý bác\. Có phải bác muốn hỏi: “eSIM là gì/);
    expect(a.unsure).toBe(true);
  });

  it('leaves a message asking once as one sure answer', async () => {
    const a = await answerer.answer('tui 70 tuổi rồi, quên mật khẩu Zalo thì lấy lại sao');
    expect(a.entry).toBe('zalo-quen-mat-khau');
    expect(a.unsure).toBe(false);
    expect(a.text).not.toMatch(/Còn câu/);
  });
});

describe('an app named that the entry never says is no sure question (session 15, confident7)', () => {
  it.each([
    'App Tổ dân phố điện tử quên mật khẩu lấy lại sao?',
    'Ứng dụng Sổ bảo hành điện tử quên mật khẩu thì lấy lại thế nào?',
  ])('"%s" offers the bank-app entry as "Có phải…?", not for sure', async (question) => {
    const a = await answerer.answer(question);
    expect(a.unsure).toBe(true);
    expect(a.text).toMatch(/chưa chắc/);
  });

  it.each([
    ['ứng dụng VssID quên mật khẩu thì lấy lại sao', 'bhxh-vssid-quen-mat-khau'],
    ['Ứng dụng Ngân hàng số quên mật khẩu', 'tien-quen-mat-khau-ngan-hang'],
    ['ứng dụng VNeID quên mật khẩu', 'vneid-quen-mat-khau'],
  ])('"%s" stays a sure answer from %s: the entry says the name', async (question, entry) => {
    const a = await answerer.answer(question);
    expect(a.entry).toBe(entry);
    expect(a.unsure).toBe(false);
  });

  it('reads the name typed after "app" or "ứng dụng" with a capital, not a plain word', () => {
    const lang = createLanguage(content.language);
    const names = createUnknownNames(content.knowledge, lang);
    const bank = content.knowledge.find((e) => e.id === 'tien-quen-mat-khau-ngan-hang');
    expect(bank).toBeDefined();
    if (!bank) return;
    expect(names.appUnsaid('App Sổ tay đảng viên quên mật khẩu', bank)).toBe('Sổ tay');
    expect(names.appUnsaid('Tải ứng dụng VETC ở đâu', bank)).toBe('VETC');
    expect(names.appUnsaid('app ngân hàng quên mật khẩu', bank)).toBeUndefined();
    expect(names.appUnsaid('App Ngân hàng quên mật khẩu', bank)).toBeUndefined();
  });
});
