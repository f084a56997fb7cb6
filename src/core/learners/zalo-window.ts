import { channelOf } from '../message.ts';
import type { Learner } from './learner.ts';

/** Zalo OA customer-service messages only reach people who interacted within 7 days. */
export const ZALO_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether a proactive message (reminder, broadcast) can still reach this learner through Zalo:
 * for Zalo OA conversations, the last message from them (`lastSeenAt`) is less than 7 days old.
 * Learners on other channels have no such window and always pass.
 */
export function withinZaloWindow(learner: Pick<Learner, 'id' | 'lastSeenAt'>, now: Date): boolean {
  if (channelOf(learner.id) !== 'zalooa') return true;
  const seen = Date.parse(learner.lastSeenAt);
  return Number.isFinite(seen) && now.getTime() - seen < ZALO_WINDOW_MS;
}
