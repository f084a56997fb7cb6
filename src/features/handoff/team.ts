import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import { roleOf } from '../team/roles.ts';
import { signatureOf } from './context.ts';
import type { HandoffFeatureDeps } from './feature-deps.ts';
import { HO, pairOf, questionArg } from './payloads.ts';
import { ADMINS_ROUTE } from './question.ts';
import { answeringNow, memberState, releaseAnswering, withMemberState } from './state.ts';
import {
  answeredReply,
  answerStoppedReply,
  claimedReply,
  draftInvalidReply,
  draftReply,
  failureReply,
  listReply,
  passChoicesReply,
} from './team-replies.ts';

const text = (t: string, who: Learner): Reply => [{ type: 'text', text: personalize(t, who) }];
const withoutChoices = (l: Learner): Learner => {
  const { lastChoices: _c, ...rest } = l;
  return rest;
};

/**
 * The team's side: claiming ("Tôi trả lời"), passing on, answering by typing, the knowledge
 * draft, "/cauhoi", going off and on duty. Learners never get here (roles are checked first).
 */
export function teamSide(deps: HandoffFeatureDeps, ctx: TurnContext): Decision | undefined {
  const { learner, now } = ctx;
  if (roleOf(learner, deps.policy) === 'learner') return undefined;
  const id = questionArg(ctx.commandArg);
  const act = (run: (saved: Learner) => Promise<Reply>, next?: Learner): Decision => ({
    ...(next ? { learner: next } : {}),
    reply: [],
    after: run,
  });
  const remember = async (saved: Learner, reply: Reply) => {
    await deps.learners.update(saved.id, now, (l) => rememberChoices(l, reply));
    return reply;
  };

  switch (ctx.command) {
    case HO.claim:
      if (!id) return undefined;
      return act(async (saved) => {
        const r = await deps.service.claim(id, saved, now);
        if (!r.ok) return failureReply(r.reason, id, saved, r.view);
        // From now on the member's typed messages are the answer; "1" must not pick an old button.
        await deps.learners.update(saved.id, now, (l) =>
          withoutChoices(withMemberState(l, { ...memberState(l), answering: id, at: now.toISOString() })),
        );
        // The brief (closest entries, a drafted reply) comes first; nothing of it reaches the learner.
        const brief = deps.brief ? await deps.brief(r.view, saved).catch(() => []) : [];
        return [...brief, ...claimedReply(r.view, saved, signatureOf(saved, r.view).signature)];
      });
    case HO.pass:
      if (!id) return undefined;
      return act(async (saved) => {
        const targets = await deps.service.passTargets(id, saved);
        return targets ? remember(saved, passChoicesReply(id, targets, saved)) : failureReply('not_found', id, saved);
      });
    case HO.passTo: {
      const pair = pairOf(ctx.commandArg);
      if (!pair) return undefined;
      const target = pair.value === 'admins' ? ADMINS_ROUTE : pair.value;
      return act(
        async (saved) => {
          const r = await deps.service.pass(pair.id, saved, target, now);
          if (!r.ok) return failureReply(r.reason, pair.id, saved, r.view);
          return text(
            `↪️ Đã chuyển câu hỏi #${pair.id} cho ${target === ADMINS_ROUTE ? 'ban quản trị' : `tổ công nghệ số ${r.view.routeLabel}`}. Cảm ơn {xung_ho}!`,
            saved,
          );
        },
        releaseAnswering(learner, pair.id),
      );
    }
    case HO.kb:
      if (!id) return undefined;
      return act(async (saved) => {
        const r = await deps.service.promote(id, saved, now);
        if (r.ok) return draftReply(id, r.file.split(/[\\/]/).pop() ?? r.file, saved);
        return r.reason === 'invalid' && r.problems
          ? draftInvalidReply(id, r.problems, saved)
          : failureReply(r.reason, id, saved, r.view);
      });
    case HO.list:
      return act(async (saved) => {
        const views = await deps.service.list(saved);
        const scope = roleOf(saved, deps.policy) === 'admin' ? 'tất cả các phường, xã' : (saved.team?.wardLabel ?? '');
        return remember(saved, listReply(views, scope, now, saved));
      });
    case HO.offDuty:
      return {
        learner: withMemberState(learner, { ...memberState(learner), offDuty: true }),
        reply: text(
          '⏸️ Đã tạm nghỉ trực. Từ giờ {toi} sẽ không chuyển câu hỏi mới cho {xung_ho}. Khi sẵn sàng, {xung_ho} gõ "vào trực" nhé.',
          learner,
        ),
      };
    case HO.onDuty: {
      const { offDuty: _o, ...rest } = memberState(learner);
      return {
        learner: withMemberState(learner, rest),
        reply: text(
          '▶️ Đã vào trực. Từ giờ {toi} sẽ chuyển câu hỏi mới của người dân cho {xung_ho}. Gõ /cauhoi để xem các câu đang chờ.',
          learner,
        ),
      };
    }
    default:
      break;
  }
  return answeringByQuote(deps, ctx) ?? answering(deps, ctx);
}

/** Every question tag (`#ABCD`) in a text. */
const TAGS = /#([A-HJ-NP-Z2-9]{4})(?![A-Za-z0-9])/g;

/**
 * A member replying to (quoting) a message about one question — its notice, "claimed",
 * "sent" — answers that question, claiming it first if nobody has. A quoted message that
 * names several questions (the "/cauhoi" list) is not an answer to any of them.
 */
function answeringByQuote(deps: HandoffFeatureDeps, ctx: TurnContext): Decision | undefined {
  const { now, inbound } = ctx;
  if (
    inbound.kind !== 'text' ||
    inbound.quoted === undefined ||
    ctx.command !== undefined ||
    ctx.payload !== undefined ||
    ctx.text === ''
  )
    return undefined;
  const ids = new Set([...inbound.quoted.matchAll(TAGS)].map((m) => m[1]!));
  if (ids.size !== 1) return undefined;
  const [qid] = [...ids] as [string];
  return {
    reply: [],
    after: async (saved) => {
      const r = await deps.service.answer(qid, saved, ctx.text, now);
      if (!r.ok) return failureReply(r.reason, qid, saved, r.view);
      // What the member types next goes on answering this question, as after pressing "Tôi trả lời".
      await deps.learners.update(saved.id, now, (l) =>
        withoutChoices(withMemberState(l, { ...memberState(l), answering: qid, at: now.toISOString() })),
      );
      return answeredReply(r.view, saved, r.redacted);
    },
  };
}

/** While a member has a claimed question open, what they type goes to the learner. */
function answering(deps: HandoffFeatureDeps, ctx: TurnContext): Decision | undefined {
  const { learner, now } = ctx;
  const qid = answeringNow(learner, now);
  if (!qid || ctx.command !== undefined || ctx.payload !== undefined || ctx.badPayload) return undefined;
  if (ctx.inbound.kind !== 'text') {
    if (!['voice', 'image', 'sticker', 'file', 'location'].includes(ctx.inbound.kind)) return undefined;
    return {
      reply: text(
        `Hiện {toi} chỉ chuyển được tin nhắn chữ tới người hỏi (#${qid}). {xung_ho} gõ câu trả lời giúp {toi} nhé.`,
        learner,
      ),
    };
  }
  if (ctx.text === '') return undefined;
  const next = withoutChoices(
    withMemberState(learner, { ...memberState(learner), answering: qid, at: now.toISOString() }),
  );
  return {
    learner: next,
    reply: [],
    after: async (saved) => {
      const r = await deps.service.answer(qid, saved, ctx.text, now);
      if (r.ok) return answeredReply(r.view, saved, r.redacted);
      if (r.reason === 'rate_limited' || r.reason === 'empty') return failureReply(r.reason, qid, saved, r.view);
      await deps.learners.update(saved.id, now, (l) => releaseAnswering(l, qid));
      return answerStoppedReply(qid, saved);
    },
  };
}
