import type { TalkFile } from '../../core/content/talk-schema.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { CALL_ME_COMMAND, TALK_REPLY_COMMAND } from '../../core/router/talk-commands.ts';
import { fold } from '../../core/text/fold.ts';
import { foldedSet } from '../../core/text/folded-list.ts';
import { stripParticles } from '../../core/text/talk-words.ts';
import { menuView } from '../lessons/menu-view.ts';
import { talkTogether } from '../../core/text/talk-together.ts';
import { CALLED_FROM_NOW, calledAs } from '../../core/learners/honorific-reading.ts';

type TalkReply = TalkFile['replies'][number];

/** The reply whose phrase the message is; a phrase without letters stands for any emoji or sticker. */
function findReply(ctx: TurnContext, talk: TalkFile): TalkReply | undefined {
  const noLetters = ctx.inbound.kind === 'sticker' || (ctx.text !== '' && ctx.folded === '');
  if (noLetters) return talk.replies.find((r) => r.phrases.some((p) => fold(p) === ''));
  if (ctx.folded === '') return undefined;
  const bare = stripParticles(ctx.folded, talk.particles);
  const exact = talk.replies.find((r) => {
    const phrases = foldedSet(r.phrases);
    return phrases.has(ctx.folded) || phrases.has(bare);
  });
  return exact ?? talkTogether(ctx.folded, talk);
}

function withMenu(learner: Learner, ctx: TurnContext, text: string): Decision {
  const reply: Reply = [menuView(learner, ctx.content, ctx.today, text)];
  return { learner: rememberChoices(learner, reply), reply, showPending: false };
}

/**
 * Everyday words from `flows/talk.yaml`: goodbyes, thanks, tiredness, "gọi tôi là bà", emojis
 * and stickers, and a plain yes or no to a yes/no question that had no buttons.
 */
export function smallTalkFeature(): Feature {
  return {
    name: 'small-talk',
    decide(ctx) {
      const { learner } = ctx;
      const talk = ctx.content.talk.talk;
      const say = (text: string, showPending: boolean, who: Learner = learner): Decision => ({
        ...(who !== learner ? { learner: who } : {}),
        reply: [{ type: 'text', text: personalize(text, who) }],
        showPending,
      });
      const answer = (found: TalkReply): Decision => {
        // In a lesson the step comes back below the reply instead of the menu.
        if (found.then === 'menu' && learner.position) return say(found.inLesson ?? found.reply, true);
        if (found.then === 'menu') return withMenu(learner, ctx, personalize(found.reply, learner));
        if (found.then === 'rest')
          return learner.position
            ? say(found.reply, false, { ...learner, resting: true })
            : say(found.idle ?? found.reply, false);
        return say(found.reply, found.then === 'pending');
      };
      if (ctx.command === CALL_ME_COMMAND && ctx.commandArg !== undefined) {
        const { asking: _done, ...rest } = learner;
        return say(CALLED_FROM_NOW, true, calledAs(rest, ctx.commandArg, ctx.content));
      }
      const first = ctx.command === TALK_REPLY_COMMAND ? talk.replies.find((r) => r.id === ctx.commandArg) : undefined;
      if (first) return answer(first);
      if (ctx.payload !== undefined || ctx.command !== undefined) return undefined;
      if (ctx.answer === 'yes') return say('Dạ vâng ạ. {xung_ho} cần gì thêm cứ gõ câu hỏi nhé. 🌷', true);
      if (ctx.answer === 'no')
        return say(
          'Dạ, {toi} xin lỗi vì hiểu chưa đúng ý {xung_ho}. {xung_ho} gõ lại câu hỏi ngắn gọn hơn giúp {toi}, ví dụ: ' +
            '"quên mật khẩu VNeID", hoặc gõ "menu" để học nhé.',
          true,
        );
      if (ctx.inbound.kind !== 'text' && ctx.inbound.kind !== 'sticker') return undefined;
      const found = findReply(ctx, talk);
      return found ? answer(found) : undefined;
    },
  };
}
