import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('installing a named app (session 19, trial20)', () => {
  it.each([
    ['hướng dẫn cài Zalo giúp bà', 'dt-cai-ung-dung'],
    ['huong dan tui cai vssid', 'bhxh-vssid-cai-dat'],
    ['chỉ ông cách tải Gemini', 'ai-cai-ung-dung-dung-cach'],
  ])('answers "%s" with the install entry, never a scam story', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe(entry);
    expect(a.text).toMatch(/CH Play/);
  });

  it('reads the learner’s own "hướng dẫn cài" said first as "cách cài", and a story’s as it is', () => {
    expect(answerer.language.read('hướng dẫn cài zalo')).toBe('cach cai zalo');
    expect(answerer.language.read('con ơi chỉ bà cách tải zalo')).toBe('con oi cach tai zalo');
    expect(answerer.language.read('có người hướng dẫn cài app')).toBe('co nguoi huong dan cai ung dung');
  });

  it('does not alarm installing the power company’s app oneself, nor one shown at the bank’s counter', async () => {
    for (const q of [
      'cách cài ứng dụng điện lực trên điện thoại để xem hóa đơn tiền điện',
      'ra quầy ngân hàng được nhân viên chỉ cài app ngân hàng, giờ muốn cài lại trên máy mới',
    ]) {
      const a = await answerer.answer(q);
      expect(a.kind).not.toBe('safety');
    }
  });

  it.each([
    'có người gọi xưng điện lực hướng dẫn tui cài app qua đường link để nhận tiền hoàn',
    'người lạ nhắn Zalo gửi link bảo cài bản VNeID mới kẻo bị khóa',
  ])('still warns when someone else tells the learner to install: %s', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('scam');
  });
});

describe('text size with or without the phone named (session 19, trial20)', () => {
  it.each(['chu nho qua doc hong noi', 'chữ bé quá con ơi', 'tăng cỡ chữ điện thoại'])(
    'gives the steps for both phones to "%s", never the keyboard',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry).toBe('dt-mat-kem-chu-to');
      expect(a.text).toMatch(/iPhone/);
      expect(a.text).toMatch(/Android/);
    },
  );

  it.each([
    ['chữ trên máy Vivo nhỏ quá, làm to lên sao', 'dt-chu-to-android'],
    ['chu tren iphone nho qua, lam to len sao', 'dt-chu-to-iphone'],
  ])('gives the named phone’s own steps to "%s", for sure', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe(entry);
    expect(a.unsure).toBe(false);
  });

  it('folds "bự", "chu be ti" and "lon len" of text', () => {
    expect(answerer.language.read('chữ bự lên')).toBe('chu to len');
    expect(answerer.language.read('chu be ti')).toBe('chu nho');
    expect(answerer.language.read('chinh chu lon len')).toBe('chinh chu to len');
  });

  it('keeps the keyboard entry for typing Vietnamese', async () => {
    const a = await answerer.answer('điện thoại gõ tiếng Việt có dấu sao');
    expect(a.entry).toBe('dt-go-tieng-viet');
  });
});

describe('short everyday questions, one best entry (session 19, trial20)', () => {
  it('answers installing the power company’s app for sure', async () => {
    const a = await answerer.answer('cài ứng dụng EVN để coi tiền điện thế nào');
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe('tt-tien-dien-ung-dung-evn');
    expect(a.unsure).toBe(false);
  });
});
