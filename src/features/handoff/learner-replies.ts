import type { Content } from '../../core/content/content.ts';
import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { AskResult } from './ask.ts';
import { etaText, type HandoffHours } from './hours.ts';
import { HO, hoButton } from './payloads.ts';
import { questionTag } from './question.ts';
import { wardForPeople } from '../../core/learners/ward-for-people.ts';

/** "tổ công nghệ số Phường Yên Hòa", or the admins for learners without a ward. */
export function targetName(learner: Pick<Learner, 'ward' | 'wardCode'>, toAdmins: boolean): string {
  if (toAdmins || !learner.wardCode) return 'ban quản trị Học vụ số';
  return `tổ công nghệ số ${wardForPeople(learner.ward) ?? 'phường, xã của {xung_ho}'}`;
}

/** The title of the lesson the learner is on, else the one they started last. */
export function currentLessonTitle(learner: Learner, content: Content): string | undefined {
  const pos = learner.position;
  const fromPosition =
    pos?.mode === 'lesson' || pos?.mode === 'quiz'
      ? pos.lessonId
      : pos?.mode === 'review'
        ? pos.items[0]?.lessonId
        : undefined;
  const latest = Object.entries(learner.lessons).sort((a, b) => b[1].startedAt.localeCompare(a[1].startedAt))[0]?.[0];
  const id = fromPosition ?? latest;
  return id ? content.lesson(id)?.title : undefined;
}

export function askWardReply(learner: Learner, retry: boolean): Reply {
  const text = retry
    ? 'Dạ, {toi} chưa nhận ra tên phường, xã. {xung_ho} gõ lại giúp {toi}, ví dụ: "Phường Yên Hòa" hoặc "Xã Bát Tràng" nhé ạ.'
    : 'Để chuyển câu hỏi tới tổ công nghệ số nơi {xung_ho} ở, {xung_ho} cho {toi} biết mình ở phường hoặc xã nào ạ? Ví dụ: "Phường Yên Hòa".\nNếu không muốn nói, {xung_ho} có thể gửi cho ban quản trị Học vụ số.';
  return [
    {
      type: 'choices',
      text: personalize(text, learner),
      choices: [
        { label: '📨 Gửi cho ban quản trị', payload: hoButton(HO.admins) },
        { label: '✖️ Thôi', payload: hoButton(HO.cancel) },
      ],
    },
  ];
}

export function askQuestionReply(learner: Learner, toAdmins: boolean): Reply {
  const text = `✍️ Mời {xung_ho} gõ câu hỏi muốn gửi cho ${targetName(learner, toAdmins)} ạ. Ví dụ: "Tôi quên mật khẩu VNeID, phải làm sao?"\n🔒 Xin đừng gửi mã OTP, mật khẩu hay số căn cước.`;
  return [
    { type: 'choices', text: personalize(text, learner), choices: [{ label: '✖️ Thôi', payload: hoButton(HO.cancel) }] },
  ];
}

export function confirmReply(
  learner: Learner,
  question: string,
  redacted: boolean,
  toAdmins: boolean,
  now: Date,
  hours: HandoffHours,
): Reply {
  const lines = [
    `Gửi câu hỏi này cho ${targetName(learner, toAdmins)}?`,
    '',
    `«${question}»`,
    '',
    `🕐 ${etaText(now, hours)}`,
    '🔒 Tổ chỉ thấy câu hỏi, cách xưng hô và phường, xã của {xung_ho}; không thấy số điện thoại hay tài khoản Zalo, Telegram.',
  ];
  if (redacted) lines.push('{toi} đã che các số cá nhân trong câu hỏi rồi ạ.');
  return [
    {
      type: 'choices',
      text: personalize(lines.join('\n'), learner),
      choices: [
        { label: '✅ Gửi', payload: hoButton(HO.send) },
        { label: '✏️ Gõ câu hỏi khác', payload: hoButton(HO.retype) },
        { label: '✖️ Thôi', payload: hoButton(HO.cancel) },
      ],
    },
  ];
}

function nextSteps(learner: Learner): Choice[] {
  const choices: Choice[] = [];
  if (learner.position) choices.push({ label: '▶️ Học tiếp', payload: command('resume') });
  choices.push({ label: '📚 Menu', payload: command('menu') });
  return choices;
}

/** What the learner is told after pressing "Gửi". */
export function sentReply(
  learner: Learner,
  result: AskResult,
  toAdmins: boolean,
  now: Date,
  hours: HandoffHours,
): Reply {
  if (!result.ok) {
    const text =
      result.reason === 'rate_limited'
        ? 'Hôm nay {xung_ho} đã gửi nhiều câu hỏi cho tổ rồi ạ. Để tổ kịp giúp mọi người, mỗi người gửi tối đa 5 câu một ngày. Ngày mai {xung_ho} gửi tiếp nhé; trong lúc chờ, {xung_ho} cứ gõ câu hỏi để {toi} trả lời ạ.'
        : result.reason === 'nobody'
          ? 'Xin lỗi {xung_ho}, hiện chưa có cán bộ nào nhận câu hỏi qua trợ lý nên {toi} chưa gửi được. {xung_ho} có thể hỏi trực tiếp cán bộ tại UBND phường, xã nơi mình ở ạ.'
          : '{toi} chưa thấy câu hỏi. {xung_ho} gõ "hỏi cán bộ" rồi gõ câu hỏi giúp {toi} nhé ạ.';
    return [{ type: 'choices', text: personalize(text, learner), choices: nextSteps(learner) }];
  }
  const q = result.question;
  const lines = [
    `✅ Đã gửi câu hỏi ${questionTag(q.id)} cho ${result.rerouted ? 'ban quản trị Học vụ số' : targetName(learner, toAdmins)}.`,
  ];
  if (result.rerouted)
    lines.push(
      'Hiện tổ công nghệ số phường, xã của {xung_ho} chưa có ai trực trên trợ lý, nên {toi} gửi cho ban quản trị ạ.',
    );
  lines.push(etaText(now, hours));
  lines.push('Khi có câu trả lời, {toi} sẽ nhắn {xung_ho} ngay tại đây. Trong lúc chờ, {xung_ho} cứ học tiếp nhé ạ.');
  return [{ type: 'choices', text: personalize(lines.join('\n'), learner), choices: nextSteps(learner) }];
}

export const cancelledReply = (learner: Learner): Reply => [
  {
    type: 'choices',
    text: personalize('Dạ vâng, {toi} không gửi nữa ạ. {xung_ho} cần gì cứ gõ câu hỏi nhé.', learner),
    choices: nextSteps(learner),
  },
];

export const staleReply = (learner: Learner): Reply => [
  {
    type: 'text',
    text: personalize('Nút này thuộc tin nhắn cũ rồi ạ. Muốn hỏi cán bộ, {xung_ho} gõ "hỏi cán bộ" nhé.', learner),
  },
];

/**
 * Nobody can take a question through the tutor (no volunteer in the ward, no admin): say who
 * else helps instead of offering to send. The VNeID hotline is the one in the knowledge base.
 */
export function whoElseReply(learner: Learner): Reply {
  const place = wardForPeople(learner.ward) ?? 'phường, xã nơi {xung_ho} ở';
  const text = [
    `Dạ, hiện ${place} chưa có cán bộ nhận câu hỏi qua trợ lý ạ. {xung_ho} có thể hỏi:`,
    '• Bộ phận một cửa của UBND phường, xã nơi mình ở (mang theo căn cước);',
    '• Về VNeID: tổng đài 1900 0368;',
    '• Gặp lừa đảo: báo 156 hoặc công an xã, phường.',
    'Hoặc {xung_ho} cứ gõ câu hỏi, {toi} trả lời được phần nào sẽ trả lời ngay ạ.',
  ].join('\n');
  return [{ type: 'choices', text: personalize(text, learner), choices: nextSteps(learner) }];
}
