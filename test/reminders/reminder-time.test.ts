import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import type { OutboundJob } from '../../src/core/outbound/outbound-job.ts';
import { createReminderFanout } from '../../src/features/reminders/fanout.ts';
import { createReminderIndex } from '../../src/features/reminders/minute-index.ts';
import { epochMinute, minuteDate, zonedEpochMinute } from '../../src/features/reminders/time.ts';
import { newLearner } from '../../src/core/learners/learner.ts';
import { withReminder } from '../../src/features/reminders/settings.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';

/** A reminder index and fan-out on a memory store, the jobs it queues collected in `queued`. */
function fanoutInMemory() {
  const store = createMemoryStore();
  const index = createReminderIndex(store, 'Asia/Ho_Chi_Minh');
  const queued: OutboundJob[] = [];
  const fanout = createReminderFanout({
    store,
    index,
    queue: { enqueue: async (jobs) => void queued.push(...jobs) },
    logger: silentLogger,
  });
  return { index, fanout, queued };
}

describe('reminder times', () => {
  it('keeps a 7:00 reminder at 7:00 local time across a daylight-saving change', async () => {
    const { index, fanout, queued } = fanoutInMemory();
    const now = new Date('2026-10-30T12:00:00Z');
    const learner = withReminder(
      { ...newLearner('telegram:ny', now), timezone: 'America/New_York' },
      { minute: 7 * 60, enabled: true },
    );
    // 7:00 in New York is 11:00 UTC in summer time and 12:00 UTC after 1 November.
    expect(minuteDate((await index.schedule(learner, now))!).toISOString()).toBe('2026-10-31T11:00:00.000Z');
    for (const at of ['2026-10-31T11:00:01Z', '2026-11-01T12:00:01Z', '2026-11-02T12:00:01Z'])
      await fanout.tick(new Date(at));
    expect(queued.map((j) => j.id)).toEqual([
      'rem:telegram:ny:2026-10-31:420',
      'rem:telegram:ny:2026-11-01:420',
      'rem:telegram:ny:2026-11-02:420',
    ]);
    expect(minuteDate((await index.nextDue('telegram:ny'))!).toISOString()).toBe('2026-11-03T12:00:00.000Z');
  });

  it('makes up for a scheduler that was down a while, and moves on reminders too old to send', async () => {
    const { index, fanout, queued } = fanoutInMemory();
    const now = new Date('2026-11-25T20:00:00Z'); // 03:00 in Hà Nội
    for (const [id, minute] of [
      ['telegram:early', 6 * 60 + 40],
      ['telegram:late', 9 * 60],
    ] as const) {
      await index.schedule(withReminder(newLearner(id, now), { minute, enabled: true }), now);
    }
    // The scheduler comes back at 11:30: 9:00 is within the 3-hour catch-up, 6:40 is not.
    const report = await fanout.tick(new Date('2026-11-26T04:30:00Z'));
    expect(report).toMatchObject({ fannedOut: 1, missed: 1 });
    expect(queued.map((j) => j.to)).toEqual(['telegram:late']);
    expect(await index.nextDue('telegram:early')).toBe(epochMinute(new Date('2026-11-26T23:40:00Z')));
  });

  it('sends a reminder set inside the hour skipped by a spring-forward change right after the change', async () => {
    const { index, fanout, queued } = fanoutInMemory();
    const now = new Date('2027-03-13T12:00:00Z');
    await index.schedule(
      withReminder(
        { ...newLearner('telegram:ny', now), timezone: 'America/New_York' },
        { minute: 2 * 60 + 30, enabled: true },
      ),
      now,
    );
    // On 14 March 2027 New York clocks jump from 1:59 to 3:00: 2:30 never happens that day.
    for (const at of ['2027-03-14T06:59:01Z', '2027-03-14T07:00:01Z', '2027-03-15T06:30:01Z'])
      await fanout.tick(new Date(at));
    expect(queued.map((j) => j.id)).toEqual(['rem:telegram:ny:2027-03-14:150', 'rem:telegram:ny:2027-03-15:150']);
    // The sender accepts the job only when its due minute is the one it computes for that day and time.
    expect(queued[0]!.ref['due']).toBe(zonedEpochMinute('2027-03-14', 150, 'America/New_York'));
  });
});
