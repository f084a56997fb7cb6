import type { Content } from '../content/content.ts';
import { StoreError } from '../errors.ts';
import { throttledLog } from '../throttled-log.ts';
import { decodePayload, encodePayload, type Payload } from '../flows/payload.ts';
import type { Learner } from '../learners/learner.ts';
import type { LearnerRepo } from '../learners/learner-repo.ts';
import { lazyChild, type Logger } from '../logger.ts';
import type { Inbound, Reply } from '../message.ts';
import { fold } from '../text/fold.ts';
import { stripParticles } from '../text/talk-words.ts';
import { localDay } from '../time/local-day.ts';
import { buildCommandTable, CORE_COMMANDS, aroundWords, matchCommand, matchCommandAround } from './commands.ts';
import type { Decision, Feature, TurnContext } from './feature.ts';
import { lessonBegan, lessonFinished } from '../learners/lesson-finished.ts';
import type { LearnerObserver } from '../stats/stats-observer.ts';
import { asksYesNo, matchPending, numberAfterReply, numberAfterStep, pendingAgain, renumbered } from './pending.ts';
import {
  CALL_ME_COMMAND,
  matchCallMe,
  matchFirstReply,
  matchLessonNumber,
  TALK_REPLY_COMMAND,
  matchOnboardingSkip,
  matchTalkCommand,
} from './talk-commands.ts';

/** Messages longer than this are cut before matching and answering. */
export const MAX_TEXT_LENGTH = 2000;

export interface TutorDeps {
  content: Content;
  learners: LearnerRepo;
  /** Ordered features; the first that decides handles the message. */
  features: Feature[];
  logger: Logger;
  clock?: () => Date;
  timezone: string;
  /**
   * A warning that must reach the learner whichever feature handles the message (a scam in
   * progress, told in the middle of a lesson): put before the reply unless it says `alerted`.
   * Pure, like `decide`; it never changes the learner.
   */
  alert?: (ctx: TurnContext) => Reply | undefined;
  /**
   * The content as one learner sees it (the arms of A/B tests); pure and synchronous, like
   * `decide`. Everyone sees `content` when omitted.
   */
  contentFor?: (learner: Learner) => Content;
  /** Told about every saved learner change (statistics); failures are logged, never shown. */
  observers?: LearnerObserver[];
}

/** The channel-agnostic entry point: one inbound message in, the reply out. */
export interface Tutor {
  /**
   * `hooks.slow` is called when the reply needs slow work (an LLM call, a transcription), so the channel can show
   * "typing…".
   */
  handle(inbound: Inbound, hooks?: { slow?: () => void }): Promise<Reply>;
}

/** The polite answer while storage is unreachable (also sent by channels that cannot keep an update). */
export const BUSY_REPLY: Reply = [
  { type: 'text', text: 'Xin lỗi, hệ thống đang bận một chút. Mình vui lòng nhắn lại sau ít phút nhé ạ. 🙏' },
];

/** Features after whose answer a waiting lesson question is shown again. */
const SHOW_PENDING_AFTER = new Set(['safety', 'answers', 'fallback', 'media', 'progress', 'reminders']);

/** The question another feature waited for before this message, asked again after `chosen` answered. */
function askAgain(features: readonly Feature[], chosen: Feature, ctx: TurnContext, next: Learner) {
  for (const feature of features) {
    const asked = feature === chosen ? undefined : feature.again?.(ctx.learner, next, ctx);
    if (asked) return asked;
  }
  return undefined;
}

export function createTutor(deps: TutorDeps): Tutor {
  const clock = deps.clock ?? (() => new Date());
  const commands = buildCommandTable(CORE_COMMANDS, ...deps.features.map((f) => f.commands));
  // Every message fails the same way during an outage: one line per 10 s, with a count.
  const storeDown = throttledLog(deps.logger, 'error');

  function context(inbound: Inbound, learner: Learner, now: Date): TurnContext {
    const text = (inbound.text ?? '').trim().slice(0, MAX_TEXT_LENGTH);
    const folded = fold(text);
    let rawPayload = inbound.payload;
    const talk = deps.content.talk;
    const said = inbound.kind === 'text' && folded !== '' ? matchTalkCommand(text, folded, talk) : undefined;
    // Stopping wins; then declining the onboarding question waiting ("thôi khỏi", "hổng nhớ").
    const skipped =
      said === 'stop' || inbound.kind !== 'text' ? undefined : matchOnboardingSkip(learner.asking, folded, talk);
    const callMe = inbound.kind === 'text' && folded !== '' ? matchCallMe(text, folded, talk) : undefined;
    let command =
      inbound.kind === 'text' && folded !== ''
        ? (skipped ??
          said ??
          (callMe === undefined ? undefined : CALL_ME_COMMAND) ??
          matchCommand(folded, commands) ??
          matchCommand(stripParticles(folded, talk.talk.particles), commands) ??
          matchCommandAround(folded, aroundWords(talk.talk).command, commands))
        : undefined;
    // A waiting question owns the reply: its number, its words, a yes or a no.
    const pending =
      rawPayload === undefined && command === undefined && inbound.kind === 'text'
        ? matchPending(learner, text, folded, talk)
        : undefined;
    rawPayload ??= pending?.payload;
    // "không biết" alone: small talk answers it, never the safety check or the answers.
    const firstReply =
      rawPayload === undefined && command === undefined && pending?.answer === undefined && inbound.kind === 'text'
        ? matchFirstReply(folded, talk)
        : undefined;
    if (firstReply !== undefined) command = TALK_REPLY_COMMAND;
    // "học bài 3": the lesson numbered so in the menu; the one being learned goes on where it was.
    if (rawPayload === undefined && command === undefined && inbound.kind === 'text') {
      const n = matchLessonNumber(folded, talk);
      const lesson = n === undefined ? undefined : (deps.contentFor?.(learner) ?? deps.content).lessons[n - 1];
      if (lesson && learner.position && 'lessonId' in learner.position && learner.position.lessonId === lesson.id)
        command = 'resume';
      else if (lesson) rawPayload = encodePayload({ kind: 'lesson', lessonId: lesson.id });
    }
    const payload: Payload | undefined = rawPayload !== undefined ? decodePayload(rawPayload) : undefined;
    let commandArg: string | undefined = command === CALL_ME_COMMAND ? callMe : firstReply;
    if (payload?.kind === 'command') {
      command = payload.name;
      commandArg = payload.arg;
    }
    const { yesNo: _asked, resting: _rested, ...current } = learner;
    return {
      inbound,
      learner: current,
      text,
      folded,
      ...(command !== undefined ? { command } : {}),
      ...(commandArg !== undefined ? { commandArg } : {}),
      ...(payload !== undefined ? { payload } : {}),
      ...(pending?.answer !== undefined ? { answer: pending.answer } : {}),
      badPayload: rawPayload !== undefined && payload === undefined,
      now,
      today: localDay(now, learner.timezone ?? deps.timezone),
      content: deps.contentFor?.(learner) ?? deps.content,
    };
  }

  return {
    async handle(inbound, hooks) {
      const now = clock();
      const log = lazyChild(deps.logger, { conversation: inbound.conversationId.split(':')[0], kind: inbound.kind });
      let chosen: { feature: string; decision: Decision } | undefined;
      let before: Learner | undefined;
      let alert: Reply | undefined;
      let again: Reply | undefined;
      let extra: ReturnType<typeof numberAfterStep>['extra'];
      try {
        const saved = await deps.learners.update(inbound.conversationId, now, (current, existing) => {
          before = existing;
          const { unreachable: _cleared, ...rest } = current;
          const learner: Learner = { ...rest, lastSeenAt: now.toISOString() };
          const ctx = context(inbound, learner, now);
          alert = deps.alert?.(ctx);
          for (const feature of deps.features) {
            const decision = feature.decide(ctx);
            if (decision) {
              chosen = { feature: feature.name, decision };
              let next = decision.learner ?? ctx.learner;
              again = undefined;
              extra = undefined;
              let askedAgain = false;
              // Right after a goodbye in a lesson, the next answer stands alone (the step waits for "học tiếp").
              const resume =
                ctx.payload === undefined &&
                !learner.resting &&
                (decision.showPending ?? SHOW_PENDING_AFTER.has(feature.name));
              if (resume) {
                const shown =
                  pendingAgain(ctx.learner, next, ctx.content) ?? askAgain(deps.features, feature, ctx, next);
                if (shown) {
                  again = shown.reply;
                  askedAgain = shown.learner.asking !== undefined;
                  ({ learner: next, extra } = numberAfterStep(ctx.learner, next, shown.learner));
                }
              } else if (lessonFinished(ctx.learner, next)) {
                // A question a lesson put off comes after the lesson's last reply, numbered after its options.
                const shown = askAgain(deps.features, feature, ctx, next);
                if (shown) {
                  ({ learner: next, reply: again } = numberAfterReply(next, shown));
                  askedAgain = next.asking !== undefined;
                }
              }
              // A yes/no question waits for the very next message only.
              if (next.yesNo === undefined && asksYesNo([...decision.reply, ...(again ?? [])]))
                next = { ...next, yesNo: {} };
              // An onboarding question is pending for the very next message only, unless asked again.
              if (feature.name === 'onboarding' || askedAgain || next.asking === undefined) return next;
              const { asking: _dropped, lessonAsked: _waiting, ...rest } = next;
              // A lesson begun instead of answering: the questions come back when it is finished.
              return lessonBegan(ctx.learner, next) ? { ...rest, onboardingLater: true } : rest;
            }
          }
          chosen = undefined;
          again = undefined;
          return ctx.learner;
        });
        // Observers keep separate figures: they run side by side, so the reply waits for the slowest only.
        await Promise.all(
          (deps.observers ?? []).map((observe) =>
            observe(before, saved, now).catch((error: unknown) =>
              log.warn({ err: (error as Error).message }, 'observer failed'),
            ),
          ),
        );
        if (!chosen) return alert ?? [];
        log.debug({ feature: chosen.feature }, 'handled');
        if (chosen.decision.after && chosen.decision.slow) hooks?.slow?.();
        const more = chosen.decision.after ? await chosen.decision.after(saved) : undefined;
        const reply = [...renumbered([...chosen.decision.reply, ...(more ?? [])], extra), ...(again ?? [])];
        return alert && !chosen.decision.alerted ? [...alert, ...reply] : reply;
      } catch (error) {
        if (error instanceof StoreError) {
          storeDown({ err: error.message }, 'store unavailable');
          return BUSY_REPLY;
        }
        log.error({ err: (error as Error).message, feature: chosen?.feature }, 'handler failed');
        return [{ type: 'text', text: 'Xin lỗi, có lỗi nhỏ xảy ra. Mình thử gõ "menu" để bắt đầu lại nhé ạ.' }];
      }
    },
  };
}
