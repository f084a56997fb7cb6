import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { SEEN_TTL_MS, type Inbox, type InboxHandler } from '../channels/inbox.ts';
import type { Logger } from '../core/logger.ts';
import { throttledLog } from '../core/throttled-log.ts';

export interface RedisInboxOptions {
  url: string;
  /** Key prefix (the store's, e.g. `hv:`). */
  prefix: string;
  /** Channel name: one stream per channel. */
  name: string;
  /** An entry whose consumer stopped renewing it this long ago (its process died) is handed out again. */
  lockMs: number;
  logger: Logger;
  /** Entries one process handles at once (default 256). */
  maxInFlight?: number;
}

const GROUP = 'handlers';
/** The stream holds only unfinished updates; it expires if no update arrives for a week. */
const STREAM_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Consumers of processes gone this long with nothing pending are forgotten. */
const GONE_MS = 60 * 60 * 1000;

// Dedupe and keep in one step: an update is either new and in the stream, or a duplicate.
const ADD = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
redis.call('XADD', KEYS[2], '*', 'k', ARGV[2], 'b', ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return 1`;

type StreamEntry = [id: string, fields: string[] | null];
interface Scripts {
  hvInboxAdd(seen: string, stream: string, ttl: number, key: string, body: string, streamTtl: number): Promise<number>;
}

const field = (fields: string[], name: string): string | undefined => {
  const i = fields.indexOf(name);
  return i >= 0 && i % 2 === 0 ? fields[i + 1] : undefined;
};

/**
 * The {@link Inbox} on a Redis stream with a consumer group: every `serve` process reads from the
 * same stream; an entry is acknowledged and deleted once handled. Each process renews the lease
 * of what it is handling every `lockMs / 3` and takes over entries idle longer than `lockMs`
 * (XAUTOCLAIM): those of a process that died.
 */
export function createRedisInbox(options: RedisInboxOptions): Inbox {
  const stream = `${options.prefix}{inbox:${options.name}}`;
  const seenKey = (key: string) => `${stream}:seen:${key}`;
  const log = options.logger.child({ component: 'inbox', inbox: options.name });
  const readFailed = throttledLog(log, 'warn');
  const maxInFlight = options.maxInFlight ?? 256;
  // Fails at once while Redis is unreachable: the webhook answers 503 and the platform retries.
  const cmd = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
  });
  cmd.defineCommand('hvInboxAdd', { numberOfKeys: 2, lua: ADD });
  cmd.on('error', (err: Error) => readFailed({ err: err.message }, 'inbox redis connection error'));
  const redis = cmd as Redis & Scripts;
  const consumer = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const inFlight = new Map<string, Promise<void>>();
  let reader: Redis | undefined;
  let handler: InboxHandler | undefined;
  let loop: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let upkeeps = 0;
  /** Ends the read in progress at once (stopping); set only while a read is awaited. */
  let interrupt: (() => void) | undefined;
  const running = () => handler !== undefined;
  // Connected on first use: a `worker` process builds channels to send with, never to receive.
  let connected: Promise<void> | undefined;
  const ready = () =>
    (connected ??= cmd
      .connect()
      .catch((error: Error) => readFailed({ err: error.message }, 'inbox redis connection error')));

  async function ensureGroup(): Promise<void> {
    try {
      await cmd.xgroup('CREATE', stream, GROUP, '0', 'MKSTREAM');
    } catch (error) {
      if (!(error as Error).message.includes('BUSYGROUP')) throw error;
    }
    await cmd.pexpire(stream, STREAM_TTL_MS);
  }

  async function ack(id: string): Promise<void> {
    // Left pending when this fails: handed out again after the lease, and the reply ledger skips what was sent.
    await cmd
      .multi()
      .xack(stream, GROUP, id)
      .xdel(stream, id)
      .exec()
      .catch((error: Error) => readFailed({ err: error.message }, 'inbox ack failed'));
  }

  function dispatch([id, fields]: StreamEntry): void {
    const handle = handler;
    if (!handle || inFlight.has(id)) return;
    if (!fields) return void ack(id);
    const key = field(fields, 'k') ?? id;
    let body: unknown;
    try {
      body = JSON.parse(field(fields, 'b') ?? 'null');
    } catch {
      body = null;
    }
    const run = handle({ key, body })
      .catch((error: Error) => log.error({ err: error.message }, 'inbox entry failed'))
      .then(() => ack(id))
      .finally(() => inFlight.delete(id));
    inFlight.set(id, run);
  }

  async function read(conn: Redis): Promise<void> {
    while (handler) {
      if (inFlight.size >= maxInFlight) {
        await Promise.race(inFlight.values());
        continue;
      }
      try {
        const reading = conn.xreadgroup(
          'GROUP',
          GROUP,
          consumer,
          'COUNT',
          100,
          'BLOCK',
          1000,
          'STREAMS',
          stream,
          '>',
        ) as Promise<Array<[string, StreamEntry[]]> | null>;
        // A read queued while Redis is unreachable would wait for it: stopping does not. Not a
        // race with one long-lived "stopped" promise: each read would leave a reaction on it that
        // keeps the read's entries (every update's body) alive until the process ends.
        const res = await new Promise<Array<[string, StreamEntry[]]> | null>((resolve, reject) => {
          interrupt = () => resolve(null);
          reading.then(resolve, reject);
        }).finally(() => {
          interrupt = undefined;
        });
        for (const [, entries] of res ?? []) for (const entry of entries) dispatch(entry);
      } catch (error) {
        if (!handler) return;
        const message = (error as Error).message;
        if (message.includes('NOGROUP'))
          await ensureGroup().catch(() => {
            /* the next read tries again */
          });
        else readFailed({ err: message }, 'inbox read failed');
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  async function upkeep(): Promise<void> {
    if (!handler) return;
    if (inFlight.size > 0) await cmd.xclaim(stream, GROUP, consumer, 0, ...inFlight.keys(), 'JUSTID');
    let cursor = '0-0';
    do {
      const [next, entries] = (await cmd.xautoclaim(stream, GROUP, consumer, options.lockMs, cursor, 'COUNT', 100)) as [
        string,
        StreamEntry[],
      ];
      for (const entry of entries) dispatch(entry);
      cursor = next;
    } while (cursor !== '0-0' && running() && inFlight.size < maxInFlight);
    if (upkeeps++ % 100 === 0) await forgetGone();
  }

  async function forgetGone(): Promise<void> {
    const consumers = (await cmd.xinfo('CONSUMERS', stream, GROUP)) as unknown[][];
    for (const info of consumers) {
      const at = (name: string) => info[info.indexOf(name) + 1];
      if (at('name') !== consumer && Number(at('pending')) === 0 && Number(at('idle')) > GONE_MS) {
        await cmd.xgroup('DELCONSUMER', stream, GROUP, String(at('name')));
      }
    }
  }

  return {
    async add(key, body) {
      await ready();
      return (
        (await redis.hvInboxAdd(seenKey(key), stream, SEEN_TTL_MS, key, JSON.stringify(body), STREAM_TTL_MS)) === 1
      );
    },
    async start(handle) {
      await ready();
      handler = handle;
      await ensureGroup().catch((error: Error) => readFailed({ err: error.message }, 'inbox read failed'));
      const conn = cmd.duplicate({
        lazyConnect: false,
        enableOfflineQueue: true,
        maxRetriesPerRequest: null,
        commandTimeout: undefined,
      });
      conn.on('error', () => {
        /* reads report their own failures (throttled) */
      });
      reader = conn;
      loop = read(conn);
      timer = setInterval(
        () => void upkeep().catch((error: Error) => readFailed({ err: error.message }, 'inbox upkeep failed')),
        Math.max(200, Math.floor(options.lockMs / 3)),
      );
      void upkeep().catch(() => {
        /* the timer runs it again shortly */
      });
    },
    async stop() {
      handler = undefined;
      interrupt?.();
      clearInterval(timer);
      reader?.disconnect();
      await loop;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
      if (connected) await cmd.quit().catch(() => cmd.disconnect());
      else cmd.disconnect();
    },
  };
}
