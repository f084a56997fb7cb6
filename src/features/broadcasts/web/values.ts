import type { Audience, BroadcastContent } from '../broadcast.ts';
import { AUDIENCE_CHANNELS } from '../audience.ts';
import { minuteDate, zonedEpochMinute } from '../../reminders/time.ts';
import { addDays, localTime } from '../../../core/time/local-day.ts';
import { html, type SafeHtml } from '../../../web/html.ts';

/** Who receives: everyone in the ward, or those who did not finish a lesson, are idle, or use one app. */
export type FilterChoice = 'all' | 'lesson' | 'idle' | 'channel';

/** The compose form's fields as typed, carried from step to step in hidden fields. */
export interface ComposeValues {
  text: string;
  image: string;
  link: string;
  ward: string;
  filter: FilterChoice;
  lesson: string;
  days: string;
  channel: string;
}

const FILTERS: readonly FilterChoice[] = ['all', 'lesson', 'idle', 'channel'];
const FIELDS = ['text', 'image', 'link', 'ward', 'filter', 'lesson', 'days', 'channel'] as const;

/** The fields of a post; `homeWard` when none was given (a member's own ward). */
export function valuesOf(form: URLSearchParams, homeWard: string): ComposeValues {
  const get = (name: string, max: number) => (form.get(name) ?? '').slice(0, max);
  const filter = get('filter', 10);
  return {
    // Browsers send CRLF line ends; the chat and the adapters use LF.
    text: get('text', 5000).replace(/\r\n?/g, '\n'),
    image: get('image', 600).trim(),
    link: get('link', 600).trim(),
    ward: get('ward', 100) || homeWard,
    filter: FILTERS.includes(filter as FilterChoice) ? (filter as FilterChoice) : 'all',
    lesson: get('lesson', 100),
    days: get('days', 4) || '7',
    channel: get('channel', 20),
  };
}

export const emptyValues = (ward: string): ComposeValues => ({
  text: '',
  image: '',
  link: '',
  ward,
  filter: 'all',
  lesson: '',
  days: '7',
  channel: 'telegram',
});

export function contentOf(v: ComposeValues): BroadcastContent {
  return { text: v.text.trim(), ...(v.image ? { image: v.image } : {}), ...(v.link ? { link: v.link } : {}) };
}

/** The audience the fields stand for; the service checks it (ward, lesson, days, channel) again. */
export function audienceOf(v: ComposeValues): Audience {
  switch (v.filter) {
    case 'all':
      return { ward: v.ward };
    case 'lesson':
      return { ward: v.ward, filter: { kind: 'not-finished', lessonId: v.lesson } };
    case 'idle':
      return {
        ward: v.ward,
        filter: { kind: 'inactive', days: /^\d{1,3}$/.test(v.days) ? Number(v.days) : Number.NaN },
      };
    case 'channel': {
      const known = AUDIENCE_CHANNELS.find((c) => c.channel === v.channel);
      return { ward: v.ward, filter: { kind: 'channel', channel: known?.channel ?? 'web' } };
    }
  }
}

/** The fields again, hidden, so the next step sends exactly what was previewed. */
export const hiddenValues = (v: ComposeValues): SafeHtml =>
  html`${FIELDS.map((name) => html`<input type="hidden" name="${name}" value="${v[name]}">`)}`;

/** A `datetime-local` value read in the deployment's timezone; undefined when malformed. */
export function localInput(value: string, timeZone: string): Date | undefined {
  const m = value.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/);
  if (
    !m ||
    Number(m[2]) > 23 ||
    Number(m[3]) > 59 ||
    Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`)) ||
    addDays(m[1]!, 0) !== m[1]
  )
    return undefined;
  return minuteDate(zonedEpochMinute(m[1]!, Number(m[2]) * 60 + Number(m[3]), timeZone));
}

/** `datetime-local` text of a moment in the deployment's timezone. */
export function toLocalInput(at: Date, timeZone: string): string {
  const { day, minute } = localTime(at, timeZone);
  return `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A good default start: 8:00 tomorrow morning. */
export const tomorrowMorning = (now: Date, timeZone: string): Date =>
  minuteDate(zonedEpochMinute(addDays(localTime(now, timeZone).day, 1), 8 * 60, timeZone));
