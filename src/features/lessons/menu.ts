import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Reply } from '../../core/message.ts';
import type { Feature } from '../../core/router/feature.ts';
import { menuView } from './menu-view.ts';

const HELP =
  'Mình có thể gõ (có dấu hay không dấu đều được):\n' +
  '• "menu" – xem các bài học\n' +
  '• "học tiếp" – học tiếp chỗ đang dở\n' +
  '• "tiến độ" – xem kết quả học\n' +
  '• "ôn tập" – ôn lại câu chưa đúng\n' +
  '• "nhắc tôi" – đặt giờ nhắc học hằng ngày\n' +
  '• "dừng" – không nhận tin nhắn nhắc nữa; "bắt đầu lại" để nhận lại\n' +
  'Hoặc cứ gõ câu hỏi, ví dụ: "quên mật khẩu VNeID phải làm sao?"';

/** Menu, help and the "ask a question" prompt. */
export function menuFeature(): Feature {
  return {
    name: 'menu',
    decide(ctx) {
      const { learner } = ctx;
      let reply: Reply | undefined;
      if (ctx.command === 'menu' || ctx.command === 'lessons' || ctx.command === 'start') {
        reply = [menuView(learner, ctx.content, ctx.today)];
      } else if (ctx.command === 'help') {
        reply = [{ type: 'text', text: HELP }, menuView(learner, ctx.content, ctx.today)];
      } else if (ctx.command === 'whoami') {
        // Shown only to the person themselves: what an admin puts in ADMIN_IDS.
        reply = [
          {
            type: 'text',
            text: `Mã trò chuyện của mình là: ${learner.id}\n(Gửi mã này cho quản trị viên nếu được mời làm quản trị.)`,
          },
        ];
      } else if (ctx.command === 'ask') {
        reply = [
          {
            type: 'text',
            text: personalize(
              '❓ {xung_ho} cứ gõ câu hỏi về điện thoại, VNeID, dịch vụ công, thanh toán hay lừa đảo nhé. Không cần gõ dấu.\nVí dụ: "dt moi dang nhap vneid the nao"',
              learner,
            ),
          },
        ];
      }
      return reply ? { learner: rememberChoices(learner, reply), reply } : undefined;
    },
  };
}
