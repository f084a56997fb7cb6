import { personalize } from '../../core/flows/personalize.ts';
import type { Feature } from '../../core/router/feature.ts';

/** Stickers, photos, files, locations and anything unreadable get a kind reply, never an error. */
export function mediaFeature(): Feature {
  return {
    name: 'media',
    decide(ctx) {
      const { learner } = ctx;
      const say = (text: string) => ({ reply: [{ type: 'text' as const, text: personalize(text, learner) }] });
      switch (ctx.inbound.kind) {
        case 'sticker':
          return say('😊 Cảm ơn {xung_ho}! Khi cần, {xung_ho} gõ "menu" để học hoặc cứ gõ câu hỏi nhé.');
        case 'image':
        case 'file':
          return say(
            '{toi} chưa xem được ảnh hay tệp ạ. {xung_ho} gõ câu hỏi bằng chữ giúp {toi} nhé.\n🔒 Lưu ý: đừng gửi ảnh ' +
              'căn cước, thẻ ngân hàng hay mã OTP cho bất kỳ ai.',
          );
        case 'location':
          return say(
            '{toi} đã nhận vị trí, nhưng chưa dùng được thông tin này ạ. {xung_ho} gõ "menu" để xem bài học nhé.',
          );
        case 'voice':
          return say(
            '{toi} chưa nghe được tin nhắn thoại ạ. {xung_ho} gõ câu hỏi bằng chữ giúp {toi} nhé (không cần dấu).',
          );
        case 'unknown':
          return say('{toi} chưa đọc được tin nhắn này ạ. {xung_ho} gõ "menu" để xem bài học, hoặc gõ câu hỏi nhé.');
        default:
          if (ctx.inbound.kind === 'text' && ctx.text === '')
            return say('{xung_ho} gõ "menu" để xem bài học, hoặc gõ câu hỏi nhé.');
          return undefined;
      }
    },
  };
}
