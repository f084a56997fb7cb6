import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { cleanupPrefix, TEST_REDIS_URL } from './redis.ts';

/** A BullMQ key prefix no other test uses (braces: one Redis Cluster slot, as in production). */
export const uniqueQueuePrefix = (name: string): string => `{test-${name}-${randomUUID().slice(0, 8)}}`;

/** Resolves once the named queues have no job waiting, active or delayed. */
export async function queuesSettled(prefix: string, names: string[], timeoutMs = 15_000): Promise<void> {
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  const queues = names.map((name) => new Queue(name, { connection, prefix }));
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('wait', 'active', 'delayed', 'prioritized')));
      if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
      if (Date.now() > deadline) throw new Error(`queues not settled: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

/** Obliterates the named queues and deletes every other key under the prefix. */
export async function cleanupQueues(prefix: string, names: string[]): Promise<void> {
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  try {
    for (const name of names) {
      const queue = new Queue(name, { connection, prefix });
      await queue.obliterate({ force: true }).catch(() => {
        /* the queue may be gone already */
      });
      await queue.close();
    }
  } finally {
    connection.disconnect();
  }
  await cleanupPrefix(prefix);
}
