import type { Content } from '../../core/content/content.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Logger } from '../../core/logger.ts';
import type { OutboundHandler, OutboundQueue } from '../../core/outbound/outbound-job.ts';
import type { Store } from '../../core/store.ts';
import { createReminderFanout, REMINDER_COUNTS_KEY, type FanoutReport } from './fanout.ts';
import { createReminderIndex, type ReminderIndex } from './minute-index.ts';
import { reminderSender, type ZaloOaReminderRule } from './sender.ts';

/** Daily reminders: the index, the minute tick and the sender, over one store and one queue. */
export interface ReminderService {
  /** Indexes the learner's next reminder (or removes it); call after the settings changed. */
  schedule: ReminderIndex['schedule'];
  /** Epoch minute of the learner's next reminder. */
  nextDue: ReminderIndex['nextDue'];
  /** Fans out every reminder due up to `now`; run once a minute by one or more schedulers. */
  tick(now: Date): Promise<FanoutReport>;
  /** Renders `reminder` jobs for the outbound queue. */
  handler: OutboundHandler;
  /** `fanned_out` and `missed` totals (send outcomes are in the outbound counts). */
  counts(): Promise<Record<string, number>>;
}

export interface ReminderServiceDeps {
  /** Zalo OA learners: reminders only within the free-reply window unless the quota may be used. */
  zaloOa?: ZaloOaReminderRule;
  store: Store;
  learners: LearnerRepo;
  content: Content;
  queue: Pick<OutboundQueue, 'enqueue'>;
  logger: Logger;
  defaultTimezone: string;
  /** Fan-out page size (default 1000). */
  pageSize?: number;
}

export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const index = createReminderIndex(deps.store, deps.defaultTimezone);
  const fanout = createReminderFanout({
    store: deps.store,
    index,
    queue: deps.queue,
    logger: deps.logger,
    ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
  });
  return {
    schedule: index.schedule,
    nextDue: index.nextDue,
    tick: fanout.tick,
    handler: reminderSender({
      store: deps.store,
      learners: deps.learners,
      content: deps.content,
      index,
      defaultTimezone: deps.defaultTimezone,
      ...(deps.zaloOa ? { zaloOa: deps.zaloOa } : {}),
    }),
    counts: () => deps.store.counters(REMINDER_COUNTS_KEY),
  };
}
