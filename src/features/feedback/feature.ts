import { personalize } from '../../core/flows/personalize.ts';
import { command } from '../../core/flows/payload.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { Feature } from '../../core/router/feature.ts';
import { FB, parseArg, pseudonym, reasonChoices } from './payloads.ts';
import type { FeedbackService, VoteResult } from './service.ts';

/** Payload of the existing "ask a volunteer" button (the handoff feature answers it). */
const HANDOFF = command('handoff');
const MENU: Choice = { label: '📚 Menu', payload: command('menu') };
const ASK_TEAM: Choice = { label: '🙋 Hỏi cán bộ hỗ trợ', payload: HANDOFF };

export interface FeedbackFeatureDeps {
  service: FeedbackService;
  learners: LearnerRepo;
}

const say = (text: string, learner: Learner): Reply => [{ type: 'text', text: personalize(text, learner) }];

function unchanged(r: Extract<VoteResult, { ok: false }>, learner: Learner): Reply {
  return r.reason === 'already'
    ? say('{xung_ho} đã góp ý cho câu trả lời này rồi ạ. Cảm ơn {xung_ho}! 🌷', learner)
    : say('Câu trả lời này đã cũ nên {toi} không ghi nhận được nữa ạ. {xung_ho} cứ gõ lại câu hỏi nhé.', learner);
}

/**
 * 👍/👎 under every free-form answer. A vote is stored once; 👎 asks one short question
 * ("Sai ở đâu ạ?") and offers the ward's volunteer. Presses change nothing when stale or repeated.
 */
export function feedbackFeature(deps: FeedbackFeatureDeps): Feature {
  const remembered = async (saved: Learner, now: Date, reply: Reply) => {
    await deps.learners.update(saved.id, now, (l) => rememberChoices(l, reply));
    return reply;
  };
  return {
    name: 'feedback',
    decide(ctx) {
      const name = ctx.command;
      if (name !== FB.up && name !== FB.down && name !== FB.why) return undefined;
      const arg = parseArg(ctx.commandArg);
      const { now } = ctx;
      if (!arg) return { reply: say('Câu trả lời này đã cũ nên {toi} không ghi nhận được nữa ạ.', ctx.learner) };
      const who = pseudonym(ctx.learner.id);
      if (name === FB.why) {
        if (!arg.reason) return undefined;
        const reason = arg.reason;
        return {
          reply: [],
          after: async (saved) => {
            const r = await deps.service.why(arg.id, who, reason);
            if (!r.ok) return unchanged(r, saved);
            const text = personalize(
              'Cảm ơn {xung_ho}, {toi} đã ghi lại để tổ hỗ trợ sửa câu trả lời ạ. Nếu cần, {xung_ho} hỏi cán bộ ở phường nhé:',
              saved,
            );
            return remembered(saved, now, [{ type: 'choices', text, choices: [ASK_TEAM, MENU] }]);
          },
        };
      }
      const vote = name === FB.up ? 'up' : 'down';
      return {
        reply: [],
        after: async (saved) => {
          const r = await deps.service.vote(arg.id, who, vote, now);
          if (!r.ok) return unchanged(r, saved);
          if (vote === 'up') return say('Cảm ơn {xung_ho} đã cho biết ạ! 🌷', saved);
          const text = personalize(
            'Cảm ơn {xung_ho} đã cho biết. Sai ở đâu ạ? {xung_ho} chọn một ý, hoặc nhờ cán bộ hỗ trợ trả lời:',
            saved,
          );
          return remembered(saved, now, [
            { type: 'choices', text, choices: [...reasonChoices(arg.id), ASK_TEAM, MENU] },
          ]);
        },
      };
    },
  };
}
