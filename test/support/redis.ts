import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { loadConfig } from '../../src/config.ts';

/** Where Redis-backed tests connect: REDIS_URL, or the local default. */
export const TEST_REDIS_URL = loadConfig().REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Key counting Redis-backed suites that really ran; `.ci/run` fails when it stays empty. */
export const RAN_KEY = 'hocvuso:ci:redis-suites-ran';

let available: Promise<boolean> | undefined;

function probe(): Promise<boolean> {
  available ??= (async () => {
    const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => {
      /* a failed connect() below says Redis is unavailable */
    });
    try {
      await redis.connect();
      await redis.incr(RAN_KEY);
      return true;
    } catch {
      return false;
    } finally {
      redis.disconnect();
    }
  })();
  return available;
}

/**
 * Whether Redis-backed tests can run here. Under CI a missing Redis is a failure, not a skip.
 * Use as `describe.runIf(await redisAvailable())(...)`.
 */
export async function redisAvailable(): Promise<boolean> {
  const ok = await probe();
  if (!ok && loadConfig().CI) throw new Error(`Redis is required under CI but ${TEST_REDIS_URL} is unreachable`);
  return ok;
}

/** A key prefix no other test uses. */
export function uniquePrefix(name: string): string {
  return `test:${name}:${randomUUID().slice(0, 8)}:`;
}

/** Deletes every key under a prefix (after a test). */
export async function cleanupPrefix(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Every value stored under a prefix, as one text to search for leaks (strings, hashes, sets, sorted sets, lists, streams). */
export async function dumpPrefix(prefix: string): Promise<string> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  const out: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        if (type === 'string') out.push(key, (await redis.get(key)) ?? '');
        else if (type === 'hash') out.push(key, JSON.stringify(await redis.hgetall(key)));
        else if (type === 'set') out.push(key, ...(await redis.smembers(key)));
        else if (type === 'zset') out.push(key, ...(await redis.zrange(key, 0, -1)));
        else if (type === 'list') out.push(key, ...(await redis.lrange(key, 0, -1)));
        else if (type === 'stream') out.push(key, JSON.stringify(await redis.xrange(key, '-', '+')));
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return out.join('\n');
}
