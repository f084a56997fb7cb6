import type { Choice, ConversationId } from '../message.ts';

/** The ways of being called offered as buttons; `flows/talk.yaml` `honorifics` adds typed ones ("má", "dì"). */
export const HONORIFICS = ['bác', 'ông', 'bà', 'cô', 'chú', 'anh', 'chị'] as const;
/** A button's word or a typed one from `flows/talk.yaml` (lower case). */
export type Honorific = string;

/** Where the learner is: inside a lesson step, answering its quiz, or reviewing missed questions. */
export type Position =
  | { mode: 'lesson'; lessonId: string; stepId: string }
  | { mode: 'quiz'; lessonId: string; question: number; correct: number }
  | { mode: 'review'; items: ReviewItem[]; index: number; correct: number }
  /** The optional check before a lesson; `correct` counts right answers so far. */
  | { mode: 'precheck'; lessonId: string; question: number; correct: number }
  /** The question "Bác đã tự làm được chưa?" after the quiz. */
  | { mode: 'task'; lessonId: string };

/** The learner's answer about the lesson's real task. */
export type TaskAnswer = 'done' | 'help' | 'not-tried';

export interface LessonRecord {
  startedAt: string;
  completedAt?: string;
  lastScore?: number;
  bestScore?: number;
  total?: number;
  attempts: number;
  /** The check before the lesson: offered (not answered yet), skipped, or its score. */
  precheck?: 'offered' | 'skipped' | { right: number; total: number };
  /** First answer to "Bác đã tự làm được chưa?". */
  task?: TaskAnswer;
  /** When the learner first said "Đã làm được": at once, or later (asked again, or an old button). */
  taskDoneAt?: string;
}

/** A missed quiz question, asked again when due (Leitner boxes: 1, 3, 7 days). */
export interface ReviewItem {
  lessonId: string;
  questionId: string;
  box: number;
  /** Local day (YYYY-MM-DD) from which it may be asked. */
  due: string;
}

/** A team member's binding to the ward whose learners they serve. */
export interface TeamMembership {
  wardCode: string;
  wardLabel: string;
  joinedAt: string;
  /** First name shown to learners when the member answers a question. */
  firstName?: string;
}

export interface QuizAnswer {
  lessonId: string;
  questionId: string;
  correct: boolean;
  at: string;
  /** Set for a spaced review of a missed question: days since it was scheduled (1, 3 or 7). */
  reviewDays?: number;
}

/**
 * Everything the tutor remembers about one person in one conversation. Serialised as
 * JSON; fields added later must be optional so old records keep loading.
 */
export interface Learner {
  id: ConversationId;
  createdAt: string;
  lastSeenAt: string;
  honorific?: Honorific;
  /** How the tutor calls itself when the way of being called asks for it ("con" to "má"); else "cháu"/"em". */
  tutorSelf?: string;
  /** The learner declined to say how to be called: not asked again (the name command still asks). */
  honorificDeclined?: true;
  /** Display label of the ward/commune, as the learner typed it. */
  ward?: string;
  /** Slug of the ward (`phuong-yen-hoa`), the key for team members and stats. */
  wardCode?: string;
  /** When the welcome was shown; its absence marks a first contact. */
  welcomedAt?: string;
  /** Onboarding question waiting for an answer. */
  asking?: 'honorific' | 'ward';
  /**
   * A lesson asked for while an onboarding question waited ("tui muốn học VNeID"): started when
   * the questions end, instead of the menu. Dropped with `asking`.
   */
  lessonAsked?: string;
  /**
   * The onboarding questions were left unanswered for a lesson the learner began first: asked
   * once when that lesson is finished, then dropped.
   */
  onboardingLater?: true;
  /**
   * The onboarding question waiting was already asked again after an answer about something else:
   * another such message lets it go (a default way of being called, no ward) instead of a third asking.
   */
  askedAgainOnce?: true;
  /**
   * Set when the last reply asked a yes/no question; for the very next message only. `yes`/`no`
   * are the payloads the answer stands for, when the question had buttons for them.
   */
  yesNo?: { yes?: string; no?: string };
  /**
   * Set when the learner took leave in a lesson ("thôi", "mệt rồi"): the very next answer is not
   * followed by the lesson's step; its options still work when typed. Dropped after that message.
   */
  resting?: true;
  /** False after STOP: no reminders or broadcasts. Replies to the learner's own messages still go. */
  subscribed: boolean;
  /** Set when a send failed for good (blocked the bot, outside Zalo's window); cleared on the next message. */
  unreachable?: { reason: 'blocked' | 'outside_window' | 'not_follower'; at: string };
  position?: Position;
  /** What the last numbered/button choices were, so "2" or "một" can select on any channel. */
  lastChoices?: Choice[];
  lessons: Record<string, LessonRecord>;
  review: ReviewItem[];
  /** Recent quiz answers, newest last (capped). */
  answers: QuizAnswer[];
  streak: { current: number; best: number; lastDay?: string };
  timezone?: string;
  /** Set when this person joined a ward's community digital-technology team with an invite code. */
  team?: TeamMembership;
  /** Extension fields owned by features (reminders, roles, handoff). */
  ext?: Record<string, unknown>;
}

export function newLearner(id: ConversationId, now: Date): Learner {
  const at = now.toISOString();
  return {
    id,
    createdAt: at,
    lastSeenAt: at,
    subscribed: true,
    lessons: {},
    review: [],
    answers: [],
    streak: { current: 0, best: 0 },
  };
}

/** How the tutor calls itself: "cháu" to elders, "em" to anh/chị. */
export function self(learner: Pick<Learner, 'honorific' | 'tutorSelf'>, capital = false): string {
  const word = learner.tutorSelf ?? (learner.honorific === 'anh' || learner.honorific === 'chị' ? 'em' : 'cháu');
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** "bác" by default; the first letter capitalised where a sentence starts with it. */
export function address(learner: Pick<Learner, 'honorific'>, capital = false): string {
  const word = learner.honorific ?? 'bác';
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
