import { describe, expect, it } from 'vitest';
import { parseSendTime, sayWhen } from '../../src/features/broadcasts/send-time.ts';

const TZ = 'Asia/Ho_Chi_Minh';
const NOW = new Date('2026-11-25T08:00:00Z'); // 15:00 on 25/11 in Hà Nội

function when(text: string): string | undefined {
  const r = parseSendTime(text, NOW, TZ);
  return r && ('at' in r ? sayWhen(r.at, NOW, TZ) : r.error);
}

describe('reading when to send a broadcast', () => {
  it('understands the ways people write a time and a day', () => {
    expect(when('gửi lúc 19:00')).toBe('19:00 hôm nay (25/11)');
    expect(when('19h')).toBe('19:00 hôm nay (25/11)');
    expect(when('tối nay 8 giờ')).toBe('20:00 hôm nay (25/11)');
    expect(when('ngày mai 8:00')).toBe('8:00 ngày mai (26/11)');
    expect(when('8 giờ sáng mai')).toBe('8:00 ngày mai (26/11)');
    expect(when('mai 8h30 sáng')).toBe('8:30 ngày mai (26/11)');
    expect(when('30/11 7:30')).toBe('7:30 ngày 30/11');
    expect(when('ngày 1/12 lúc 9 giờ')).toBe('9:00 ngày 1/12');
  });

  it('takes a time already past today as tomorrow, but refuses a day in the past', () => {
    expect(when('gửi lúc 7:00')).toBe('7:00 ngày mai (26/11)');
    expect(when('hôm nay 9:00')).toBe('past');
  });

  it('says when it cannot read the time, and ignores text without one', () => {
    expect(when('25 giờ')).toBe('unreadable');
    expect(when('31/2 8:00')).toBe('unreadable');
    expect(when('xin chào')).toBeUndefined();
  });
});
