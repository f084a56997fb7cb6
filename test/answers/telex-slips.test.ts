import { describe, expect, it } from 'vitest';
import { telexSyllable, untelex } from '../../src/features/answers/telex-slips.ts';

describe('raw Telex from a keyboard switched off', () => {
  it.each([
    ['ddocj', 'doc'],
    ['khoong', 'khong'],
    ['chuyeenr', 'chuyen'],
    ['nguwowif', 'nguoi'],
    ['maxx', 'ma'],
    ['tieenf', 'tien'],
  ])('"%s" reads as "%s"', (word, syllable) => expect(telexSyllable(word)).toBe(syllable));

  it.each(['gas', 'ios', 'sms', 'add', 'etax', 'google', 'zalo', 'otp', 'khong'])('"%s" is kept as typed', (word) =>
    expect(telexSyllable(word)).toBeUndefined(),
  );

  it('a whole message typed in raw Telex is read back', () =>
    expect(untelex('nguwowif laj nhawns tin baor chuyeenr tieenf')).toBe('nguoi la nhan tin bao chuyen tien'));

  it('English words or a stutter in an ordinary message are left alone', () => {
    for (const text of [
      'tell me how to get into his zalo',
      'binh gas nha toi bi xi ngui thay mui gas',
      'ho su su tho kho qua suj suj',
    ]) {
      expect(untelex(text)).toBe(text);
    }
  });
});
