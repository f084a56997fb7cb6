import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice, Reply } from '../../core/message.ts';
import { localTime } from '../../core/time/local-day.ts';
import { formatClock } from '../reminders/time.ts';
import { HO, hoButton, pairArg } from './payloads.ts';
import { askerOf, questionTag, type HandoffQuestion } from './question.ts';

type Who = Pick<Learner, 'honorific'>;

/** "9:15 ngày 25/11" in the given timezone. */
export function sayWhen(iso: string, timezone: string): string {
  const { day, minute } = localTime(new Date(iso), timezone);
  return `${formatClock(minute)} ngày ${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`;
}

/** "5 phút", "2 giờ", "1 ngày" since `iso`. */
export function sayAgo(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 60) return `${minutes} phút`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} giờ`;
  return `${Math.round(minutes / 1440)} ngày`;
}

const HEADINGS: Record<HandoffQuestion['stage'], (q: HandoffQuestion) => string> = {
  waiting: (q) => `🙋 Câu hỏi mới ${questionTag(q.id)}`,
  ward: (q) => `🙋 Câu hỏi mới ${questionTag(q.id)}`,
  again: (q) => `⏰ Nhắc lại: câu hỏi ${questionTag(q.id)} vẫn chưa có ai nhận`,
  admins: (q) =>
    q.route === '*'
      ? `🙋 Câu hỏi ${questionTag(q.id)} gửi ban quản trị`
      : `⚠️ Câu hỏi ${questionTag(q.id)} của ${q.routeLabel} chưa có ai nhận`,
};

/** The question as a team member or admin receives it: no phone number, no platform id. */
export function notifyMessage(q: HandoffQuestion, to: Who, now: Date, timezone: string): Reply {
  const lines = [`${HEADINGS[q.stage](q)}`, `Người hỏi: ${askerOf(q)}`, `«${q.text}»`];
  if (q.tutorAnswer) lines.push('', `🤖 Trợ lý đã trả lời: ${q.tutorAnswer}`);
  if (q.lessonTitle) lines.push(`📘 Đang học: ${q.lessonTitle}`);
  lines.push(`🕐 Gửi lúc ${sayWhen(q.createdAt, timezone)} (${sayAgo(q.createdAt, now)} trước)`);
  lines.push(
    '',
    personalize(
      '{xung_ho} bấm "Tôi trả lời" để nhận câu này, hoặc "Chuyển" để chuyển cho phường khác hay ban quản trị.',
      to,
    ),
  );
  return [
    {
      type: 'choices',
      text: lines.join('\n'),
      choices: [
        { label: '✋ Tôi trả lời', payload: hoButton(HO.claim, q.id) },
        { label: '↪️ Chuyển', payload: hoButton(HO.pass, q.id) },
      ],
    },
  ];
}

/** Buttons under a team answer, for the learner. */
export function learnerAnswerChoices(q: Pick<HandoffQuestion, 'id' | 'rating' | 'status'>): Choice[] {
  const choices: Choice[] = [];
  if (!q.rating) {
    choices.push(
      { label: '👍 Hữu ích', payload: hoButton(HO.rate, pairArg(q.id, 'up')) },
      { label: '👎 Chưa giúp được', payload: hoButton(HO.rate, pairArg(q.id, 'down')) },
    );
  }
  if (q.status !== 'closed') choices.push({ label: '✅ Đóng câu hỏi', payload: hoButton(HO.close, q.id) });
  choices.push({ label: '📚 Menu', payload: hoButton('menu') });
  return choices;
}

/** A team member's answer as the learner receives it, signed with the member's first name and ward. */
export function answerMessage(q: HandoffQuestion, n: number, learner: Who): Reply | undefined {
  const a = q.answers[n];
  if (!a) return undefined;
  const intro = personalize(`💬 Tổ công nghệ số trả lời câu hỏi ${questionTag(q.id)} của {xung_ho}:`, learner);
  const outro = personalize('{xung_ho} thấy câu trả lời thế nào ạ?', learner);
  return [
    {
      type: 'choices',
      text: `${intro}\n\n${a.text}\n\n— ${a.signature}\n\n${outro}`,
      choices: learnerAnswerChoices(q),
    },
  ];
}

export function claimedMessage(q: HandoffQuestion, learner: Who): Reply {
  const team = q.route === '*' ? 'Ban quản trị Học vụ số' : `Tổ công nghệ số ${q.routeLabel}`;
  return [
    {
      type: 'text',
      text: personalize(
        `🤝 ${team} đã nhận câu hỏi ${questionTag(q.id)} của {xung_ho} và đang soạn câu trả lời. {toi} sẽ nhắn ngay khi có ạ.`,
        learner,
      ),
    },
  ];
}

/** Told to the other side when a question is closed. */
export function closedMessage(q: HandoffQuestion, to: Who, toLearner: boolean): Reply {
  if (!toLearner) {
    return [
      {
        type: 'text',
        text: personalize(`✅ Người hỏi đã đóng câu hỏi ${questionTag(q.id)}. Cảm ơn {xung_ho} đã giúp đỡ! 🌷`, to),
      },
    ];
  }
  const text =
    q.answers.length > 0
      ? personalize(
          `✅ Tổ công nghệ số đã đóng câu hỏi ${questionTag(q.id)}. Câu trả lời có giúp được {xung_ho} không ạ?`,
          to,
        )
      : personalize(
          `Tổ công nghệ số đã đóng câu hỏi ${questionTag(q.id)}. Nếu {xung_ho} vẫn cần giúp, cứ gõ "hỏi cán bộ" để gửi lại nhé ạ.`,
          to,
        );
  return [{ type: 'choices', text, choices: learnerAnswerChoices(q) }];
}

export function ratedMessage(q: HandoffQuestion, to: Who): Reply {
  const text =
    q.rating === 'up'
      ? personalize(
          `👍 Người hỏi thấy câu trả lời ${questionTag(q.id)} của {xung_ho} hữu ích. Cảm ơn {xung_ho}! 🌷`,
          to,
        )
      : `👎 Người hỏi thấy câu trả lời ${questionTag(q.id)} chưa giúp được. Có thể nhắn thêm cho người hỏi nếu câu hỏi chưa đóng.`;
  return [{ type: 'text', text }];
}
