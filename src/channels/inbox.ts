/** One platform update kept by an {@link Inbox} until it was answered. */
export interface InboxEntry {
  /** The update's idempotency key, e.g. `telegram:4242:1001` (bot id and update id). */
  key: string;
  /** The update as the platform sent it (JSON), normalised only when handled. */
  body: unknown;
}

/** Handles one entry; the entry is done (removed) once this resolves or rejects. */
export type InboxHandler = (entry: InboxEntry) => Promise<void>;

/**
 * Where every channel's updates wait until they are answered: at-least-once intake.
 *
 * `add` dedupes and keeps an update in one step, so a webhook answers 200 (or a poller moves its
 * offset) only once the update survives a crash of this process. Entries are handed to a running
 * consumer of any process; an entry whose process died before finishing it is handed out again
 * after the lease (QUEUE_LOCK_MS). Replies are keyed by `key` so a re-handled update is not
 * answered twice. The memory implementation (no Redis) keeps the same contract within one process.
 */
export interface Inbox {
  /**
   * Keeps an update once per key (for 24 hours): true when new, false for a duplicate (already
   * kept or handled). Rejects when the update could not be kept; the caller then lets the
   * platform retry (HTTP 503, offset not moved).
   */
  add(key: string, body: unknown): Promise<boolean>;
  /** Starts handing entries (new ones and those left by a dead process) to `handle`. */
  start(handle: InboxHandler): Promise<void>;
  /** Stops taking entries, waits for those being handled, and closes connections. */
  stop(): Promise<void>;
}

/** Makes the inbox of one channel (`telegram`, `zalo`, `zalooa`). */
export type InboxFactory = (name: string) => Inbox;

/** How long an update key is remembered against redelivery. */
export const SEEN_TTL_MS = 24 * 60 * 60 * 1000;
