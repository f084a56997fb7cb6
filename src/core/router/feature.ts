import type { Content } from '../content/content.ts';
import type { Payload } from '../flows/payload.ts';
import type { Learner } from '../learners/learner.ts';
import type { Inbound, Reply } from '../message.ts';

/** What a feature sees of one inbound message. */
export interface TurnContext {
  inbound: Inbound;
  /** The learner before this message (lastSeenAt already updated). */
  learner: Learner;
  /** Trimmed user text (empty when none), capped in length. */
  text: string;
  /** `text` folded: lower case, no diacritics, no punctuation. */
  folded: string;
  /** A recognised global command name (`stop`, `menu`, `progress`…), typed or from a button. */
  command?: string;
  /** Argument of a command button (`k:name:arg`). */
  commandArg?: string;
  /** The pressed button (or the typed number/label that selects one of the last choices), decoded. */
  payload?: Payload;
  /** A yes or a no to a yes/no question that had no button for it ("Có phải bác muốn hỏi…?" → "đúng rồi"). */
  answer?: 'yes' | 'no';
  /** True when a payload arrived but could not be decoded (tampered or from an old version). */
  badPayload: boolean;
  now: Date;
  /** Learner's local day, YYYY-MM-DD. */
  today: string;
  content: Content;
}

/** A feature's answer to a message. */
export interface Decision {
  /** New learner state; must be computed purely from the context. Omitted: unchanged. */
  learner?: Learner;
  reply: Reply;
  /**
   * Work done after the learner state was saved (I/O, LLM calls, other stores).
   * Whatever it returns is sent after `reply`.
   */
  after?: (saved: Learner) => Promise<Reply | void>;
  /** True when `after` may take seconds (LLM, transcription): channels show "typing…". */
  slow?: boolean;
  /** The reply already carries the safety alert for this message: the router adds none. */
  alerted?: boolean;
  /**
   * Whether the lesson question still waiting is shown again after this reply ("Bác đang ở
   * câu 2…"). Unset: yes after answers, safety, fallback, media, progress and reminders.
   */
  showPending?: boolean;
}

/**
 * One slice of behaviour. Features are asked in order; the first to return a decision
 * handles the message. `decide` may run more than once under contention, so it must be pure.
 */
export interface Feature {
  name: string;
  /** Extra typed commands this feature understands: command name → folded phrases. */
  commands?: Record<string, readonly string[]>;
  decide(ctx: TurnContext): Decision | undefined;
  /**
   * This feature's question that waited before the message (`before`), asked again after another
   * feature answered it instead (a question typed at "which ward?"); `next` is the learner after
   * that answer. Undefined when nothing of this feature waits. Pure, like `decide`.
   */
  again?(before: Learner, next: Learner, ctx: TurnContext): { learner: Learner; reply: Reply } | undefined;
}
