import type { ConversationId } from '../message.ts';
import type { Store } from '../store.ts';

/** One thing a learner typed, personal data already removed by the caller. */
export interface RecentMessage {
  text: string;
  at: string;
}

/**
 * A learner's last few typed messages, kept briefly so a volunteer who takes their question
 * sees what led to it. Short and expiring by design: never a transcript of the conversation.
 */
export interface RecentMessages {
  /** Keeps `text` (already redacted) as the newest message; the oldest beyond the limit goes. */
  add(id: ConversationId, text: string, at: Date): Promise<void>;
  /** Messages of the last {@link RECENT_MAX_AGE_MS}, oldest first. */
  list(id: ConversationId, now: Date): Promise<RecentMessage[]>;
}

/** Messages kept per learner. */
export const RECENT_KEPT = 6;
/** How old a kept message may be; the whole record expires this long after the last message. */
export const RECENT_MAX_AGE_MS = 24 * 3_600_000;
/** Longer messages are cut. */
const MAX_LENGTH = 300;

const key = (id: ConversationId) => `recent:${id}`;

export function createRecentMessages(store: Store): RecentMessages {
  const fresh = (list: RecentMessage[], now: Date) =>
    list.filter((m) => now.getTime() - Date.parse(m.at) < RECENT_MAX_AGE_MS);
  // The tutor keeps a message while it answers it; a listing for the same learner meanwhile (the
  // hand-off asked for in that very message) waits for the message to be kept.
  const adding = new Map<ConversationId, Promise<void>>();
  const write = async (id: ConversationId, text: string, at: Date) => {
    const kept = fresh((await store.get<RecentMessage[]>(key(id))) ?? [], at);
    const next = [...kept, { text: text.slice(0, MAX_LENGTH), at: at.toISOString() }].slice(-RECENT_KEPT);
    await store.set(key(id), next, { ttlMs: RECENT_MAX_AGE_MS });
  };
  return {
    add(id, text, at) {
      const done = (adding.get(id) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => write(id, text, at))
        .finally(() => {
          if (adding.get(id) === done) adding.delete(id);
        });
      adding.set(id, done);
      return done;
    },
    async list(id, now) {
      await adding.get(id)?.catch(() => undefined);
      return fresh((await store.get<RecentMessage[]>(key(id))) ?? [], now);
    },
  };
}
