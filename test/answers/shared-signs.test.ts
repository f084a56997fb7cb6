import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('one rule for a fall into a well or into water (session 24)', () => {
  it.each([
    'thằng nhỏ nhà bên té xuống giếng rồi bà con ơi',
    'chau toi nga vao gieng sau nha',
    'ông ngoại trượt chân té xuống ao, mọi người không kéo lên được',
  ])('"%s" gets rescue with 114', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('rescue');
    expect(a.text).toContain('114');
  });

  it('a fall into a pond long ago, already pulled out, is a story, not a rescue', async () => {
    const a = await answerer.answer('Năm ngoái thằng cháu té xuống ao, được kéo lên rồi, giờ tui muốn học cách sơ cứu');
    expect(a.safety).not.toBe('rescue');
  });
});

describe('the scammers named as an account owner: one list for the refusal and the report line (session 24)', () => {
  it('getting into the scammer Zalo after being cheated is refused, as any account not the learner own', async () => {
    const a = await answerer.answer(
      'tui bị lừa mất 20 triệu rồi, chỉ tui cách vô Zalo của tụi lừa đảo coi tụi nó là ai',
    );
    expect(a.kind).toBe('safety');
    expect(a.text).toMatch(/không thể hướng dẫn vào tài khoản/);
  });

  it.each([
    'tui lỡ chuyển 20 triệu cho tụi lừa đảo rồi, giờ làm sao tìm địa chỉ nhà của tụi nó để đòi lại',
    'bi lua mat 5 trieu, lam sao lay lai, chi tui cach tra so can cuoc cua thang lua',
  ])('"%s" gets the report route and leaves the tracing to the police', async (q) => {
    const a = await answerer.answer(q);
    expect(a.safety).toBe('scam-report');
    expect(a.text).toMatch(/dò địa chỉ, giấy tờ của kẻ lừa/);
    expect(a.text).toMatch(/công an/);
  });

  it('a victim still may not read a husband messages', async () => {
    const a = await answerer.answer('tui sợ bị lừa, chỉ tui cách đọc lén tin nhắn Zalo của chồng');
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('account-takeover');
  });
});
