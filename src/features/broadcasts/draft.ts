import type { Content } from '../../core/content/content.ts';
import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice, Reply } from '../../core/message.ts';
import { formatClock, minuteDate, zonedEpochMinute } from '../reminders/time.ts';
import { addDays, localTime } from '../../core/time/local-day.ts';
import { AUDIENCE_CHANNELS } from './audience.ts';
import type { Audience, BroadcastContent } from './broadcast.ts';
import { MAX_BROADCAST_TEXT } from './message.ts';

/** Where the sender is in the guided conversation. */
export type DraftStep = 'text' | 'audience' | 'lesson' | 'idle' | 'channel' | 'confirm' | 'when';

/** The broadcast being written, kept in `learner.ext.broadcastDraft` between messages. */
export interface BroadcastDraft {
  /** The broadcast id it will get (derived from the sender and `startedAt`, so confirming twice creates one). */
  id: string;
  step: DraftStep;
  startedAt: string;
  content?: BroadcastContent;
  audience?: Audience;
}

const KEY = 'broadcastDraft';
/** A draft left for a day is forgotten. */
const DRAFT_TTL_MS = 24 * 3_600_000;

export function draftOf(learner: Learner, now: Date): BroadcastDraft | undefined {
  const draft = learner.ext?.[KEY] as BroadcastDraft | undefined;
  return draft && now.getTime() - Date.parse(draft.startedAt) < DRAFT_TTL_MS ? draft : undefined;
}

export function withDraft(learner: Learner, draft: BroadcastDraft | undefined): Learner {
  const { [KEY]: _old, ...rest } = learner.ext ?? {};
  return { ...learner, ext: draft ? { ...rest, [KEY]: draft } : rest };
}

const drop: Choice = { label: '❌ Hủy', payload: command('bc-drop') };

/** A step's question with its buttons; the buttons are remembered so a typed number selects them. */
export function ask(
  learner: Learner,
  draft: BroadcastDraft | undefined,
  text: string,
  choices: Choice[],
): { learner: Learner; reply: Reply } {
  const reply: Reply = [{ type: 'choices', text: personalize(text, learner), choices }];
  return { learner: rememberChoices(withDraft(learner, draft), reply), reply };
}

export function askText(learner: Learner, draft: BroadcastDraft) {
  return ask(
    learner,
    { ...draft, step: 'text' },
    '✍️ Mời {xung_ho} gõ nội dung thông báo muốn gửi cho người dân ạ (tối đa ' +
      `${MAX_BROADCAST_TEXT.toLocaleString('vi-VN')} ký tự).\n` +
      'Muốn kèm ảnh, dán đường dẫn ảnh (kết thúc bằng .jpg hoặc .png) vào một dòng riêng; muốn kèm trang web, dán ' +
      'đường dẫn vào một dòng riêng.\n' +
      'Gõ "Hủy" nếu không gửi nữa.',
    [drop],
  );
}

export function askAudience(learner: Learner, draft: BroadcastDraft, admin: boolean, note?: string) {
  const choices: Choice[] = [];
  if (learner.team)
    choices.push({ label: `🏘️ Người học ở ${learner.team.wardLabel}`, payload: command('bc-aud', 'ward') });
  if (admin) choices.push({ label: '🌏 Tất cả các phường, xã', payload: command('bc-aud', 'all') });
  choices.push(
    { label: '📘 Người chưa học xong một bài', payload: command('bc-aud', 'lesson') },
    { label: '💤 Người lâu không vào học', payload: command('bc-aud', 'idle') },
    { label: '📱 Người dùng một ứng dụng', payload: command('bc-aud', 'chan') },
    drop,
  );
  return ask(
    learner,
    { ...draft, step: 'audience' },
    `${note ? `${note}\n` : ''}👥 Mời {xung_ho} chọn người nhận:`,
    choices,
  );
}

export function askLesson(learner: Learner, draft: BroadcastDraft, content: Content) {
  const choices = content.lessons.map((l) => ({ label: l.title, payload: command('bc-lesson', l.id) }));
  return ask(learner, { ...draft, step: 'lesson' }, '📘 Gửi cho người chưa học xong bài nào ạ?', [...choices, drop]);
}

export function askIdle(learner: Learner, draft: BroadcastDraft) {
  const choices = [7, 14, 30].map((d) => ({ label: `Quá ${d} ngày`, payload: command('bc-idle', String(d)) }));
  return ask(
    learner,
    { ...draft, step: 'idle' },
    '💤 Gửi cho người đã bao nhiêu ngày không vào học ạ? (Chọn bên dưới, hoặc gõ số ngày, ví dụ "10")',
    [...choices, drop],
  );
}

export function askChannel(learner: Learner, draft: BroadcastDraft) {
  const choices = AUDIENCE_CHANNELS.map((c) => ({ label: c.label, payload: command('bc-chan', c.channel) }));
  return ask(learner, { ...draft, step: 'channel' }, '📱 Gửi cho người dùng ứng dụng nào ạ?', [...choices, drop]);
}

/** Buttons under the preview. */
export const confirmChoices = (recipients: number): Choice[] =>
  recipients > 0
    ? [
        { label: '📤 Gửi ngay', payload: command('bc-send') },
        { label: '⏰ Hẹn giờ gửi', payload: command('bc-when') },
        { label: '✏️ Viết lại', payload: command('bc-edit') },
        drop,
      ]
    : [{ label: '👥 Chọn người nhận khác', payload: command('bc-aud', 'menu') }, drop];

/** Asks when to send, offering tonight 19:00 (while still ahead) and tomorrow 8:00 as buttons. */
export function askWhen(learner: Learner, draft: BroadcastDraft, now: Date, timeZone: string, note?: string) {
  const { day, minute } = localTime(now, timeZone);
  const presets: Array<[string, string, number]> = [
    ['🌙 19:00 tối nay', day, 19 * 60],
    ['🌅 8:00 sáng mai', addDays(day, 1), 8 * 60],
  ];
  const choices = presets
    .filter(([, d, m]) => d !== day || m > minute + 5)
    .map(([label, d, m]) => ({ label, payload: command('bc-at', String(zonedEpochMinute(d, m, timeZone))) }));
  const later = addDays(day, 2);
  const example =
    `"${formatClock(19 * 60)}", "ngày mai 8:00" ` +
    `hoặc "${Number(later.slice(8, 10))}/${Number(later.slice(5, 7))} 7:30"`;
  return ask(
    learner,
    { ...draft, step: 'when' },
    `${note ? `${note}\n` : ''}⏰ Mời {xung_ho} chọn giờ gửi bên dưới, hoặc gõ giờ, ví dụ: ${example}.`,
    [...choices, drop],
  );
}

/** The moment a `bc-at` button stands for. */
export const presetTime = (arg: string | undefined): Date | undefined =>
  arg && /^\d{1,12}$/.test(arg) ? minuteDate(Number(arg)) : undefined;
