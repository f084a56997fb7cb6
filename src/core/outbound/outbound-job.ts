import type { Learner } from '../learners/learner.ts';
import type { LearnerRepo } from '../learners/learner-repo.ts';
import type { Logger } from '../logger.ts';
import type { ChannelName, ConversationId, Reply } from '../message.ts';
import type { Store } from '../store.ts';

/** What a proactive message is for; each kind has one {@link OutboundHandler}. */
export type OutboundKind = 'reminder' | 'broadcast' | 'handoff' | (string & {});

/**
 * One proactive message to send. It carries ids only: the text is rendered at send time
 * from fresh state, so job payloads never hold personal data or message text.
 */
export interface OutboundJob {
  /**
   * Deterministic id (`rem:<learnerId>:<day>:<minute>`): adding a job whose id was already
   * added is a no-op, which makes fan-out safe to repeat.
   */
  id: string;
  to: ConversationId;
  kind: OutboundKind;
  /** Ids and numbers the handler needs (day, lesson id, broadcast id…). */
  ref: Record<string, string | number>;
  /**
   * Bulk traffic (broadcast messages): a queue that supports priorities sends every other job
   * (reminders, notices) first, so a large broadcast never holds them up. Default false.
   */
  background?: boolean;
}

/** Why a handler chose not to send (counted per kind and reason). */
export interface OutboundSkip {
  skip: string;
}

/** Builds and follows up one kind of proactive message. */
export interface OutboundHandler {
  /** Renders the message from current state at send time, or says why nothing should be sent. */
  render(job: OutboundJob, now: Date): Promise<Reply | OutboundSkip>;
  /** Called once after the message was handed to the platform, with what it cost where the platform bills messages. */
  delivered?(job: OutboundJob, parts: Reply, now: Date, receipt?: SendReceipt): Promise<void>;
  /**
   * Called once when the job failed for good: `reason` is the counted outcome
   * (`unreachable:blocked`, `unreachable:outside_window`, `failed:permanent`, `failed:transient`…).
   */
  failed?(job: OutboundJob, reason: string, now: Date): Promise<void>;
}

/**
 * What one send cost where the platform bills messages (Zalo OA): messages that went as free
 * replies, and messages that spent the monthly proactive quota. Other channels return nothing.
 */
export interface SendReceipt {
  free: number;
  proactive: number;
}

/** The part of a channel the queue needs; every `Channel` satisfies it. */
export interface Sender {
  readonly name: ChannelName;
  send(to: ConversationId, parts: Reply, options?: ProactiveOptions): Promise<void | SendReceipt>;
}

/** How the queue wants a proactive message sent. */
export interface ProactiveOptions {
  /**
   * As a paid broadcast where the platform has them (Telegram `allow_paid_broadcast`): the queue paces these jobs
   * faster.
   */
  paid?: boolean;
}

/** Handlers by kind; features register theirs when the app is composed. */
export interface OutboundHandlers {
  register(kind: OutboundKind, handler: OutboundHandler): void;
  get(kind: OutboundKind): OutboundHandler | undefined;
}

export function createOutboundHandlers(): OutboundHandlers {
  const byKind = new Map<string, OutboundHandler>();
  return {
    register(kind, handler) {
      byKind.set(kind, handler);
    },
    get: (kind) => byKind.get(kind),
  };
}

/** What workers need besides the jobs: where to send, how to render, where to record outcomes. */
export interface OutboundWorkerDeps {
  senders: readonly Sender[];
  handlers: OutboundHandlers;
  learners: LearnerRepo;
  /** Outcome counters go to the `outbound:counts` hash of this store. */
  store: Store;
  logger: Logger;
  clock: () => Date;
}

/**
 * The one path every proactive message takes (reminders, broadcasts, volunteer handoff).
 * Implementations: BullMQ on Redis (production, survives restarts) and in-process (the
 * terminal demo). Both dedupe by job id, respect platform limits, wait out 429s without
 * spending attempts, retry transient errors with backoff and never retry permanent ones.
 */
export interface OutboundQueue {
  /** Adds jobs; ids already added are ignored. */
  enqueue(jobs: readonly OutboundJob[]): Promise<void>;
  /** Starts one worker per sender's channel. Call at most once. */
  start(deps: OutboundWorkerDeps): Promise<void>;
  /** Stops workers after the jobs they are sending, then releases connections. Idempotent. */
  close(): Promise<void>;
  /** Jobs of a channel by state (`waiting`, `active`, `delayed`, `failed`…), for /metrics. */
  depth?(channel: ChannelName): Promise<Record<string, number>>;
}

export type UnreachableReason = NonNullable<Learner['unreachable']>['reason'];
