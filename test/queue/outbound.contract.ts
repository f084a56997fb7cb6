import { afterEach, expect, it } from 'vitest';
import {
  PermanentChannelError,
  RateLimitedError,
  RecipientUnreachableError,
  TransientChannelError,
} from '../../src/core/errors.ts';
import { createLearnerRepo } from '../../src/core/learners/learner-repo.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { outboundCounts } from '../../src/core/outbound/deliver.ts';
import { createOutboundHandlers, type OutboundJob, type OutboundQueue } from '../../src/core/outbound/outbound-job.ts';
import type { Store } from '../../src/core/store.ts';
import { fakeChannel } from '../fakes/fake-channel.ts';

/** A queue under test, sending one job at a time, with a 20 ms backoff and the attempts and per-chat gap asked for. */
export interface OutboundUnderTest {
  outbound: OutboundQueue;
  store: Store;
  /** Resolves when nothing is left to do (no job waiting, active or waiting to retry). */
  settled(): Promise<void>;
  cleanup(): Promise<void>;
}

export type OutboundFactory = (options: { attempts: number; perChatMs: number }) => Promise<OutboundUnderTest>;

const note = (to: string, n: number): OutboundJob => ({ id: `note:${to}:${n}`, to, kind: 'note', ref: { n } });

/** Behaviour both outbound queues (BullMQ and in-process) must share. */
export function outboundContract(name: string, make: OutboundFactory): void {
  let current: OutboundUnderTest | undefined;
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });

  async function setup(options: Partial<{ attempts: number; perChatMs: number }> = {}) {
    current = await make({ attempts: options.attempts ?? 2, perChatMs: options.perChatMs ?? 0 });
    const { outbound, store } = current;
    const learners = createLearnerRepo(store);
    const channel = fakeChannel('telegram');
    const handlers = createOutboundHandlers();
    /** What the handler was told about jobs that failed for good. */
    const failures: Array<{ to: string; reason: string }> = [];
    handlers.register('note', {
      render: async (job) =>
        job.ref['n'] === -1 ? { skip: 'nothing_to_say' } : [{ type: 'text', text: `Tin số ${job.ref['n']}` }],
      failed: async (job, reason) => void failures.push({ to: job.to, reason }),
    });
    await outbound.start({
      senders: [channel],
      handlers,
      learners,
      store,
      logger: silentLogger,
      clock: () => new Date(),
    });
    return { ...current, learners, channel, failures };
  }

  it(`${name}: sends each job once even when it is enqueued again`, async () => {
    const { outbound, channel, settled } = await setup();
    const jobs = [note('telegram:1', 1), note('telegram:2', 1), note('telegram:3', 1)];
    await outbound.enqueue(jobs);
    await outbound.enqueue(jobs);
    await channel.waitForSent(3);
    await outbound.enqueue(jobs.slice(0, 1));
    await settled();
    expect(channel.sent.map((s) => s.to).sort()).toEqual(['telegram:1', 'telegram:2', 'telegram:3']);
  });

  it(`${name}: a 429 pauses the channel for retry_after, then everything is delivered without spending attempts`, async () => {
    const { outbound, channel, settled, store } = await setup({ attempts: 2 });
    // Three 429s then a network error: with attempts spent on 429s this job would fail.
    channel.failNext(
      '*',
      new RateLimitedError(300),
      new RateLimitedError(300),
      new RateLimitedError(300),
      new TransientChannelError('socket hang up'),
    );
    await outbound.enqueue([1, 2, 3, 4, 5].map((n) => note(`telegram:${n}`, n)));
    await channel.waitForSent(5);
    await settled();
    expect(channel.sent).toHaveLength(5);
    const first = channel.attempts[0]!;
    expect(first.error).toBe('RateLimitedError');
    // Nothing was tried while the channel was paused.
    expect(channel.attempts[1]!.at - first.at).toBeGreaterThanOrEqual(250);
    expect(await outboundCounts(store)).toMatchObject({ 'note:sent': 5 });
  });

  it(`${name}: a blocked recipient is marked unreachable and never retried`, async () => {
    const { outbound, channel, settled, learners, store } = await setup({ attempts: 5 });
    await learners.update('telegram:403', new Date(), (l) => l);
    channel.failAlways(
      'telegram:403',
      new RecipientUnreachableError('blocked', 'Forbidden: bot was blocked by the user'),
    );
    await outbound.enqueue([note('telegram:403', 1), note('telegram:ok', 1)]);
    await channel.waitForSent(1);
    await settled();
    expect(channel.attempts.filter((a) => a.to === 'telegram:403')).toHaveLength(1);
    expect((await learners.get('telegram:403'))?.unreachable?.reason).toBe('blocked');
    expect(await outboundCounts(store)).toMatchObject({ 'note:unreachable:blocked': 1, 'note:sent': 1 });
  });

  it(`${name}: network errors are retried with backoff, permanent errors are not`, async () => {
    const { outbound, channel, settled, store } = await setup({ attempts: 3 });
    channel.failNext(
      'telegram:flaky',
      new TransientChannelError('502 Bad Gateway'),
      new TransientChannelError('ECONNRESET'),
    );
    channel.failAlways('telegram:bad', new PermanentChannelError('Bad Request: chat not found'));
    await outbound.enqueue([note('telegram:flaky', 1), note('telegram:bad', 1)]);
    await channel.waitForSent(1);
    await settled();
    expect(channel.attempts.filter((a) => a.to === 'telegram:flaky')).toHaveLength(3);
    expect(channel.sentTo('telegram:flaky')).toBe(1);
    expect(channel.attempts.filter((a) => a.to === 'telegram:bad')).toHaveLength(1);
    expect(await outboundCounts(store)).toMatchObject({ 'note:sent': 1, 'note:failed:permanent': 1 });
  });

  it(`${name}: tells the handler once about each job that failed for good, never about a retry that then succeeded`, async () => {
    const { outbound, channel, settled, learners, failures } = await setup({ attempts: 3 });
    await learners.update('telegram:403', new Date(), (l) => l);
    channel.failNext('telegram:flaky', new TransientChannelError('502 Bad Gateway'));
    channel.failAlways(
      'telegram:403',
      new RecipientUnreachableError('blocked', 'Forbidden: bot was blocked by the user'),
    );
    channel.failAlways('telegram:bad', new PermanentChannelError('Bad Request: chat not found'));
    channel.failAlways('telegram:down', new TransientChannelError('ECONNRESET'));
    await outbound.enqueue(['flaky', '403', 'bad', 'down'].map((to) => note(`telegram:${to}`, 1)));
    await channel.waitForSent(1);
    await settled();
    expect(channel.attempts.filter((a) => a.to === 'telegram:down')).toHaveLength(3);
    expect(failures.sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      { to: 'telegram:403', reason: 'unreachable:blocked' },
      { to: 'telegram:bad', reason: 'failed:permanent' },
      { to: 'telegram:down', reason: 'failed:transient' },
    ]);
  });

  it(`${name}: a job its handler skips is counted with the reason and not sent`, async () => {
    const { outbound, channel, settled, store } = await setup();
    await outbound.enqueue([note('telegram:1', -1), note('telegram:2', 2)]);
    await channel.waitForSent(1);
    await settled();
    expect(channel.sent.map((s) => s.to)).toEqual(['telegram:2']);
    expect(await outboundCounts(store)).toMatchObject({ 'note:skipped:nothing_to_say': 1, 'note:sent': 1 });
  });

  it(`${name}: two messages to one chat are spaced by the per-chat gap`, async () => {
    const { outbound, channel, settled } = await setup({ perChatMs: 400 });
    await outbound.enqueue([note('telegram:1', 1), note('telegram:1', 2), note('telegram:2', 1)]);
    await channel.waitForSent(3);
    await settled();
    const times = channel.sent.filter((s) => s.to === 'telegram:1').map((s) => s.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(350);
  });
}
