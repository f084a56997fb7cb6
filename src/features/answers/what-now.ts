import type { TalkFile } from '../../core/content/talk-schema.ts';
import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import { foldedList, foldedSet } from '../../core/text/folded-list.ts';
import { lastQuestion } from './last-question.ts';
import { SAFETY_REPLIES, withSituation } from './safety-replies.ts';
import type { SafetyVerdict } from './safety.ts';

/** How long after a warning a bare "bây giờ làm gì" still asks about it. */
const WARNING_FRESH_MS = 60 * 60 * 1000;

const STEPS_HEAD = 'Việc cần làm ngay:\n';
const SCAM_STEPS = SAFETY_REPLIES.scam.slice(SAFETY_REPLIES.scam.indexOf(STEPS_HEAD) + STEPS_HEAD.length);
const SCAM_NOW =
  'Dạ, {xung_ho} bình tĩnh, làm ngay mấy việc này nhé:\n' +
  `${SCAM_STEPS}\n` +
  'Ai gọi lại hối thúc, dọa nạt hay hứa “lấy lại tiền giúp” thì {xung_ho} cúp máy, không làm theo ạ.';
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

type WhatNowTalk = Pick<TalkFile, 'whatNow' | 'whatNowWho'>;

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

/** Whether folded text only asks "what do I do now?" (`flows/talk.yaml`, `whatNow`). */
export function asksWhatNow(folded: string, talk: WhatNowTalk): boolean {
  const said = key(folded, foldedSet(talk.whatNowWho));
  return said !== '' && whatNowKeys(talk).has(said);
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
  if (!asksWhatNow(folded, talk)) return undefined;
  const last = lastQuestion(learner, now, WARNING_FRESH_MS);
  const verdict = last ? check(last.text) : undefined;
  if (!verdict) return undefined;
  const text = verdict.kind === 'scam' ? SCAM_NOW : stepsOf(withSituation(SAFETY_REPLIES[verdict.kind], verdict.lines));
  if (text === undefined) return undefined;
  return [
    {
      type: 'choices',
      text: personalize(text, learner),
      choices: [{ label: '📚 Menu', payload: command('menu') }],
    },
  ];
}
