import { personalize } from '../../core/flows/personalize.ts';
import type { Feature } from '../../core/router/feature.ts';
import { localTime } from '../../core/time/local-day.ts';
import { partOfDay } from '../../core/time/part-of-day.ts';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** "8 giờ 15 sáng, thứ Bảy, ngày 5/12/2026" for a local day and minute of the day. */
export function spokenTime(day: string, minute: number): string {
  const hour = Math.floor(minute / 60);
  const min = minute % 60;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const [y, m, d] = day.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? '';
  const time = min === 0 ? `${h12} giờ` : `${h12} giờ ${min}`;
  return `${time} ${partOfDay(hour)}, ${weekday}, ngày ${d}/${m}/${y}`;
}

/** "Mấy giờ rồi?", "hôm nay thứ mấy?" (`flows/talk.yaml`, command `clock`): the learner's local time and day. */
export function clockFeature(deps: { defaultTimezone: string }): Feature {
  return {
    name: 'clock',
    decide(ctx) {
      if (ctx.command !== 'clock') return undefined;
      const { day, minute } = localTime(ctx.now, ctx.learner.timezone ?? deps.defaultTimezone);
      const text = personalize(`Dạ, bây giờ là ${spokenTime(day, minute)} ạ. 🕰️`, ctx.learner);
      return { reply: [{ type: 'text', text }], showPending: true };
    },
  };
}
