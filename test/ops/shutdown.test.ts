import { afterEach, describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis.ts';
import { seedDueNow, startCluster, textUpdate, until, type Cluster } from './cluster.ts';

const hasRedis = await redisAvailable();

const alive = (c: Cluster['workers'][number]) => c.child.exitCode === null && c.child.signalCode === null;

describe.runIf(hasRedis)('stopping serve and worker processes', { timeout: 120_000 }, () => {
  let cluster: Cluster | undefined;
  afterEach(async () => {
    await cluster?.cleanup();
    cluster = undefined;
  });

  it('a worker finishes the message it is sending on SIGTERM, then exits cleanly', async () => {
    cluster = await startCluster();
    const c = cluster;
    await seedDueNow(c, [700_001]);
    c.api.hold();
    const worker = await c.start('worker');
    await until(() => c.api.heldCount() === 1, 'the reminder to be on its way');
    worker.child.kill('SIGTERM');
    // Still sending: it must not drop the message half-way.
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(worker)).toBe(true);
    c.api.release();
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(c.api.countsByChat().get(700_001)).toBe(1);
  });

  it('a second SIGTERM makes a worker exit at once, without waiting for the send', async () => {
    cluster = await startCluster();
    const c = cluster;
    await seedDueNow(c, [700_002]);
    c.api.hold();
    const worker = await c.start('worker');
    await until(() => c.api.heldCount() === 1, 'the reminder to be on its way');
    worker.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(worker)).toBe(true);
    worker.child.kill('SIGTERM');
    // The Bot API never answers: only the second signal can end the process.
    expect(await worker.exited).toEqual({ code: 1, signal: null });
    expect(c.api.countsByChat().get(700_002)).toBeUndefined();
  });

  it('serve stops taking updates and exits cleanly on SIGTERM; a second one exits at once', async () => {
    cluster = await startCluster();
    const c = cluster;
    const [calm, busy] = await Promise.all([c.start('serve'), c.start('serve')]);
    calm!.child.kill('SIGTERM');
    expect(await calm!.exited).toEqual({ code: 0, signal: null });

    // An update whose reply cannot get out: the graceful stop waits for it, the second signal does not.
    c.api.hold();
    expect(await c.post(busy!, textUpdate(1, 700_003, '/start'))).toBe(200);
    await until(() => c.api.heldCount() === 1, 'the reply to be on its way');
    busy!.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(busy!)).toBe(true);
    busy!.child.kill('SIGTERM');
    expect(await busy!.exited).toEqual({ code: 1, signal: null });
  });
});
