import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { fakeChannel } from '../fakes/fake-channel.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';
import { broadcastStack, seedLearner, seedMember } from './broadcast-stack.ts';

const hasRedis = await redisAvailable();
const YEN_HOA = 'phuong-yen-hoa';
const MEMBER = {
  id: 'telegram:10',
  team: { wardCode: YEN_HOA, wardLabel: 'Phường Yên Hòa', joinedAt: '2026-11-01T00:00:00Z' },
};
const QUEUE = outboundQueueName('outbound', 'telegram');

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What BullMQ does once a dead worker's locks expire (after 30 s): its jobs go back to the waiting list. */
async function recoverStalledJobs(queuePrefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  // The locks and the last check's marker would expire on their own; deleting them stands in for waiting.
  const expiring = [...(await redis.keys(`${queuePrefix}:${QUEUE}:*:lock`)), `${queuePrefix}:${QUEUE}:stalled-check`];
  await redis.del(...expiring);
  const reaper = new Worker(QUEUE, undefined, {
    connection: redis,
    prefix: queuePrefix,
    autorun: false,
    stalledInterval: 50,
  });
  const queue = new Queue(QUEUE, { connection: redis, prefix: queuePrefix });
  await reaper.startStalledCheckTimer();
  await until(async () => (await queue.getActiveCount()) === 0, 'stalled jobs to go back to the queue');
  await reaper.close();
  await queue.close();
  redis.disconnect();
}

describe.runIf(hasRedis)('a worker killed in the middle of a broadcast', () => {
  it('is replaced by a new worker that finishes it with no message lost or sent twice', async () => {
    const stack = broadcastStack(() => new Date(), { BROADCAST_PAGE_SIZE: '20' });
    const app = await stack.process();
    await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
    const ids = Array.from({ length: 60 }, (_, i) => `telegram:${1000 + i}`);
    for (const id of ids) await seedLearner(app, app.store, id, { wardCode: YEN_HOA });
    // Four messages of the second page are being sent when the worker dies.
    const hang = ids.slice(25, 29);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/broadcasts/crash-worker.ts',
        stack.storePrefix,
        stack.queuePrefix,
        hang.join(','),
        '20',
      ],
      { stdio: 'inherit' },
    );
    try {
      await until(async () => (await app.store.get('crash:ready')) === true, 'the worker process to start');
      const b = await app.broadcasts.create(
        MEMBER,
        { text: 'Lịch tiêm chủng tuần này.', audience: { ward: YEN_HOA } },
        app.clock(),
      );
      await app.broadcasts.start(MEMBER, b.id, app.clock());
      await until(
        async () => (await app.store.range('crash:hanging', 0, -1)).length === hang.length,
        'the worker to be mid-send',
      );
      child.kill('SIGKILL');
      await once(child, 'exit');
      const beforeCrash = (await app.store.range<string>('crash:sent', 0, -1)).filter((to) => to !== MEMBER.id);
      expect(beforeCrash.length).toBeGreaterThanOrEqual(25);
      expect(beforeCrash.length).toBeLessThan(60);

      await recoverStalledJobs(stack.queuePrefix);
      const after = await stack.process();
      const channel = fakeChannel('telegram');
      await stack.work(after, [channel]);
      await until(
        async () => (await app.broadcasts.report(b.id))?.broadcast.status === 'done',
        'the broadcast to finish',
      );
      await stack.settled();

      const afterCrash = channel.sent.map((s) => s.to).filter((to) => to !== MEMBER.id);
      const all = [...beforeCrash, ...afterCrash].sort();
      expect(all).toEqual(ids); // each recipient exactly once
      expect(afterCrash).toEqual(expect.arrayContaining(hang));
      expect(await app.broadcasts.report(b.id)).toMatchObject({ total: 60, delivered: 60, failed: 0, pending: 0 });
      const report = channel.sent.filter((s) => s.to === MEMBER.id).at(-1)!.parts[0];
      expect(report?.type === 'text' && report.text).toContain('Đã nhận: 60');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
