import { Redis } from 'ioredis';
import { StoreError } from '../../core/errors.ts';
import type { Store } from '../../core/store.ts';

// Compare-and-set on the whole serialised value: works on one shared connection
// (WATCH would need a connection per concurrent update). On a mismatch it returns the current
// value, so the retry needs no GET.
const CAS = `
local cur = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if cur ~= ARGV[2] then return {0, cur} end
elseif cur then
  return {0, cur}
end
redis.call('SET', KEYS[1], ARGV[3], 'KEEPTTL')
return {1}`;

const DELETE_IF_EQUALS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// Marks a field of one hash and counts it in another in one step (a broadcast recipient settled and counted).
// A field read with HINCRBY 0 exists with 0: that is not a mark.
const MARK_AND_COUNT = `
if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') > 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], 1)
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
return 1`;

// HINCRBY only while the result stays <= max; sets the expiry of a hash that has none.
const INCR_UP_TO = `
local next = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') + tonumber(ARGV[2])
if next > tonumber(ARGV[3]) then return {0} end
redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
if tonumber(ARGV[4]) > 0 and redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return {1, next}`;

const MAX_CAS_ATTEMPTS = 50;
/**
 * Values this process last wrote with `update`, tried first as the expected value: at most this
 * many characters in all (about 10,000 learners), least recently used out.
 */
const REMEMBERED_CHARS = 8 * 1024 * 1024;

/**
 * Members per variadic command (SADD, ZADD…): spreading 100,000 or more arguments into one call
 * overflows the call stack, so larger calls go in slices, one after another.
 */
const SLICE = 10_000;

async function inSlices<T>(items: readonly T[], run: (slice: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += SLICE) await run(items.slice(i, i + SLICE));
}

export interface RedisStoreOptions {
  url: string;
  /** Prepended to every key; tests use a unique prefix each. */
  prefix: string;
}

/** The Lua scripts, sent once and then called by SHA (ioredis `defineCommand`). */
interface Scripts {
  hvCas(key: string, exists: '0' | '1', expected: string, next: string): Promise<[0, string | null] | [1]>;
  hvDeleteIfEquals(key: string, value: string): Promise<number>;
  hvMarkAndCount(marks: string, counts: string, field: string, countField: string): Promise<number>;
  hvIncrUpTo(key: string, field: string, by: string, max: string, ttlMs: string): Promise<[0] | [1, number]>;
}

/** {@link Store} on Redis via ioredis. Errors surface as {@link StoreError}, never hang forever. */
export function createRedisStore(options: RedisStoreOptions): Store {
  const client = new Redis(options.url, {
    keyPrefix: options.prefix,
    maxRetriesPerRequest: 2,
    // Reconnect at least every 500 ms: a command waiting through two attempts fails within about
    // a second of an outage (the learner gets the "busy" reply), not after ioredis's 2 s steps.
    retryStrategy: (times: number) => Math.min(times * 50, 500),
    enableOfflineQueue: true,
    lazyConnect: false,
    // The commands of concurrent messages leave in one write, and Redis answers them in one read.
    enableAutoPipelining: true,
  });
  client.defineCommand('hvCas', { numberOfKeys: 1, lua: CAS });
  client.defineCommand('hvDeleteIfEquals', { numberOfKeys: 1, lua: DELETE_IF_EQUALS });
  client.defineCommand('hvMarkAndCount', { numberOfKeys: 2, lua: MARK_AND_COUNT });
  client.defineCommand('hvIncrUpTo', { numberOfKeys: 1, lua: INCR_UP_TO });
  const redis = client as Redis & Scripts;
  // Without a listener ioredis prints every reconnect error; callers see StoreError instead.
  redis.on('error', () => {
    /* callers see StoreError; see above */
  });

  const guard = async <T>(op: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`redis ${op} failed: ${(error as Error).message}`, { cause: error });
    }
  };
  const parse = <T>(raw: string | null): T | undefined => (raw === null ? undefined : (JSON.parse(raw) as T));
  // A learner's next message is usually handled by the process that saved the last one: trying
  // the compare-and-set with the value it saved skips a GET. Another process's write makes the
  // first attempt fail and return the current value, which costs what the GET would have.
  const remembered = new Map<string, string>();
  let rememberedChars = 0;
  const forget = (key: string) => {
    const raw = remembered.get(key);
    if (raw === undefined) return;
    remembered.delete(key);
    rememberedChars -= key.length + raw.length;
  };
  const remember = (key: string, raw: string) => {
    forget(key);
    remembered.set(key, raw);
    rememberedChars += key.length + raw.length;
    while (rememberedChars > REMEMBERED_CHARS) forget(remembered.keys().next().value!);
  };

  return {
    get: <T>(key: string) => guard('get', async () => parse<T>(await redis.get(key))),
    set: (key, value, opts) =>
      guard('set', async () => {
        forget(key);
        const raw = JSON.stringify(value);
        if (opts?.ttlMs) await redis.set(key, raw, 'PX', opts.ttlMs);
        else await redis.set(key, raw);
      }),
    delete: (key) =>
      guard('delete', async () => {
        forget(key);
        await redis.del(key);
      }),
    update: <T>(key: string, fn: (current: T | undefined) => T) =>
      guard('update', async () => {
        const known = remembered.get(key);
        let raw = known ?? (await redis.get(key));
        for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
          const next = fn(parse<T>(raw));
          const nextRaw = JSON.stringify(next);
          const result = await redis.hvCas(key, raw === null ? '0' : '1', raw ?? '', nextRaw);
          if (result[0] === 1) {
            remember(key, nextRaw);
            return JSON.parse(nextRaw) as T;
          }
          forget(key);
          raw = result[1];
          // A stale remembered value is no contention: retry at once.
          if (attempt > 0 || known === undefined)
            await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
        }
        throw new StoreError(`too much contention updating ${key}`);
      }),
    setIfAbsent: (key, value, opts) =>
      guard('setIfAbsent', async () => {
        const raw = JSON.stringify(value);
        const res = opts?.ttlMs ? await redis.set(key, raw, 'PX', opts.ttlMs, 'NX') : await redis.set(key, raw, 'NX');
        return res === 'OK';
      }),
    deleteIfEquals: (key, value) =>
      guard('deleteIfEquals', async () => {
        forget(key);
        return (await redis.hvDeleteIfEquals(key, JSON.stringify(value))) === 1;
      }),
    incr: (key, field, by = 1) => guard('incr', () => redis.hincrby(key, field, by)),
    markAndCount: (marks, field, counts, countField) =>
      guard('markAndCount', async () => (await redis.hvMarkAndCount(marks, counts, field, countField)) === 1),
    counters: (key) =>
      guard('counters', async () => {
        const raw = await redis.hgetall(key);
        return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
      }),
    incrUpTo: (key, field, by, max, opts) =>
      guard('incrUpTo', async () => {
        const res = await redis.hvIncrUpTo(key, field, String(by), String(max), String(opts?.ttlMs ?? 0));
        return res[0] === 1 ? Number(res[1]) : undefined;
      }),
    zadd: (key, entries) =>
      guard('zadd', async () => {
        await inSlices(entries, (slice) => redis.zadd(key, ...slice.flatMap((e) => [e.score, e.member])));
      }),
    zrem: (key, members) => guard('zrem', () => inSlices(members, (slice) => redis.zrem(key, ...slice))),
    zrangeByScore: (key, min, max, limit) =>
      guard('zrangeByScore', () =>
        limit === undefined
          ? redis.zrangebyscore(key, min, max)
          : redis.zrangebyscore(key, min, max, 'LIMIT', 0, limit),
      ),
    zscore: (key, member) =>
      guard('zscore', async () => {
        const s = await redis.zscore(key, member);
        return s === null ? undefined : Number(s);
      }),
    zcard: (key) => guard('zcard', () => redis.zcard(key)),
    sadd: (key, members) => guard('sadd', () => inSlices(members, (slice) => redis.sadd(key, ...slice))),
    srem: (key, members) => guard('srem', () => inSlices(members, (slice) => redis.srem(key, ...slice))),
    smembers: (key) => guard('smembers', () => redis.smembers(key)),
    sismember: (key, member) => guard('sismember', async () => (await redis.sismember(key, member)) === 1),
    scard: (key) => guard('scard', () => redis.scard(key)),
    append: (key, value, maxLength) =>
      guard('append', async () => {
        const multi = redis.multi().rpush(key, JSON.stringify(value));
        if (maxLength !== undefined) multi.ltrim(key, -maxLength, -1);
        await multi.exec();
      }),
    range: <T>(key: string, start: number, stop: number) =>
      guard('range', async () => (await redis.lrange(key, start, stop)).map((raw) => JSON.parse(raw) as T)),
    ping: async () => {
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
