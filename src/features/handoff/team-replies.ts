import type { RedactionKind } from '../answers/redact.ts';
import { decodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { HandoffFailure } from './actions.ts';
import { sayAgo } from './messages.ts';
import type { PassTarget } from './pass.ts';
import { HO, hoButton, pairArg } from './payloads.ts';
import { ADMINS_ROUTE, questionTag, UNDELIVERED_WHY, undeliveredReasonOf, type QuestionView } from './question.ts';

type Who = Pick<Learner, 'honorific'>;
const text = (t: string, who: Who): Reply => [{ type: 'text', text: personalize(t, who) }];

/** Buttons while a member handles a question. */
export function workChoices(view: QuestionView): Choice[] {
  const choices: Choice[] = [{ label: '✅ Đóng câu hỏi', payload: hoButton(HO.close, view.id) }];
  if (view.answers.length > 0 && !view.draft)
    choices.push({ label: '📚 Thêm vào kho kiến thức', payload: hoButton(HO.kb, view.id) });
  else if (view.answers.length === 0) choices.push({ label: '↪️ Chuyển', payload: hoButton(HO.pass, view.id) });
  return choices;
}

export function claimedReply(view: QuestionView, who: Who, signature: string): Reply {
  const lines = [
    `✅ Câu hỏi ${questionTag(view.id)} (${view.asker}) giờ do {xung_ho} trả lời:`,
    `«${view.text}»`,
    '',
    `Bây giờ {xung_ho} cứ gõ câu trả lời vào đây như nhắn tin bình thường. {toi} sẽ chuyển tới người hỏi, ký tên "— ${signature}".`,
    'Người hỏi không thấy số điện thoại hay tài khoản của {xung_ho}.',
  ];
  return [{ type: 'choices', text: personalize(lines.join('\n'), who), choices: workChoices(view) }];
}

export function answeredReply(view: QuestionView, who: Who, redacted: RedactionKind[]): Reply {
  const lines = [`📨 Đã gửi câu trả lời tới người hỏi (${questionTag(view.id)}).`];
  if (redacted.length > 0)
    lines.push('🔒 Các số cá nhân (số điện thoại, tài khoản, mã…) trong tin nhắn đã được che để giữ an toàn.');
  lines.push('Cần bổ sung thì {xung_ho} cứ gõ tiếp; xong thì bấm "Đóng câu hỏi".');
  return [{ type: 'choices', text: personalize(lines.join('\n'), who), choices: workChoices(view) }];
}

const FAILURES: Record<HandoffFailure, (id: string, view?: QuestionView) => string> = {
  not_found: () => 'Không tìm thấy câu hỏi này, có thể nút đã cũ ạ. Gõ /cauhoi để xem các câu đang chờ.',
  forbidden: () => 'Câu hỏi này thuộc phường, xã khác nên {xung_ho} chưa xử lý được ạ.',
  closed: (id) => `Câu hỏi ${questionTag(id)} đã đóng rồi ạ.`,
  taken: (id, v) =>
    `Câu hỏi ${questionTag(id)} đã có ${v?.claimerName ?? 'người khác'} nhận rồi ạ. Cảm ơn {xung_ho}! 🌷`,
  not_claimer: (id) => `Câu hỏi ${questionTag(id)} đang do người khác trả lời ạ.`,
  rate_limited: () => '{xung_ho} đã gửi nhiều tin nhắn quá trong một giờ. Vui lòng chờ một lát rồi gửi tiếp ạ.',
  empty: () => '{toi} chưa thấy nội dung để gửi ạ.',
  no_answer: (id) => `Câu hỏi ${questionTag(id)} chưa có câu trả lời nào ạ.`,
  already: (id, v) =>
    v?.draft
      ? `Câu hỏi ${questionTag(id)} đã có bản nháp kho kiến thức rồi ạ.`
      : `Câu hỏi ${questionTag(id)} đã xử lý rồi ạ.`,
  invalid: () => 'Không thực hiện được yêu cầu này ạ.',
};

export const failureReply = (reason: HandoffFailure, id: string, who: Who, view?: QuestionView): Reply =>
  text(FAILURES[reason](id, view), who);

/** When the member's typed message could not reach the learner, and will not be taken as an answer any more. */
export const answerStoppedReply = (id: string, who: Who): Reply =>
  text(
    `Câu hỏi ${questionTag(id)} đã đóng hoặc đã chuyển cho người khác, nên tin nhắn này chưa được gửi. Từ giờ {toi} trả lời {xung_ho} như bình thường ạ.`,
    who,
  );

export function passChoicesReply(id: string, targets: PassTarget[], who: Who): Reply {
  if (targets.length === 0) return text('Hiện chưa có phường, xã nào khác có người trực để chuyển ạ.', who);
  // A ward code too long for a button (64 bytes) cannot be offered; the admins always can.
  const choices = targets
    .map((t) => ({
      label: `↪️ ${t.label}`,
      payload: hoButton(HO.passTo, pairArg(id, t.route === ADMINS_ROUTE ? 'admins' : t.route)),
    }))
    .filter((c) => decodePayload(c.payload) !== undefined);
  return [
    { type: 'choices', text: personalize(`{xung_ho} muốn chuyển câu hỏi ${questionTag(id)} cho ai ạ?`, who), choices },
  ];
}

/** "/cauhoi": the open questions, with a button to claim each unclaimed one. */
export function listReply(views: QuestionView[], scopeLabel: string, now: Date, who: Who): Reply {
  if (views.length === 0)
    return text(`📋 Hiện không có câu hỏi nào đang chờ (${scopeLabel}). Cảm ơn {xung_ho}! 🌷`, who);
  const lines = [`📋 Câu hỏi đang chờ – ${scopeLabel} (${views.length}):`];
  views.slice(0, 10).forEach((v, i) => {
    const state = v.status === 'claimed' ? `${v.claimerName ?? 'có người'} đang trả lời` : 'chưa ai nhận';
    const where = v.route === ADMINS_ROUTE ? ' · gửi ban quản trị' : '';
    const why = undeliveredReasonOf(v);
    const failed = why ? ` · ⚠️ trả lời chưa gửi được (${UNDELIVERED_WHY[why]})` : '';
    lines.push(
      `${i + 1}) ${questionTag(v.id)} · ${v.asker}${where} · ${sayAgo(v.createdAt, now)} trước · ${state}${failed}`,
      `   «${v.text.length > 120 ? `${v.text.slice(0, 120)}…` : v.text}»`,
    );
  });
  if (views.length > 10) lines.push(`… và ${views.length - 10} câu nữa.`);
  lines.push('', 'Gõ "nghỉ trực" để tạm không nhận câu hỏi mới, "vào trực" để nhận lại.');
  const choices = views
    .filter((v) => v.status === 'open')
    .slice(0, 5)
    .map((v) => ({ label: `✋ Nhận ${questionTag(v.id)}`, payload: hoButton(HO.claim, v.id) }));
  return choices.length > 0
    ? [{ type: 'choices', text: lines.join('\n'), choices }]
    : [{ type: 'text', text: lines.join('\n') }];
}

export function draftReply(id: string, file: string, who: Who): Reply {
  return text(
    `📚 Đã tạo bản nháp cho kho kiến thức từ câu hỏi ${questionTag(id)} (tệp ${file}). Quản trị viên sẽ xem lại và duyệt ạ. Cảm ơn {xung_ho}!`,
    who,
  );
}

export function draftInvalidReply(id: string, problems: ReadonlyArray<{ message: string }>, who: Who): Reply {
  const tooLong = problems.some((p) => p.message.includes('900'));
  const why = tooLong ? 'câu trả lời dài hơn 900 ký tự' : 'nội dung chưa đủ (câu hỏi hoặc câu trả lời quá ngắn)';
  return text(
    `Chưa tạo được bản nháp từ câu hỏi ${questionTag(id)} vì ${why}. Nhờ quản trị viên soạn mục mới giúp ạ.`,
    who,
  );
}
