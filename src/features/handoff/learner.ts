import { REDACTED_LABEL, redact } from '../answers/redact.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import { readWard, startsWithPlaceKind } from '../onboarding/ward.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import type { HandoffFeatureDeps } from './feature-deps.ts';
import {
  askQuestionReply,
  askWardReply,
  cancelledReply,
  confirmReply,
  currentLessonTitle,
  sentReply,
  staleReply,
} from './learner-replies.ts';
import { HO } from './payloads.ts';
import { lastQuestion } from '../answers/last-question.ts';
import { learnerStep, withLearnerStep, type LearnerHandoffState } from './state.ts';

/** A question the answers feature recorded this recently is offered for sending. */
const LAST_QUESTION_MAX_AGE_MS = 2 * 3_600_000;
const YES = new Set([
  'co',
  'gui',
  'gui di',
  'dong y',
  'ok',
  'oke',
  'vang',
  'da',
  'u',
  'duoc',
  'co gui',
  'gui nhe',
  'vang gui',
]);
const NO = new Set(['khong', 'thoi', 'huy', 'khong gui', 'thoi khong gui', 'khong can']);

/** A reply that remembers its choices, so a typed "1" selects on channels without buttons. */
const show = (learner: Learner, reply: Reply): Decision => ({ learner: rememberChoices(learner, reply), reply });

/** The ward in a reply to "which ward?": a place prefix, or a few words without a question mark. */
function wardFrom(ctx: TurnContext): { code: string; label: string } | undefined {
  if (!startsWithPlaceKind(ctx.text) && (ctx.folded.split(' ').length > 4 || ctx.text.includes('?'))) return undefined;
  const answer = readWard(ctx.text, ctx.content);
  return answer.kind === 'ward' ? answer : undefined;
}

/** The learner's side of asking a volunteer: ward, question, confirmation, sending. */
export function learnerSide(deps: HandoffFeatureDeps, ctx: TurnContext): Decision | undefined {
  const { now } = ctx;
  const step = learnerStep(ctx.learner, now);
  const at = now.toISOString();

  const toConfirm = (learner: Learner, text: string, toAdmins: boolean, redacted: boolean): Decision => {
    const state: LearnerHandoffState = {
      step: 'confirm',
      at,
      text,
      ...(redacted ? { redacted } : {}),
      ...(toAdmins ? { toAdmins } : {}),
    };
    return show(withLearnerStep(learner, state), confirmReply(learner, text, redacted, toAdmins, now, deps.hours));
  };
  /** After the ward is known: the last question if recent, else ask for it. */
  const proceed = (learner: Learner, toAdmins: boolean): Decision => {
    const last = lastQuestion(learner, now, LAST_QUESTION_MAX_AGE_MS);
    if (last) {
      const r = redact(last.text);
      return toConfirm(learner, r.text, toAdmins, r.text.search(REDACTED_LABEL) >= 0);
    }
    return show(
      withLearnerStep(learner, { step: 'question', at, ...(toAdmins ? { toAdmins } : {}) }),
      askQuestionReply(learner, toAdmins),
    );
  };
  const start = (toAdmins: boolean): Decision => {
    if (!toAdmins && !ctx.learner.wardCode)
      return show(withLearnerStep(ctx.learner, { step: 'ward', at }), askWardReply(ctx.learner, false));
    return proceed(ctx.learner, toAdmins);
  };
  const send = (state: LearnerHandoffState): Decision => {
    const learner = withLearnerStep(ctx.learner, undefined);
    const text = state.text!;
    const toAdmins = state.toAdmins === true;
    const lessonTitle = currentLessonTitle(learner, ctx.content);
    return {
      learner,
      reply: [],
      after: async (saved) => {
        const tutorAnswer = deps.tutorAnswer?.(text, saved);
        const result = await deps.service.ask(
          {
            learner: saved,
            text,
            toAdmins,
            ...(lessonTitle ? { lessonTitle } : {}),
            ...(tutorAnswer ? { tutorAnswer } : {}),
          },
          now,
        );
        const reply = sentReply(saved, result, toAdmins, now, deps.hours);
        await deps.learners.update(saved.id, now, (l) => rememberChoices(l, reply));
        return reply;
      },
    };
  };

  switch (ctx.command) {
    case HO.ask:
      return start(false);
    case HO.admins:
      return step ? proceed(ctx.learner, true) : start(true);
    case HO.retype:
      return show(
        withLearnerStep(ctx.learner, { step: 'question', at, ...(step?.toAdmins ? { toAdmins: true } : {}) }),
        askQuestionReply(ctx.learner, step?.toAdmins === true),
      );
    case HO.cancel:
      return show(withLearnerStep(ctx.learner, undefined), cancelledReply(ctx.learner));
    case HO.send:
      return step?.step === 'confirm' && step.text ? send(step) : { reply: staleReply(ctx.learner) };
    default:
      break;
  }

  if (
    !step ||
    ctx.inbound.kind !== 'text' ||
    ctx.command !== undefined ||
    ctx.payload !== undefined ||
    ctx.badPayload ||
    ctx.text === ''
  )
    return undefined;
  const toAdmins = step.toAdmins === true;
  if (step.step === 'ward') {
    const ward = wardFrom(ctx);
    if (!ward) return show(withLearnerStep(ctx.learner, { ...step, at }), askWardReply(ctx.learner, true));
    return proceed({ ...ctx.learner, ward: ward.label, wardCode: ward.code }, false);
  }
  if (step.step === 'confirm' && YES.has(ctx.folded) && step.text) return send(step);
  if (step.step === 'confirm' && NO.has(ctx.folded))
    return show(withLearnerStep(ctx.learner, undefined), cancelledReply(ctx.learner));
  // The question, or (typed at the confirmation) a new wording of it.
  if (ctx.folded.length < 4)
    return show(
      withLearnerStep(ctx.learner, { ...step, step: 'question', at }),
      askQuestionReply(ctx.learner, toAdmins),
    );
  const r = redact(ctx.text);
  return toConfirm(ctx.learner, r.text, toAdmins, r.kinds.length > 0);
}
