import { describe, expect, it } from 'vitest';
import { spokenTime } from '../../src/features/general/clock.ts';

describe('the time as an elder says it', () => {
  it.each([
    ['2026-12-05', 8 * 60 + 15, '8 giờ 15 sáng, thứ Bảy, ngày 5/12/2026'],
    ['2026-12-06', 15 * 60, '3 giờ chiều, Chủ nhật, ngày 6/12/2026'],
    ['2026-12-07', 12 * 60 + 5, '12 giờ 5 trưa, thứ Hai, ngày 7/12/2026'],
    ['2026-12-07', 0, '12 giờ đêm, thứ Hai, ngày 7/12/2026'],
    ['2027-01-01', 19 * 60 + 30, '7 giờ 30 tối, thứ Sáu, ngày 1/1/2027'],
  ])('%s at minute %i is "%s"', (day, minute, said) => {
    expect(spokenTime(day, minute)).toBe(said);
  });
});
