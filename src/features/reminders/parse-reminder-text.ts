import { parseChoiceNumber } from '../../core/text/number-words.ts';

/** What a typed reminder message asks for. */
export type ReminderIntent =
  | { type: 'at'; minute: number }
  /** A time was typed but cannot be read ("nhắc lúc 25 giờ"). */
  | { type: 'bad-time' }
  | { type: 'pause'; days: number }
  /** A part of the day with no time ("nhắc bà buổi tối nha"). */
  | { type: 'period'; period: DayPeriod }
  /** A day to be skipped ("mai khỏi nhắc"): pausing or turning off is asked, not guessed. */
  | { type: 'skip' }
  /** `timezone` undefined: the learner typed "múi giờ" alone. */
  | { type: 'timezone'; timezone?: string };

export type DayPeriod = 'sang' | 'trua' | 'chieu' | 'toi';

export const MAX_PAUSE_DAYS = 30;
export const DEFAULT_PAUSE_DAYS = 3;

const FILLER = /\s+(hang ngay|moi ngay|nhe|nha|nhe chau|a|di|giup toi|giup|cho toi|nhe em)$/;
const CLOCK = /^(\d{1,2})(?: gio)?(?: (\d{1,2})(?: phut)?| (ruoi))?(?: (sang|trua|chieu|toi|dem))?$/;

/** Reads a folded time of day: "6 gio 15", "6h15", "19 30", "7 gio toi", "6 gio ruoi". Minute of day, or undefined. */
export function parseClock(folded: string): number | undefined {
  let s = folded.trim();
  for (let prev = ''; prev !== s; ) s = (prev = s).replace(FILLER, '');
  s = s
    .replace(/^(qua|sang|thanh|ve|xuong|len|lai) (?=(luc |vao )?\d)/, '')
    .replace(/^(luc|vao luc|vao|luc la)\s+/, '')
    .replace(/(\d)\s*[hg]\s*(\d)/g, '$1 gio $2')
    .replace(/(\d)\s*[hg]\b/g, '$1 gio');
  const m = s.match(CLOCK);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[3] ? 30 : Number(m[2] ?? 0);
  const period = m[4];
  if ((period === 'chieu' || period === 'toi') && hour >= 1 && hour <= 11) hour += 12;
  else if (period === 'dem' && hour >= 8 && hour <= 11) hour += 12;
  else if (period === 'dem' && hour === 12) hour = 0;
  else if (period === 'trua' && hour >= 1 && hour <= 2) hour += 12;
  if (hour > 23 || minute > 59) return undefined;
  return hour * 60 + minute;
}

// "nhắc bà lúc 7 giờ tối": whom to remind may stand between the verb and the time.
const SET_TIME =
  /^(?:nhac|dat nhac|hen nhac|dat gio nhac|doi gio nhac|hen gio nhac)(?: (?:toi|tui|minh|ba|bac|ong|co|chu|anh|chi|em))?(?: hoc| nho)? (.+)$/;
// "8h tối nhắc bà học nhé": the time first, then the verb and whom to remind.
const TIME_FIRST =
  /^(.+?) (?:nhac|dat nhac|hen nhac)(?: (?:toi|tui|minh|ba|bac|ong|co|chu|anh|chi|em))?(?: hoc| nho)?$/;
/** "cháu ơi", "con" before the request. */
const CALLED = /^(?:(?:chau|con|em|tro ly)(?: oi)? )+/;
/** Who wants it before the request ("bác muốn đổi giờ nhắc…", "cho bác đổi giờ nhắc…"). */
const WANTS =
  /^(?:(?:(?:toi|tui|minh|ba|bac|ong|co|chu|anh|chi|em|con) )?(?:muon|can|xin|dinh|tinh) |cho (?:toi|tui|minh|ba|bac|ong|co|chu|anh|chi|em|con) )/;
/** "mai", "từ nay", "mỗi ngày" before the request: the reminder is daily whenever it starts. */
const FROM_WHEN = /^(?:(?:tu |ke tu )?(?:ngay )?mai|sang mai|toi mai|tu nay(?: tro di| ve sau)?|moi ngay|hang ngay) /;
/** "mỗi sáng", "buổi tối", "tối nào cũng": the part of the day, said apart from the time. */
const EVERY = /\b(?:moi|hang|buoi|vao buoi) (sang|trua|chieu|toi)\b|\b(sang|trua|chieu|toi) nao(?: cung)?\b/;
const PERIOD = /\b(sang|trua|chieu|toi|dem)$/;
/** The reminder verb and whom to remind, with nothing after ("nhắc bà", once "buổi tối" is taken out). */
const VERB_ONLY = /^(?:nhac|dat nhac|hen nhac)(?: (?:toi|tui|minh|ba|bac|ong|co|chu|anh|chi|em))?(?: hoc| nho)?$/;
/** "mai khỏi nhắc", "tối nay đừng nhắc bà": one day without the reminder. */
const SKIP_DAY =
  /^(?:(?:ngay )?mai|sang mai|toi mai|hom nay|nay|toi nay) (?:thoi )?(?:khoi|dung|khong can|hong can|khoi can|khong phai) nhac(?: (?:toi|tui|minh|ba|bac|ong|co|chu|anh|chi|em))?(?: hoc| nho)?(?: nha| nhe| a| nghe| chau)*$/;
const PAUSE = /^(?:tam dung|tam ngung|tam nghi|nghi|hoan)(?: (nhac(?: nho| hoc)?))?(?: (\S+) ngay)?$/;

/**
 * Recognises reminder requests in folded text. `raw` is the text as typed (timezone names
 * keep their case and slash). `bareTime` accepts a time alone ("6 giờ 15"), right after the
 * reminder menu was shown.
 */
export function parseReminderText(folded: string, raw: string, bareTime: boolean): ReminderIntent | undefined {
  if (folded === 'mui gio' || folded.startsWith('mui gio ') || folded.startsWith('doi mui gio')) {
    const name = raw.replace(/^\s*(?:đổi\s+|doi\s+)?m[uú]i\s+gi[ờơo]\s*/iu, '').trim();
    return name === '' ? { type: 'timezone' } : { type: 'timezone', timezone: name };
  }
  const pause = folded.match(PAUSE);
  if (pause && (pause[1] !== undefined || pause[2] !== undefined)) {
    const days = pause[2] === undefined ? DEFAULT_PAUSE_DAYS : parseChoiceNumber(pause[2]);
    if (days === undefined) return undefined;
    return { type: 'pause', days: Math.min(Math.max(days, 1), MAX_PAUSE_DAYS) };
  }
  if (SKIP_DAY.test(folded.replace(CALLED, ''))) return { type: 'skip' };
  let every: DayPeriod | undefined;
  let said = folded
    .replace(CALLED, '')
    .replace(WANTS, '')
    .replace(FROM_WHEN, '')
    .replace(EVERY, (_m, a?: string, b?: string) => {
      every = (a ?? b) as DayPeriod;
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  for (let prev = ''; prev !== said; ) said = (prev = said).replace(FILLER, '');
  if (every && VERB_ONLY.test(said)) return { type: 'period', period: every };
  const set = said.match(SET_TIME);
  const first = set ? undefined : said.match(TIME_FIRST);
  let timeText = set?.[1] ?? first?.[1] ?? (bareTime ? said : undefined);
  if (timeText === undefined) return undefined;
  if (every && !PERIOD.test(timeText)) timeText = `${timeText} ${every}`;
  const minute = parseClock(timeText);
  if (minute !== undefined) return { type: 'at', minute };
  return set && /\d/.test(timeText) ? { type: 'bad-time' } : undefined;
}
