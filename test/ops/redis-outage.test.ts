import { afterEach, describe, expect, it } from 'vitest';
import { startTcpProxy } from '../fakes/tcp-proxy.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';
import { startCluster, textUpdate, until, type Cluster } from './cluster.ts';

const hasRedis = await redisAvailable();
const BUSY = 'hệ thống đang bận';

/** Log lines at warn level or above, from the `from`-th character of stderr on. */
const problems = (stderr: string, from: number) =>
  stderr
    .slice(from)
    .split('\n')
    .filter((l) => l.startsWith('{') && (JSON.parse(l) as { level: number }).level >= 40);

/** Issue 18 item 9: during a Redis outage the learner hears "busy" at once and the log stays readable. */
describe.runIf(hasRedis)('a Redis outage under a serve process with workers', () => {
  let cluster: Cluster | undefined;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>> | undefined;
  afterEach(async () => {
    await proxy?.close();
    await cluster?.cleanup();
    cluster = undefined;
  });

  it('tells the learner the bot is busy, logs a few lines, and answers the update once Redis is back', async () => {
    proxy = await startTcpProxy(TEST_REDIS_URL);
    cluster = await startCluster({ env: { REDIS_URL: proxy.url, QUEUE_LOCK_MS: '2000' } });
    const c = cluster;
    const serve = await c.start('serve', { WORKERS: 'on' });
    expect(await c.post(serve, textUpdate(70_001, 930_001, 'menu'))).toBe(200);
    await until(() => c.api.sent.some((m) => m.chatId === 930_001), 'an answer while Redis is up');

    await proxy.cut();
    const mark = serve.stderr().length;
    const update = textUpdate(70_002, 930_002, 'tiến độ');
    // Not kept, so not acknowledged: Telegram will deliver it again.
    expect(await c.post(serve, update)).toBe(503);
    await until(() => c.api.sent.some((m) => m.chatId === 930_002 && m.text.includes(BUSY)), 'the busy reply');
    // Three seconds of outage: one line per kind of error, not many a second.
    await new Promise((r) => setTimeout(r, 3000));
    expect(problems(serve.stderr(), mark).length).toBeLessThanOrEqual(15);

    await proxy.restore();
    // Telegram delivers the update again until it is acknowledged.
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = await c.post(serve, update);
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    await until(() => c.api.sent.filter((m) => m.chatId === 930_002).length >= 2, 'the real answer');
    expect(c.api.sent.filter((m) => m.chatId === 930_002 && m.text.includes(BUSY))).toHaveLength(1);
  }, 120_000);
});
