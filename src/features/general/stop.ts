import { personalize } from '../../core/flows/personalize.ts';
import type { Feature } from '../../core/router/feature.ts';

/**
 * STOP works everywhere, even inside a lesson: no reminders or broadcasts until the learner
 * types "bắt đầu lại". Lesson progress is kept.
 */
export function stopFeature(): Feature {
  return {
    name: 'stop',
    decide(ctx) {
      const { learner } = ctx;
      if (ctx.inbound.kind === 'unfollow') {
        return { learner: { ...learner, subscribed: false }, reply: [] };
      }
      if (ctx.command === 'stop') {
        return {
          learner: { ...learner, subscribed: false },
          reply: [
            {
              type: 'text',
              text: personalize(
                '🔕 Đã dừng. Từ giờ {toi} sẽ không gửi nhắc nhở hay thông báo nào cho {xung_ho} nữa. Kết quả học vẫn được giữ nguyên.\nKhi muốn nhận lại, {xung_ho} gõ "bắt đầu lại" nhé ạ.',
                learner,
              ),
            },
          ],
        };
      }
      if (ctx.command === 'subscribe') {
        return {
          learner: { ...learner, subscribed: true },
          reply: [
            {
              type: 'text',
              text: personalize(
                '🔔 Đã bật lại. {toi} sẽ tiếp tục gửi nhắc học và thông báo của tổ công nghệ số cho {xung_ho}. Gõ "menu" để xem bài học ạ.',
                learner,
              ),
            },
          ],
        };
      }
      return undefined;
    },
  };
}
