/**
 * A worker process for the crash test: sends broadcast jobs through a channel that writes each
 * message to the store, and hangs for good on the recipients in HANG (so the test can kill -9
 * it while those messages are being sent). Started by broadcast-crash.test.ts.
 */
import { createApp } from '../../src/app/create-app.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { createConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Sender } from '../../src/core/outbound/outbound-job.ts';
import { BROADCAST_KIND } from '../../src/features/broadcasts/broadcast.ts';
import { createBullmqOutbound } from '../../src/queue/bullmq-outbound.ts';
import { withPaidBroadcasts } from '../../src/queue/channel-limits.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { TEST_REDIS_URL } from '../support/redis.ts';

// The Redis the test uses (REDIS_URL, inherited from the test process), never a hard-coded one.
const env = TEST_REDIS_URL;
const [storePrefix, queuePrefix, hang, pageSize, lane = 'free'] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string?,
];
const hanging = new Set(hang.split(','));
// The free lane (as many sends in flight as recipients hang) or the paid one (allow_paid_broadcast, 64 in flight).
const free = { perChatMs: 0, concurrency: hanging.size, max: 10_000, durationMs: 1000 };
const telegram =
  lane === 'paid' ? { ...withPaidBroadcasts({ ...free, max: 30 }, [BROADCAST_KIND]), concurrency: hanging.size } : free;
const store = createRedisStore({ url: env, prefix: storePrefix });
const outbound = createBullmqOutbound({ url: env, prefix: queuePrefix, logger: silentLogger, limits: { telegram } });
const app = createApp({
  config: createConfig({ BROADCAST_PAGE_SIZE: pageSize }),
  content: await loadContent({ dir: 'flows', promptsDir: 'prompts' }),
  store,
  logger: silentLogger,
  outbound,
});
const channel: Sender = {
  name: 'telegram',
  async send(to, _parts, options) {
    if (options?.paid) await store.append('crash:paid', to);
    if (hanging.has(to)) {
      await store.append('crash:hanging', to);
      await new Promise(() => {
        /* never settles: the test kills this process here */
      });
    }
    await store.append('crash:sent', to);
  },
};
app.broadcasts.attach([channel]);
await outbound.start({
  senders: [channel],
  handlers: app.outboundHandlers,
  learners: app.learners,
  store,
  logger: silentLogger,
  clock: () => new Date(),
});
await store.set('crash:ready', true);
