import type { Channel } from '../channels/channel.ts';
import type { Logger } from '../core/logger.ts';
import type { BroadcastService } from '../features/broadcasts/service.ts';
import type { HandoffService } from '../features/handoff/service.ts';
import type { ReminderService } from '../features/reminders/service.ts';

/** What the minute tick needs of a channel: its name and optional upkeep. */
export type TickedChannel = Pick<Channel, 'name' | 'maintain'>;

/** The services with work due every minute. */
export interface TickServices {
  reminders: Pick<ReminderService, 'tick'>;
  handoff: Pick<HandoffService, 'tick'>;
  broadcasts: Pick<BroadcastService, 'tick'>;
  logger: Logger;
}

/**
 * The work of one minute tick: fans out due reminders, escalates unclaimed volunteer questions,
 * starts scheduled broadcasts and runs each channel's upkeep ({@link Channel.maintain}). The jobs
 * are independent: one failing never holds up another. A failed upkeep is a warning (the next
 * tick retries); a failure of the other jobs fails the tick.
 */
export function createWorkerTick(app: TickServices, channels: readonly TickedChannel[]): (now: Date) => Promise<void> {
  const upkeep = async (channel: TickedChannel, now: Date) => {
    try {
      await channel.maintain?.(now);
    } catch (error) {
      app.logger.warn(
        { channel: channel.name, err: (error as Error).message },
        'channel upkeep failed; retrying next minute',
      );
    }
  };
  return async (now) => {
    const results = await Promise.allSettled([
      app.reminders.tick(now),
      app.handoff.tick(now),
      app.broadcasts.tick(now),
      ...channels.map((c) => upkeep(c, now)),
    ]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
}
