import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import { menuView } from '../lessons/menu-view.ts';

const HOW_TO = [
  'Dạ, {toi} nói lại cách dùng nhé, chỉ có 3 bước thôi ạ:',
  '1️⃣ Chọn một bài: bấm vào tên bài, hoặc gõ số của bài rồi gửi (ví dụ gõ 1).',
  '2️⃣ Đọc từng đoạn ngắn. Đọc xong thì bấm “Tiếp tục” (hoặc gõ 1). Muốn xem lại đoạn trước, gõ "bước trước".',
  '3️⃣ Muốn hỏi gì, {xung_ho} cứ gõ câu hỏi, không cần dấu. Ví dụ: "quen mat khau vneid".',
  'Chỗ nào chưa hiểu, {xung_ho} gõ "không hiểu", {toi} nói lại. Cần người thật giúp, gõ "hỏi cán bộ".',
].join('\n');

/** "Không hiểu" with nothing waiting: how to use the tutor, in big steps, then the lessons. */
export function howTo(ctx: TurnContext): Decision {
  const { learner } = ctx;
  const reply: Reply = [
    { type: 'text', text: personalize(HOW_TO, learner) },
    menuView(learner, ctx.content, ctx.today, personalize('{xung_ho} chọn một bài dưới đây nhé:', learner)),
  ];
  return { learner: rememberChoices(learner, reply), reply, showPending: false };
}
