import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { OutboundPart, Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import type { Answer } from './answer.ts';
import { answerChoices, answerParts, TOPIC_COMMAND } from './reply.ts';
import type { Answerer, Draft } from './answerer.ts';
import { SAFETY_REPLIES, scamWarning, withSituation } from './safety-replies.ts';
import type { SafetyVerdict } from './safety.ts';
import { voiceAnswer } from './voice-answer.ts';
import { echoesQuiz, quizAsked } from './quiz-echo.ts';
import { isAcknowledgement, isCalling } from '../../core/text/small-talk.ts';
import { deskInstead, rememberLater } from './later-choices.ts';
import { asksYesNo } from '../../core/router/pending.ts';
import type { AnswerHooks } from './answer-hooks.ts';
import { whatNowReply } from './what-now.ts';
import { withLastQuestion } from './last-question.ts';
import { redact } from './redact.ts';

/** Free text worth answering: typed, not a command, not a button, not empty. */
function question(ctx: TurnContext): string | undefined {
  if (ctx.inbound.kind !== 'text' || ctx.command !== undefined || ctx.payload !== undefined || ctx.badPayload)
    return undefined;
  return ctx.text === '' ? undefined : ctx.text;
}

/** The answer is known only after a model call: the model writes it, or its safety check must be heard first. */
const waits = (draft: Draft) => draft.needsLlm || draft.safetyCheck;

/** The draft's question remembered, with its answer when it is known without waiting for a model. */
const withDraftAsked = (learner: Learner, draft: Draft, now: Date): Learner =>
  withLastQuestion(learner, draft.redactedQuestion, waits(draft) ? undefined : draft.answer.text, now);

/** The answer's buttons with the rating row before the last one (the menu); `after` records what it rates. */
function rated(hooks: AnswerHooks, ctx: TurnContext) {
  const rating = hooks.rating;
  if (!rating) return { choices: (part: OutboundPart) => part, given: async () => undefined };
  const id = rating.id(ctx.learner, ctx.now);
  return {
    choices(part: OutboundPart): OutboundPart {
      if (part.type !== 'choices') return part;
      const rest = part.choices.slice(0, -1);
      return { ...part, choices: [...rest, ...rating.choices(id), ...part.choices.slice(-1)] };
    },
    // A rating that cannot be kept never costs the learner the answer.
    given: (answer: Answer, learner: Learner, question: string) =>
      rating.given(id, answer, learner, question, ctx.now).catch(() => undefined),
  };
}

function answerDecision(answerer: Answerer, draft: Draft, ctx: TurnContext, hooks: AnswerHooks): Decision {
  const learner = withDraftAsked(ctx.learner, draft, ctx.now);
  const options = { learner };
  const rating = rated(hooks, ctx);
  const complete = async () => {
    const answer = await answerer.complete(draft, options);
    hooks.answered?.(answer.kind);
    await rating.given(answer, learner, draft.redactedQuestion);
    return answer;
  };
  if (!waits(draft)) {
    const reply = answerParts(draft.answer, learner, rating.choices(answerChoices(draft.answer, learner)));
    const base = { learner: rememberChoices(learner, reply), alerted: draft.answer.kind === 'safety' };
    // Unsure: "Hỏi cán bộ" only where someone can take the question, which takes a read to know.
    // The reply comes from `after` then, so its "Có phải bác muốn hỏi…?" is marked as asked here.
    if (draft.answer.unsure && hooks.reachable)
      return {
        ...base,
        learner: asksYesNo(reply) ? { ...base.learner, yesNo: {} } : base.learner,
        reply: [],
        after: async (saved) => {
          await complete();
          return deskInstead(hooks, saved, ctx, reply);
        },
      };
    // `complete` returns the draft at once here; it records the outcome in the log.
    return { ...base, reply, after: async () => void (await complete()) };
  }
  const choices = rating.choices(answerChoices(draft.answer, learner));
  return {
    learner: rememberChoices(learner, [choices]),
    reply: [],
    slow: true,
    after: async (saved) => {
      const answer = await complete();
      // Flagged by the model's safety check: that reply's own buttons, remembered now.
      if (answer.kind === 'safety') {
        const own = answerParts(answer, learner, rating.choices(answerChoices(answer, learner)));
        return rememberLater(hooks, saved, ctx.now, own);
      }
      return deskInstead(hooks, saved, ctx, answerParts(answer, learner, choices));
    },
  };
}

const warningText = (verdict: SafetyVerdict, learner: Learner) =>
  personalize(
    verdict.scam?.level === 'alarm'
      ? scamWarning(verdict.scam.lines)
      : withSituation(SAFETY_REPLIES[verdict.kind], verdict.lines),
    learner,
  );

/** The safety concern of a typed message; none for a quiz answer that only repeats what the quiz asks. */
function concern(answerer: Answerer, ctx: TurnContext, text: string | undefined): SafetyVerdict | undefined {
  const verdict = text === undefined ? undefined : answerer.checkSafety(text);
  if (verdict === undefined || text === undefined) return undefined;
  const asked = quizAsked(ctx);
  return asked && echoesQuiz(text, verdict, asked, (t) => answerer.scamSignals(t)) ? undefined : verdict;
}

/**
 * The router-level alert: a scam told while another feature holds the conversation (a lesson
 * step, a volunteer chat) still gets its warning first. Only scams: refusals need no alert.
 */
export function scamAlert(answerer: Answerer): (ctx: TurnContext) => Reply | undefined {
  return (ctx) => {
    const verdict = concern(answerer, ctx, question(ctx));
    if (verdict?.kind !== 'scam') return undefined;
    return [{ type: 'text', text: warningText(verdict, ctx.learner) }];
  };
}

/**
 * Safety first: a scam in progress, a harmful request, an emergency or an attempt to change the
 * rules is answered before onboarding or a lesson can take the message.
 */
export function safetyFeature(answerer: Answerer, hooks: AnswerHooks = {}): Feature {
  return {
    name: 'safety',
    decide(ctx) {
      const text = question(ctx);
      const verdict = concern(answerer, ctx, text);
      if (text === undefined || verdict === undefined) return undefined;
      // In the middle of a lesson or quiz: warn; the router then shows the step again below.
      if (verdict.kind === 'scam' && ctx.learner.position) {
        // Remembered as asked, with the warning shown, so "bây giờ tui làm gì" right after gets the steps for now.
        const warning = warningText(verdict, ctx.learner);
        return {
          learner: withLastQuestion(ctx.learner, redact(text).text, warning, ctx.now),
          reply: [{ type: 'text', text: warning }],
          alerted: true,
          after: async () => void hooks.answered?.('safety'),
        };
      }
      return answerDecision(answerer, answerer.draft(text, { learner: ctx.learner }), ctx, hooks);
    },
  };
}

/** Free-form questions (typed or spoken) nobody else handled, and the "closest topic" buttons. */
export function answersFeature(answerer: Answerer, hooks: AnswerHooks = {}): Feature {
  return {
    name: 'answers',
    decide(ctx) {
      const { learner } = ctx;
      if (ctx.command === TOPIC_COMMAND) {
        const answer = ctx.commandArg ? answerer.entryAnswer(ctx.commandArg, { learner }) : undefined;
        if (!answer) return undefined;
        const rating = rated(hooks, ctx);
        const reply = answerParts(answer, learner, rating.choices(answerChoices(answer, learner)));
        const asked = (learner.ext?.lastQuestion as { text?: unknown } | undefined)?.text;
        return {
          learner: rememberChoices(learner, reply),
          reply,
          after: async () => {
            hooks.answered?.(answer.kind);
            await rating.given(answer, learner, typeof asked === 'string' ? asked : '');
          },
        };
      }
      if (ctx.inbound.kind === 'voice' && ctx.inbound.voice && answerer.online) {
        const voice = ctx.inbound.voice;
        const rating = rated(hooks, ctx);
        const spoken = {
          choices: rating.choices,
          given: async (answer: Answer, learner: Learner, question: string) => {
            hooks.answered?.(answer.kind);
            await rating.given(answer, learner, question);
          },
        };
        return {
          reply: [],
          slow: true,
          after: async (saved) => {
            const reply = await voiceAnswer(answerer, voice, saved, spoken);
            return rememberLater(hooks, saved, ctx.now, await deskInstead(hooks, saved, ctx, reply, false));
          },
        };
      }
      const text = question(ctx);
      if (text === undefined) return undefined;
      // A quiz answer in the quiz's own words that matched no option: ask for the option, no warning.
      if (answerer.checkSafety(text) && !concern(answerer, ctx, text)) {
        const pick = 'Dạ, {xung_ho} chọn một ý ở dưới giúp {toi}: bấm nút, hoặc gõ số của ý đó nhé.';
        return { reply: [{ type: 'text', text: personalize(pick, learner) }] };
      }
      if (isCalling(ctx.folded)) {
        const reply: Reply = [
          {
            type: 'text',
            text: personalize(
              'Dạ, {toi} đây ạ! {xung_ho} cứ gõ điều muốn hỏi, ví dụ: "quên mật khẩu VNeID", hoặc gõ "menu" để học nhé. 🌷',
              learner,
            ),
          },
        ];
        return { reply };
      }
      // Thanks and acknowledgements get a short kind reply instead of a search.
      if (isAcknowledgement(ctx.folded)) {
        const reply: Reply = [
          {
            type: 'text',
            text: personalize('Dạ vâng ạ. {xung_ho} cần gì cứ gõ câu hỏi, hoặc gõ "menu" để học nhé. 🌷', learner),
          },
        ];
        return { reply };
      }
      const steps = whatNowReply(ctx.folded, ctx.content.talk.talk, learner, ctx.now, answerer.checkSafety);
      if (steps) return { learner: rememberChoices(learner, steps), reply: steps };
      return answerDecision(answerer, answerer.draft(text, { learner }), ctx, hooks);
    },
  };
}
