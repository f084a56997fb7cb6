import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Reply } from '../../core/message.ts';
import type { Feature } from '../../core/router/feature.ts';
import { menuView } from '../lessons/menu-view.ts';

/** Last in line: anything nobody handled gets a polite reply and the menu. */
export function fallbackFeature(): Feature {
  return {
    name: 'fallback',
    decide(ctx) {
      const reply: Reply = [
        menuView(
          ctx.learner,
          ctx.content,
          ctx.today,
          personalize(
            'Dạ, {toi} chưa hiểu ý {xung_ho} lắm. {xung_ho} chọn một bài học dưới đây, hoặc gõ "giúp" để xem cách ' +
              'dùng nhé:',
            ctx.learner,
          ),
        ),
      ];
      return { learner: rememberChoices(ctx.learner, reply), reply };
    },
  };
}
