import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { addDays } from '../../core/time/local-day.ts';
import { menuView } from '../lessons/menu-view.ts';
import { DEFAULT_PAUSE_DAYS, type DayPeriod, MAX_PAUSE_DAYS, parseReminderText } from './parse-reminder-text.ts';
import type { ReminderService } from './service.ts';
import { canonicalTimezone, reminderSettings, withReminder, type ReminderSettings } from './settings.ts';
import { sayClock } from './time.ts';

/** The times offered as buttons: morning, noon and evening. */
export const REMINDER_PRESETS = [
  { label: '🌅 Sáng 7:00', minute: 7 * 60 },
  { label: '☀️ Trưa 11:30', minute: 11 * 60 + 30 },
  { label: '🌙 Tối 19:30', minute: 19 * 60 + 30 },
] as const;

/** The preset taken when only a part of the day is said ("nhắc bà buổi tối"); the afternoon has none. */
const PERIOD_PRESET: Partial<Record<DayPeriod, number>> = {
  sang: REMINDER_PRESETS[0].minute,
  trua: REMINDER_PRESETS[1].minute,
  toi: REMINDER_PRESETS[2].minute,
};

const AT = 'remind-at';
const PAUSE = 'remind-pause';
const OFF = 'remind-off';

const dayMonth = (day: string) => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`;

function menu(learner: Learner, note?: string): Decision {
  const current = reminderSettings(learner);
  const lines: string[] = note ? [note] : [];
  if (current?.enabled) {
    lines.push(personalize(`⏰ Hiện {toi} đang nhắc {xung_ho} lúc ${sayClock(current.minute)} mỗi ngày.`, learner));
    lines.push(personalize('{xung_ho} muốn đổi sang giờ nào ạ?', learner));
  } else {
    lines.push(`⏰ ${personalize('{xung_ho} muốn {toi} nhắc học vào giờ nào mỗi ngày ạ?', learner)}`);
  }
  lines.push('Chọn bên dưới, hoặc gõ giờ khác, ví dụ: "nhắc lúc 6 giờ 15".');
  const choices: Choice[] = REMINDER_PRESETS.map((p) => ({ label: p.label, payload: command(AT, String(p.minute)) }));
  if (current?.enabled) {
    choices.push(
      { label: `⏸️ Tạm dừng ${DEFAULT_PAUSE_DAYS} ngày`, payload: command(PAUSE, String(DEFAULT_PAUSE_DAYS)) },
      { label: '🔕 Tắt nhắc', payload: command(OFF) },
    );
  }
  const reply: Reply = [{ type: 'choices', text: lines.join('\n'), choices }];
  return { learner: rememberChoices(learner, reply), reply };
}

/** A confirmation, with buttons to go on learning; the index is updated once the learner is saved. */
function confirm(
  next: Learner,
  text: string,
  ctx: TurnContext,
  reminders: Pick<ReminderService, 'schedule'>,
): Decision {
  // In a lesson: a way back to it. Otherwise the lessons themselves, so the number of one the learner
  // saw in the menu before ("1", "2") starts it instead of pressing a lone "📚 Bài học" again and again.
  const reply: Reply = next.position
    ? [
        {
          type: 'choices',
          text,
          choices: [
            { label: '▶️ Học tiếp', payload: command('resume') },
            { label: '📚 Bài học', payload: command('menu') },
          ],
        },
      ]
    : [{ type: 'text', text }, menuView(next, ctx.content, ctx.today)];
  return {
    learner: rememberChoices(next, reply),
    reply,
    after: async (saved) => {
      await reminders.schedule(saved, ctx.now);
    },
  };
}

/**
 * "nhắc tôi", the ⏰ button, "nhắc lúc 6 giờ 15", "tạm dừng 3 ngày", "tắt nhắc", "múi giờ
 * Asia/Bangkok". Settings live in `learner.ext.reminder`; the due-time index is updated in
 * `after`, so `decide` stays pure.
 */
export function reminderFeature(deps: {
  reminders: Pick<ReminderService, 'schedule'>;
  defaultTimezone: string;
}): Feature {
  return {
    name: 'reminders',
    commands: {
      remind: [
        'nhac toi',
        'nhac hoc',
        'nhac nho',
        'nhac toi hoc',
        'dat nhac',
        'dat gio nhac',
        'doi gio nhac',
        'gio nhac',
        'hen gio nhac',
        'nhac hang ngay',
      ],
      [OFF]: [
        'tat nhac',
        'tat nhac nho',
        'tat nhac hoc',
        'huy nhac',
        'huy nhac nho',
        'khong nhac nua',
        'dung nhac',
        'dung nhac nho',
      ],
    },
    decide(ctx) {
      const { learner } = ctx;
      const current = reminderSettings(learner);
      const setAt = (minute: number): Decision => {
        const settings: ReminderSettings = {
          minute,
          enabled: true,
          ...(current?.timezone ? { timezone: current.timezone } : {}),
        };
        const zone = settings.timezone ?? learner.timezone;
        let text = personalize(
          `✅ Đã đặt giờ nhắc. {toi} sẽ nhắn {xung_ho} lúc ${sayClock(minute)} mỗi ngày` +
            `${zone && zone !== deps.defaultTimezone ? ` (giờ ${zone})` : ''}.`,
          learner,
        );
        text += personalize('\nMuốn đổi giờ, {xung_ho} gõ "nhắc tôi"; muốn tắt, gõ "tắt nhắc" ạ.', learner);
        if (!learner.subscribed)
          text += personalize(
            '\n(Hiện {xung_ho} đang tắt nhận tin. Gõ "bắt đầu lại" để {toi} gửi được lời nhắc nhé.)',
            learner,
          );
        return confirm(withReminder(learner, settings), text, ctx, deps.reminders);
      };
      const notSet = () => menu(learner, personalize('{xung_ho} chưa đặt giờ nhắc nào ạ.', learner));
      const pause = (days: number): Decision => {
        if (!current?.enabled) return notSet();
        const n = Math.min(Math.max(Math.trunc(days), 1), MAX_PAUSE_DAYS);
        const next = withReminder(learner, { ...current, pausedUntil: addDays(ctx.today, n - 1) });
        const text = personalize(
          `⏸️ Đã tạm dừng nhắc ${n} ngày. {toi} sẽ nhắc lại từ ngày ${dayMonth(addDays(ctx.today, n))}, lúc ` +
            `${sayClock(current.minute)} ạ.`,
          learner,
        );
        return confirm(next, text, ctx, deps.reminders);
      };

      switch (ctx.command) {
        case 'remind':
          return menu(learner);
        case AT: {
          const minute = Number(ctx.commandArg);
          return Number.isInteger(minute) && minute >= 0 && minute < 1440 ? setAt(minute) : menu(learner);
        }
        case PAUSE:
          return pause(Number(ctx.commandArg ?? DEFAULT_PAUSE_DAYS) || DEFAULT_PAUSE_DAYS);
        case OFF:
          if (!current?.enabled) return notSet();
          return confirm(
            withReminder(learner, { ...current, enabled: false }),
            personalize(
              '🔕 Đã tắt nhắc học hằng ngày. Khi nào muốn {toi} nhắc lại, {xung_ho} gõ "nhắc tôi" nhé ạ.',
              learner,
            ),
            ctx,
            deps.reminders,
          );
        case undefined:
          break;
        default:
          return undefined;
      }
      if (ctx.payload || ctx.inbound.kind !== 'text') return undefined;
      const menuShown = learner.lastChoices?.some((c) => c.payload.startsWith(`k:${AT}:`)) ?? false;
      const intent = parseReminderText(ctx.folded, ctx.text, menuShown);
      switch (intent?.type) {
        case undefined:
          return undefined;
        case 'at':
          return setAt(intent.minute);
        case 'bad-time':
          return menu(
            learner,
            personalize(
              '{toi} chưa đọc được giờ này ạ. {xung_ho} gõ theo mẫu "nhắc lúc 6 giờ 15" hoặc "nhắc 19:30" nhé.',
              learner,
            ),
          );
        case 'pause':
          return pause(intent.days);
        case 'period': {
          const minute = PERIOD_PRESET[intent.period];
          if (minute !== undefined) return setAt(minute);
          return menu(
            learner,
            personalize('{xung_ho} muốn nhắc lúc mấy giờ chiều ạ? Gõ ví dụ "nhắc lúc 4 giờ chiều" nhé.', learner),
          );
        }
        case 'skip':
          return current?.enabled
            ? menu(
                learner,
                personalize(
                  'Dạ, {xung_ho} muốn tạm dừng nhắc vài ngày hay tắt hẳn ạ? {xung_ho} bấm một nút dưới đây nhé.',
                  learner,
                ),
              )
            : notSet();
        case 'timezone': {
          const zone = intent.timezone === undefined ? undefined : canonicalTimezone(intent.timezone);
          if (zone === undefined) {
            const now = learner.timezone ?? deps.defaultTimezone;
            const lead =
              intent.timezone === undefined
                ? `Múi giờ hiện tại của {xung_ho}: ${now}.`
                : `{toi} chưa biết múi giờ "${intent.timezone.slice(0, 40)}" ạ.`;
            return {
              reply: [
                {
                  type: 'text',
                  text: personalize(`${lead} Muốn đổi, {xung_ho} gõ theo mẫu: "múi giờ Asia/Bangkok".`, learner),
                },
              ],
            };
          }
          const moved: Learner = { ...learner, timezone: zone };
          const next = current ? withReminder(moved, { ...current, timezone: zone }) : moved;
          const when = current?.enabled ? `\n{toi} sẽ nhắc lúc ${sayClock(current.minute)} theo giờ ở đó.` : '';
          return confirm(
            next,
            `🌏 ${personalize(`Đã đổi múi giờ của {xung_ho} sang ${zone}.${when}`, learner)}`,
            ctx,
            deps.reminders,
          );
        }
      }
    },
  };
}
