import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { roleOf } from '../team/roles.ts';
import type { HandoffFeatureDeps } from './feature-deps.ts';
import { learnerSide } from './learner.ts';
import { staleReply, whoElseReply } from './learner-replies.ts';
import { learnerAnswerChoices } from './messages.ts';
import { ASK_PHRASES, HO, pairOf, questionArg } from './payloads.ts';
import { questionTag } from './question.ts';
import { releaseAnswering } from './state.ts';
import { failureReply, workChoices } from './team-replies.ts';
import { teamSide } from './team.ts';

export type { HandoffFeatureDeps };

/** Closing and rating: both sides press these. */
function closeOrRate(deps: HandoffFeatureDeps, ctx: TurnContext): Decision | undefined {
  const { learner, now } = ctx;
  const isTeam = roleOf(learner, deps.policy) !== 'learner';
  const remembered = async (saved: Learner, reply: Reply) => {
    await deps.learners.update(saved.id, now, (l) => rememberChoices(l, reply));
    return reply;
  };
  if (ctx.command === HO.close) {
    const id = questionArg(ctx.commandArg);
    if (!id) return { reply: staleReply(learner) };
    return {
      learner: releaseAnswering(learner, id),
      reply: [],
      after: async (saved) => {
        const r = await deps.service.close(id, saved, now);
        if (!r.ok) {
          if (r.reason === 'already') return [{ type: 'text', text: `Câu hỏi ${questionTag(id)} đã đóng rồi ạ.` }];
          return isTeam ? failureReply(r.reason, id, saved, r.view) : staleReply(saved);
        }
        if (r.view.closedBy === 'learner') {
          const rating = r.view.answers.length > 0 && !r.view.rating;
          const text = personalize(
            `✅ Đã đóng câu hỏi ${questionTag(id)}. Cảm ơn {xung_ho}!${rating ? ' Câu trả lời có giúp được {xung_ho} không ạ?' : ''}`,
            saved,
          );
          return remembered(saved, [{ type: 'choices', text, choices: learnerAnswerChoices(r.view) }]);
        }
        const text = personalize(
          `✅ Đã đóng câu hỏi ${questionTag(id)} và báo cho người hỏi. Cảm ơn {xung_ho}! 🌷`,
          saved,
        );
        const choices = workChoices(r.view).filter((c) => c.payload.startsWith(`k:${HO.kb}:`));
        return choices.length > 0 ? [{ type: 'choices', text, choices }] : [{ type: 'text', text }];
      },
    };
  }
  if (ctx.command === HO.rate) {
    const pair = pairOf(ctx.commandArg);
    if (!pair || (pair.value !== 'up' && pair.value !== 'down')) return { reply: staleReply(learner) };
    const rating = pair.value;
    return {
      reply: [],
      after: async (saved) => {
        const r = await deps.service.rate(pair.id, saved, rating, now);
        if (!r.ok)
          return r.reason === 'already'
            ? [{ type: 'text', text: personalize('{xung_ho} đã đánh giá câu này rồi ạ. Cảm ơn {xung_ho}! 🌷', saved) }]
            : staleReply(saved);
        const text =
          rating === 'up'
            ? 'Cảm ơn {xung_ho} đã cho biết ạ! {toi} sẽ báo lại để tổ vui. 🌷'
            : 'Cảm ơn {xung_ho} đã cho biết ạ. {toi} đã báo lại để tổ rút kinh nghiệm. Nếu vẫn cần giúp, {xung_ho} gõ "hỏi cán bộ" để hỏi thêm nhé.';
        return [{ type: 'text', text: personalize(text, saved) }];
      },
    };
  }
  return undefined;
}

/**
 * Asking for a person: first make sure someone can receive the question, so "Gửi" is never
 * offered in vain; when nobody can, say who else helps and leave the handoff.
 */
function checkedFirst(deps: HandoffFeatureDeps, ctx: TurnContext, decision: Decision): Decision {
  const toAdmins = ctx.command === HO.admins;
  return {
    ...decision,
    reply: [],
    after: async (saved) => {
      if ((await deps.service.reachable(saved, toAdmins)) !== 'nobody') {
        const more = decision.after ? await decision.after(saved) : undefined;
        return [...decision.reply, ...(more ?? [])];
      }
      const reply = whoElseReply(saved);
      await deps.learners.update(saved.id, ctx.now, (l) => {
        const { handoff: _dropped, ...ext } = l.ext ?? {};
        return rememberChoices({ ...l, ext }, reply);
      });
      return reply;
    },
  };
}

/**
 * Ask a volunteer: the learner's question goes to the ward's community team (or the admins)
 * through the outbound queue; a team member claims it and answers by typing; either side closes
 * it; the learner rates it. Placed before the safety and answers features, so a member's answer
 * (which may well mention OTPs and scams) is relayed, not answered by the tutor.
 */
export function handoffFeature(deps: HandoffFeatureDeps): Feature {
  return {
    name: 'handoff',
    commands: {
      [HO.ask]: ASK_PHRASES,
      [HO.list]: ['cauhoi', 'hop cau hoi', 'cau hoi dang cho'],
      [HO.offDuty]: ['nghi truc', 'tam nghi truc', 'nghitruc'],
      [HO.onDuty]: ['vao truc', 'truc lai', 'vaotruc'],
    },
    decide(ctx) {
      const decision = closeOrRate(deps, ctx) ?? teamSide(deps, ctx) ?? learnerSide(deps, ctx);
      return decision && (ctx.command === HO.ask || ctx.command === HO.admins)
        ? checkedFirst(deps, ctx, decision)
        : decision;
    },
  };
}
