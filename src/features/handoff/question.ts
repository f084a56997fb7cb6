import { randomInt } from 'node:crypto';
import { wardLabelOf } from '../onboarding/ward.ts';
import type { Honorific } from '../../core/learners/learner.ts';
import type { ConversationId } from '../../core/message.ts';
import { ALL_WARDS } from '../../core/stats/stats-keys.ts';

/** Route of a question meant for the admins rather than a ward's team. */
export const ADMINS_ROUTE = ALL_WARDS;

/** open: nobody has it yet; claimed: one team member owns it; closed: done (answered or not). */
export type QuestionStatus = 'open' | 'claimed' | 'closed';

/**
 * Where an unclaimed question stands in escalation: `waiting` for the team's hours, sent to the
 * `ward`, sent to the ward `again`, sent to the `admins` (the last step).
 */
export type EscalationStage = 'waiting' | 'ward' | 'again' | 'admins';

/**
 * Why an answer never reached the learner, in the words the team is told: they `blocked` the
 * bot, are `not_follower`s of the Zalo OA any more, were `outside_window` (Zalo refused: silent too
 * long since their last message, errors -230/-232), or an `other` permanent error or retries ran out.
 */
export type UndeliveredReason = 'blocked' | 'not_follower' | 'outside_window' | 'other';

/** One message a team member wrote for the learner. */
export interface HandoffAnswer {
  /** Redacted text as the learner received it, without the signature. */
  text: string;
  by: ConversationId;
  /** "Chị Lan, tổ công nghệ số Phường Yên Hòa". */
  signature: string;
  /** The team part of the signature: "tổ công nghệ số Phường Yên Hòa", "ban quản trị Học vụ số". */
  team: string;
  at: string;
  /** Set when the outbound queue gave up on this message: it never reached the learner. */
  undelivered?: { reason: UndeliveredReason; at: string };
}

/**
 * A learner's question handed to people. Holds the learner's conversation id for delivery only:
 * team members see {@link QuestionView}, which has none.
 */
export interface HandoffQuestion {
  /** Short code shown as "#A7K2". */
  id: string;
  learnerId: ConversationId;
  honorific?: Honorific;
  /** The learner's ward code (statistics), `chua-ro` when unknown. */
  learnerWard: string;
  /** The learner's ward as they wrote it ("Phường Yên Hòa"). */
  learnerWardLabel?: string;
  /** Whose question it is: a ward code, or {@link ADMINS_ROUTE}. */
  route: string;
  /** "Phường Yên Hòa", or "ban quản trị". */
  routeLabel: string;
  /** The question, personal data removed. */
  text: string;
  /** What the tutor answered before, shortened. */
  tutorAnswer?: string;
  /** The learner's last typed messages before asking (redacted, oldest first), for the volunteer. */
  recent?: Array<{ text: string; at: string }>;
  /** The lesson the learner is on (or did last). */
  lessonTitle?: string;
  status: QuestionStatus;
  createdAt: string;
  stage: EscalationStage;
  /** When the next escalation step is due (unclaimed questions only). */
  dueAt?: string;
  /** When people were first told about it (escalation counts from here). */
  notifiedAt?: string;
  /** Increases each time the question is passed on; part of notification job ids. */
  round: number;
  claimedBy?: ConversationId;
  /** How the team sees the claimer: "Chị Lan". */
  claimerName?: string;
  claimedAt?: string;
  answers: HandoffAnswer[];
  firstAnsweredAt?: string;
  closedAt?: string;
  closedBy?: 'learner' | 'team';
  rating?: 'up' | 'down';
  /** File name of the knowledge draft made from the answer. */
  draft?: string;
}

/** What a team member or the dashboard sees of a question: no learner id, no member ids. */
export type QuestionView = Omit<HandoffQuestion, 'learnerId' | 'claimedBy' | 'answers'> & {
  answers: Array<Omit<HandoffAnswer, 'by'>>;
  /** "Bác ở Phường Yên Hòa". */
  asker: string;
  /** Set by `list` and `view`: the actor who asked for the view is the one who claimed it. */
  mine?: true;
};

/** No 0/O, 1/I: codes are read aloud and typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const QUESTION_ID = /^[A-HJ-NP-Z2-9]{4}$/;

export function randomQuestionId(): string {
  return Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** "#A7K2". */
export const questionTag = (id: string): string => `#${id}`;

/** "phuong-yen-hoa" → "Phường Yên Hòa" when `wards.yaml` names it, "Phuong Yen Hoa" when nothing better is known. */
export function wardName(code: string, named?: (code: string) => string | undefined): string {
  if (code === ADMINS_ROUTE) return 'ban quản trị';
  return named?.(code) ?? wardLabelOf(code);
}

/** "Bác ở Phường Yên Hòa" / "Người hỏi (chưa rõ phường, xã)". */
export function askerOf(q: Pick<HandoffQuestion, 'honorific' | 'learnerWardLabel'>): string {
  const who = q.honorific ? q.honorific.charAt(0).toUpperCase() + q.honorific.slice(1) : 'Người hỏi';
  return q.learnerWardLabel ? `${who} ở ${q.learnerWardLabel}` : `${who} (chưa rõ phường, xã)`;
}

export function viewOf(q: HandoffQuestion): QuestionView {
  const { learnerId: _l, claimedBy: _c, answers, ...rest } = q;
  return { ...rest, answers: answers.map(({ by: _b, ...a }) => a), asker: askerOf(q) };
}

/** The view for one actor: says whether the question is theirs, still without any id. */
export function viewFor(q: HandoffQuestion, actor: { id: ConversationId }): QuestionView {
  return { ...viewOf(q), ...(q.claimedBy !== undefined && q.claimedBy === actor.id ? { mine: true as const } : {}) };
}

/** Why the latest undelivered answer of a question did not reach the learner, if one did not. */
export function undeliveredReasonOf(q: {
  answers: ReadonlyArray<Pick<HandoffAnswer, 'undelivered'>>;
}): UndeliveredReason | undefined {
  return q.answers.findLast((a) => a.undelivered !== undefined)?.undelivered?.reason;
}

/** Why, in plain words, for `/cauhoi` and the dashboard ("người hỏi đã chặn trợ lý"). */
export const UNDELIVERED_WHY: Record<UndeliveredReason, string> = {
  blocked: 'người hỏi đã chặn trợ lý',
  not_follower: 'người hỏi đã bỏ quan tâm Zalo OA',
  outside_window: 'người hỏi đã lâu không nhắn, Zalo từ chối tin này',
  other: 'lỗi khi gửi tin',
};
