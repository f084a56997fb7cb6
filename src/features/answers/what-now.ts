import type { TalkFile } from '../../core/content/talk-schema.ts';
import { command } from '../../core/flows/payload.ts';
import { holdsWhole } from '../../core/router/commands.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import { foldedList, foldedSet } from '../../core/text/folded-list.ts';
import { lastQuestion } from './last-question.ts';
import { SAFETY_REPLIES, withSituation } from './safety-replies.ts';
import type { SafetyVerdict } from './safety.ts';
import type { ScamVerdict } from './scam-net.ts';

/** How long after a warning a bare "bây giờ làm gì" still asks about it. */
const WARNING_FRESH_MS = 60 * 60 * 1000;

const STEPS_HEAD = 'Việc cần làm ngay:\n';
const SCAM_STEPS = SAFETY_REPLIES.scam.slice(SAFETY_REPLIES.scam.indexOf(STEPS_HEAD) + STEPS_HEAD.length);
const CALM_HEAD = 'Dạ, {xung_ho} bình tĩnh, làm ngay mấy việc này nhé:\n';
const SCAM_NOW =
  CALM_HEAD +
  `${SCAM_STEPS}\n` +
  'Ai gọi lại hối thúc, dọa nạt hay hứa “lấy lại tiền giúp” thì {xung_ho} cúp máy, không làm theo ạ.';
const SCAM_NOT_YET =
  'Dạ, {xung_ho} chưa làm theo là tốt lắm ạ. {xung_ho} cứ thế này nhé:\n' +
  '1. Không chuyển tiền, không đọc mã, không bấm link, không cài gì theo lời họ; cúp máy, chặn số hay tài khoản đó.\n' +
  '2. Họ gọi lại hối thúc, dọa nạt thì cứ cúp máy; muốn hỏi cho chắc thì gọi người thân, cơ quan bằng số quen.\n' +
  '3. Kể cho con cháu trong nhà biết.\n' +
  '4. Báo số lừa đảo về 156 hoặc nhắn tin 5656, hoặc đến công an xã/phường.';
const DONE_TAIL = 'Ai gọi lại hứa “lấy lại tiền giúp” hay bắt nộp thêm phí thì {xung_ho} cúp máy: đó là lừa lần hai ạ.';
const EMERGENCY_NOW = 'Dạ, {xung_ho} làm theo lời dặn vừa rồi nhé:\n';
const REFUSAL_NOW = 'Dạ, {xung_ho} làm thế này nhé:\n';

/**
 * What to do now of a class's reply: an emergency's whole reply ("🚑 Xin bác gọi ngay 115…"); a refusal's steps
 * without its first line ("Dạ, cháu xin lỗi, cháu không thể…"), none when it has no steps.
 */
function stepsOf(reply: string): string | undefined {
  if (!reply.startsWith('Dạ')) return EMERGENCY_NOW + reply;
  const cut = reply.indexOf('\n');
  return cut < 0 ? undefined : REFUSAL_NOW + reply.slice(cut + 1);
}

type WhatNowTalk = Pick<TalkFile, 'whatNow' | 'whatNowWho' | 'whatNowDone' | 'whatNowNotYet'>;

/** A not-yet said with no question after it is short: longer, it is a new story. */
const BARE_TOLD_WORDS = 5;

/** What the learner told before asking what now: nothing, that it is already done, or that it is not. */
export type WhatNowTold = 'nothing' | 'done' | 'notYet';

/** Folded text without the words for who asks: "bay gio tui phai lam gi" → "bay gio lam gi". */
function key(folded: string, who: ReadonlySet<string>): string {
  return folded
    .split(' ')
    .filter((w) => w !== '' && !who.has(w))
    .join(' ');
}

const keys = new WeakMap<WhatNowTalk, ReadonlySet<string>>();

function whatNowKeys(talk: WhatNowTalk): ReadonlySet<string> {
  let out = keys.get(talk);
  if (!out) {
    const who = foldedSet(talk.whatNowWho);
    out = new Set(foldedList(talk.whatNow).map((p) => key(p, who)));
    keys.set(talk, out);
  }
  return out;
}

/**
 * Whether folded text asks "what do I do now?" (`flows/talk.yaml`, `whatNow`), and what it told first: "giờ sao"
 * alone, "tui lỡ chuyển rồi, giờ sao" (done) or "tui chưa chuyển, giờ sao" (not yet). Undefined when anything else
 * stands before the question: that is a new question.
 */
export function whatNowTold(folded: string, talk: WhatNowTalk): WhatNowTold | undefined {
  const said = key(folded, foldedSet(talk.whatNowWho));
  if (said === '') return undefined;
  const asked = whatNowKeys(talk);
  if (asked.has(said)) return 'nothing';
  const words = said.split(' ');
  // Told alone, right after a warning ("chưa bấm gì hết", "chưa chuyển đồng nào"): the answer to the warning's own
  // question, the steps to stay safe. Session 31.
  if (words.length <= BARE_TOLD_WORDS && holdsWhole(said, foldedList(talk.whatNowNotYet))) return 'notYet';
  for (let cut = 1; cut < words.length; cut++) {
    if (!asked.has(words.slice(cut).join(' '))) continue;
    const told = words.slice(0, cut).join(' ');
    if (holdsWhole(told, foldedList(talk.whatNowNotYet))) return 'notYet';
    if (holdsWhole(told, foldedList(talk.whatNowDone))) return 'done';
    return undefined;
  }
  return undefined;
}

/** The steps of a scam warning for what the learner told: the general steps, those for after, or those to stay safe. */
function scamSteps(told: WhatNowTold, after: ScamVerdict['after']): string {
  if (told === 'notYet') return SCAM_NOT_YET;
  const steps = [after?.demand, after?.general].filter((l): l is string => l !== undefined);
  if (told === 'done' && steps.length > 0) return `${CALM_HEAD}${steps.map((l) => `• ${l}`).join('\n')}\n${DONE_TAIL}`;
  return after?.demand ? `${SCAM_NOW}\n${after.demand}` : SCAM_NOW;
}

/**
 * "Bây giờ tui làm gì?" right after a warning: the warning's steps for now, said again. The last question is read
 * again by the safety check (`check`), so the steps fit it; undefined when the last answer was no warning or is old.
 */
export function whatNowReply(
  folded: string,
  talk: WhatNowTalk,
  learner: Learner,
  now: Date,
  check: (text: string) => SafetyVerdict | undefined,
): Reply | undefined {
  const told = whatNowTold(folded, talk);
  if (told === undefined) return undefined;
  const last = lastQuestion(learner, now, WARNING_FRESH_MS);
  const verdict = last ? check(last.text) : undefined;
  if (!verdict) return undefined;
  const text =
    verdict.kind === 'scam'
      ? scamSteps(told, verdict.scam?.after)
      : stepsOf(withSituation(SAFETY_REPLIES[verdict.kind], verdict.lines));
  if (text === undefined) return undefined;
  return [
    {
      type: 'choices',
      text: personalize(text, learner),
      choices: [{ label: '📚 Menu', payload: command('menu') }],
    },
  ];
}
