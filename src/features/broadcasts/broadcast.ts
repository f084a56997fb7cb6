import type { ChannelName } from '../../core/message.ts';

/** Narrows a ward's learners: not finished a lesson, silent for some days, or on one app. */
export type AudienceFilter =
  | { kind: 'not-finished'; lessonId: string }
  | { kind: 'inactive'; days: number }
  | { kind: 'channel'; channel: ChannelName };

/** Who a broadcast goes to: the learners of one ward (or of every ward, `*`, admins only), optionally narrowed. */
export interface Audience {
  ward: string;
  filter?: AudienceFilter;
}

/** What the sender wrote; rendered the same way for the preview and for every recipient. */
export interface BroadcastContent {
  text: string;
  /** An http(s) image URL sent with the text. */
  image?: string;
  /** An http(s) link sent after the text. */
  link?: string;
}

/**
 * `draft` → (`scheduled` →) `preparing` (recipients snapshotted) → `sending` → `done`;
 * `cancelled` from any state before `done`.
 */
export type BroadcastStatus = 'draft' | 'scheduled' | 'preparing' | 'sending' | 'done' | 'cancelled';

/** One broadcast as stored (`broadcast:<id>`). Outcome counters live apart, in `broadcast:<id>:counts`. */
export interface Broadcast extends BroadcastContent {
  id: string;
  /** Conversation id of the team member or admin who wrote it. */
  sender: string;
  /** Signature shown to recipients ("Tổ công nghệ số cộng đồng Phường Yên Hòa"), fixed at creation. */
  from: string;
  audience: Audience;
  /** The audience in words, fixed at creation (reports, audit, dashboard). */
  audienceLabel: string;
  status: BroadcastStatus;
  createdAt: string;
  scheduledAt?: string;
  startedAt?: string;
  /** Recipients in the snapshot taken at start. */
  total?: number;
  /** Recipients handed to the queue so far: the paging cursor, persisted so a restart resumes. */
  cursor: number;
  /** Lease of a snapshot in progress; once past, another process may take the snapshot again. */
  preparingUntil?: string;
  finishedAt?: string;
  cancelledAt?: string;
  cancelledBy?: string;
  /** Set by the tick to notice a broadcast that stopped progressing (lost jobs). */
  watch?: { settled: number; at: string; repaired?: boolean };
}

/**
 * Final outcome of one recipient; each recipient gets exactly one. `quota`: the Zalo OA's monthly quota was used up.
 */
export const OUTCOMES = [
  'delivered',
  'failed',
  'blocked',
  'unsubscribed',
  'outside_window',
  'quota',
  'cancelled',
] as const;

/** Counter beside the outcomes: delivered recipients whose message spent the Zalo OA's monthly quota. */
export const DELIVERED_WITH_QUOTA = 'delivered_quota';
export type Outcome = (typeof OUTCOMES)[number];

/** Store keys of broadcasts. */
export const broadcastKeys = {
  record: (id: string) => `broadcast:${id}`,
  /** Sorted set: the recipients snapshot, score = position (pages are score ranges). */
  recipients: (id: string) => `broadcast:${id}:to`,
  /** Hash learner id → 1 once that recipient's outcome was counted (exactly-once counting). */
  settled: (id: string) => `broadcast:${id}:settled`,
  counts: (id: string) => `broadcast:${id}:counts`,
  pump: (id: string) => `broadcast:${id}:pump`,
  progress: (id: string) => `broadcast:${id}:progress`,
  /** Sorted set of every broadcast by creation time (dashboard list). */
  all: () => 'broadcasts',
  /** Sorted set of scheduled broadcasts by start time. */
  scheduled: () => 'broadcasts:scheduled',
  /** Broadcasts being prepared or sent, looked after by the minute tick. */
  active: () => 'broadcasts:active',
} as const;

export const BROADCAST_KIND = 'broadcast';
export const NOTICE_KIND = 'broadcast-notice';

/** Job id of one recipient's message: the same broadcast and learner always give the same id. */
export const broadcastJobId = (broadcastId: string, learnerId: string): string => `bc:${broadcastId}:${learnerId}`;
