import { personalize } from '../../core/flows/personalize.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';

const ASK_WHAT =
  'Dạ, {xung_ho} đừng lo, mình gỡ từng chỗ một ạ. {xung_ho} kể giúp {toi}: đang làm việc gì, trên ứng dụng nào, ' +
  'bấm tới đâu thì không được (hoặc máy hiện chữ gì)? Ví dụ: "đăng nhập VNeID báo sai mật khẩu". ' +
  'Cần người thật giúp thì {xung_ho} gõ "hỏi cán bộ" ạ.';

/**
 * "Làm rồi mà không được" with no lesson step and no answer just before it: nothing to say again,
 * so the learner is asked what they were doing, the way a volunteer beside them would.
 */
export function whatFailed(ctx: TurnContext): Decision {
  return {
    learner: ctx.learner,
    reply: [{ type: 'text', text: personalize(ASK_WHAT, ctx.learner) }],
    showPending: false,
  };
}
