import type { Content } from '../../core/content/content.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import { channelOf } from '../../core/message.ts';
import type { OutboundHandler } from '../../core/outbound/outbound-job.ts';
import type { ReplyWindows } from '../../core/learners/reply-window.ts';
import type { Store } from '../../core/store.ts';
import { daysBetween, localTime } from '../../core/time/local-day.ts';
import type { ReminderIndex } from './minute-index.ts';
import { reminderMessage } from './message.ts';
import { reminderSettings, reminderZone } from './settings.ts';
import { epochMinute, inQuietHours, zonedEpochMinute } from './time.ts';

export interface ReminderSenderDeps {
  store: Store;
  learners: LearnerRepo;
  content: Content;
  index: ReminderIndex;
  defaultTimezone: string;
  /** A reminder later than this (queue backlog, outage) is skipped as `late`. Default 180 minutes. */
  maxLateMinutes?: number;
  /** Zalo OA learners: free only within the reply window; outside it a reminder spends the monthly quota. */
  zaloOa?: ZaloOaReminderRule;
}

/** When a reminder may go to a Zalo OA learner. */
export interface ZaloOaReminderRule {
  windows: Pick<ReplyWindows, 'left'>;
  /** The team allows reminders outside the free window, on the monthly quota (`ZALO_OA_REMINDERS_USE_QUOTA=on`). */
  useQuota: boolean;
}
// Long enough to outlive the local day the reminder belongs to, late sends included.
const DAY_GUARD_TTL_MS = 36 * 3_600_000;
const SENT = 'sent';

const dayKey = (id: string, day: string) => `reminders:day:${id}:${day}`;

/**
 * Renders `reminder` jobs at send time from the learner's current state, and decides whether
 * to send at all: nothing to learners who said STOP, blocked the bot, is a Zalo OA learner
 * outside the free-reply window (unless the team allows the quota), paused, or would be woken in quiet hours; never a
 * second reminder the same day.
 */
export function reminderSender(deps: ReminderSenderDeps): OutboundHandler {
  const maxLate = deps.maxLateMinutes ?? 180;
  return {
    async render(job, now) {
      const learner = await deps.learners.get(job.to);
      const settings = learner && reminderSettings(learner);
      if (!learner || !settings?.enabled) {
        await deps.index.unschedule(job.to);
        return { skip: learner ? 'disabled' : 'unknown_learner' };
      }
      const zone = reminderZone(learner, deps.defaultTimezone);
      const day = String(job.ref['day']);
      const due = Number(job.ref['due']);
      if (zonedEpochMinute(day, settings.minute, zone) !== due) {
        // The time or timezone changed after this job was queued; make sure the new one is indexed.
        await deps.index.schedule(learner, now);
        return { skip: 'rescheduled' };
      }
      if (!learner.subscribed) return { skip: 'stopped' };
      if (learner.unreachable) return { skip: 'unreachable' };
      // Outside the free window a reminder would spend the month's quota, meant for the team's broadcasts.
      if (
        channelOf(learner.id) === 'zalooa' &&
        deps.zaloOa &&
        !deps.zaloOa.useQuota &&
        (await deps.zaloOa.windows.left(learner.id.slice('zalooa:'.length), now)) === 0
      ) {
        return { skip: 'outside_free_window' };
      }
      if (settings.pausedUntil !== undefined && day <= settings.pausedUntil) {
        await deps.index.schedule(learner, now);
        return { skip: 'paused' };
      }
      if (epochMinute(now) - due > maxLate) return { skip: 'late' };
      const local = localTime(now, zone);
      if (inQuietHours(local.minute) && !inQuietHours(settings.minute)) return { skip: 'quiet_hours' };
      if (daysBetween(day, local.day) > 1) return { skip: 'late' };
      // One reminder per learner per local day, whatever the queue does: the first occurrence
      // to claim the day (by its due minute) sends; a retry of it may go on until it is marked sent.
      const key = dayKey(learner.id, day);
      if (!(await deps.store.setIfAbsent<number | string>(key, due, { ttlMs: DAY_GUARD_TTL_MS }))) {
        if ((await deps.store.get<number | string>(key)) !== due) return { skip: 'already_sent' };
      }
      return reminderMessage(learner, deps.content, local.day);
    },
    async delivered(job, parts, now) {
      await deps.store.set<number | string>(dayKey(job.to, String(job.ref['day'])), SENT, { ttlMs: DAY_GUARD_TTL_MS });
      // A typed "1" after the reminder picks its first button, as after any other message.
      await deps.learners.update(job.to, now, (l) => rememberChoices(l, parts));
    },
  };
}
