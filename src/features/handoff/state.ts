import type { Learner } from '../../core/learners/learner.ts';

/** A learner's question on its way to the team, before it was sent (`learner.ext.handoff`). */
export interface LearnerHandoffState {
  /** What the next message is taken as: the ward, the question, or yes/no to sending. */
  step: 'ward' | 'question' | 'confirm';
  /** When the step started; steps older than {@link STEP_TTL_MS} are ignored. */
  at: string;
  /** The redacted question, once known. */
  text?: string;
  /** True when personal data was removed from the question. */
  redacted?: boolean;
  /** Send to the admins instead of a ward (the learner gave no ward). */
  toAdmins?: boolean;
}

/** A team member answering in the chat (`learner.ext.handoffMember`). */
export interface MemberHandoffState {
  /** The claimed question whose answer the member's next messages are. */
  answering?: string;
  /** Last claim or answer; typed messages stop being answers {@link ANSWERING_TTL_MS} after it. */
  at?: string;
  /** Off duty: no new questions are sent to this member. */
  offDuty?: boolean;
}

export const STEP_TTL_MS = 30 * 60_000;
export const ANSWERING_TTL_MS = 2 * 3_600_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const fresh = (at: unknown, now: Date, ttl: number) => typeof at === 'string' && now.getTime() - Date.parse(at) < ttl;

/** The learner's pending handoff step, if any and not stale. */
export function learnerStep(learner: Pick<Learner, 'ext'>, now: Date): LearnerHandoffState | undefined {
  const raw = learner.ext?.['handoff'];
  if (!isObject(raw) || !fresh(raw['at'], now, STEP_TTL_MS)) return undefined;
  const step = raw['step'];
  if (step !== 'ward' && step !== 'question' && step !== 'confirm') return undefined;
  return {
    step,
    at: String(raw['at']),
    ...(typeof raw['text'] === 'string' ? { text: raw['text'] } : {}),
    ...(raw['redacted'] === true ? { redacted: true } : {}),
    ...(raw['toAdmins'] === true ? { toAdmins: true } : {}),
  };
}

export function withLearnerStep(learner: Learner, state: LearnerHandoffState | undefined): Learner {
  const { handoff: _old, ...ext } = learner.ext ?? {};
  return { ...learner, ext: state ? { ...ext, handoff: state } : ext };
}

export function memberState(learner: Pick<Learner, 'ext'>): MemberHandoffState {
  const raw = learner.ext?.['handoffMember'];
  if (!isObject(raw)) return {};
  return {
    ...(typeof raw['answering'] === 'string' ? { answering: raw['answering'] } : {}),
    ...(typeof raw['at'] === 'string' ? { at: raw['at'] } : {}),
    ...(raw['offDuty'] === true ? { offDuty: true } : {}),
  };
}

/** The question the member's typed messages answer now, if any. */
export function answeringNow(learner: Pick<Learner, 'ext'>, now: Date): string | undefined {
  const s = memberState(learner);
  return s.answering && fresh(s.at, now, ANSWERING_TTL_MS) ? s.answering : undefined;
}

export function withMemberState(learner: Learner, state: MemberHandoffState): Learner {
  const { handoffMember: _old, ...ext } = learner.ext ?? {};
  return { ...learner, ext: Object.keys(state).length > 0 ? { ...ext, handoffMember: state } : ext };
}

/** Stops the member's messages being answers to `questionId` (closed, passed on, claimed elsewhere). */
export function releaseAnswering(learner: Learner, questionId?: string): Learner {
  const s = memberState(learner);
  if (!s.answering || (questionId !== undefined && s.answering !== questionId)) return learner;
  const { answering: _a, at: _t, ...rest } = s;
  return withMemberState(learner, rest);
}
