import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Elders' fifth batch: a newborn grandchild, Central "hè", hearsay, a letter drafted by AI, a lost SIM. */
describe('answers to elders asking about babies, letters and lost SIMs', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;
  const read = (t: string) => answerer.language.read(t);

  it('says a baby just born in the entries’ words, however an elder says it', () => {
    expect(read('thằng cháu nội mới đẻ')).toBe('chau moi sinh tre em so sinh');
    expect(read('chau ngoai moi sanh')).toBe('chau moi sinh tre em so sinh');
    expect(read('bé sơ sinh')).toContain('tre em');
    expect(read('con bé được 3 tháng tuổi')).toContain('3 thang tuoi tre em');
    // "Để" (to put) is not "đẻ", summer is not a particle, last month's bill stays last month's.
    expect(read('tui mới để điện thoại trên bàn')).toBe('toi moi de dien thoai tren ban');
    expect(read('nghỉ hè cho cháu học gì')).toContain('nghi he');
    expect(read('đăng ký được hè')).toBe('dang ky duoc khong');
    expect(read('tien dien thang cu')).toBe('tien dien thang cu');
  });

  it('answers VNeID for a newborn grandchild with the children’s VNeID entry, not school enrolment', () => {
    const a = answer('răng mà đăng ký vneid cho thằng cháu nội mới đẻ được hè');
    expect(a.entry).toBe('vneid-tre-em');
    expect(a.text).toMatch(/khai sinh/);
    expect(a.text).toMatch(/cha, mẹ/);
    expect(answer('dang ky vneid cho chau ngoai moi sanh duoc hong').entry).toBe('vneid-tre-em');
  });

  it('reads "người ta nói" after a phone as hearsay, not as someone else’s account', () => {
    const a = answer(
      'Má tui 80 tuổi, hổng biết xài điện thoại cảm ứng. Người ta nói ai cũng phải có vneid. Vậy má tui phải làm sao?',
    );
    expect(a.kind).not.toBe('safety');
    expect(a.entry).toBe('vneid-khong-co-smartphone');
    expect(answer('tui muon doc tin nhan dien thoai cua nguoi ta ma khong bi biet').kind).toBe('safety');
  });

  it('helps draft a letter to the ward with AI, but still refuses a lawsuit', () => {
    const a = answer(
      'Nhà bên cạnh xây lấn qua đất tui, tui muốn viết đơn gửi phường mà hổng biết viết. Nhờ chatgpt viết đơn được hông con?',
    );
    expect(a.kind).not.toBe('safety');
    expect(a.entry).toBe('ai-soan-don-thu');
    const suing = answer('nho chatgpt viet don kien hang xom lan chiem dat nha toi');
    expect(suing.kind).toBe('safety');
    expect(suing.safety).toBe('legal');
  });

  it('tells how to get a lost SIM back with the same number', () => {
    const a = answer('mat sim roi lam lai sim cung so o dau can mang gi');
    expect(a.entry).toBe('tien-mat-sim-lam-lai');
    expect(a.text).toMatch(/căn cước/);
  });
});
