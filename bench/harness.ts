import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import { BENCH_REDIS_URL } from './lib.ts';

/** The bot token and webhook secret the scenarios give the bot under test and the lean Bot API. */
export const TOKEN = '123456:bench-token';
export const SECRET = 'bench_secret';

/** A TCP port free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  const srv = createServer().listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

/**
 * The Node flags a build's Docker image starts the bot with (the options before `dist/cli-entry.js`
 * in its Dockerfile's ENTRYPOINT), so each build is measured as it runs in production.
 */
export function imageNodeFlags(dir: string): string[] {
  const entrypoint = readFileSync(path.join(dir, 'Dockerfile'), 'utf8').match(/^ENTRYPOINT\s+(\[.*\])\s*$/m)?.[1];
  const words = entrypoint ? (JSON.parse(entrypoint) as string[]) : [];
  const script = words.indexOf('dist/cli-entry.js');
  return script > 0 ? words.slice(1, script) : [];
}

/** Resident memory of a process, in MiB. */
export function rssMiB(pid: number): number {
  const line =
    readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:')) ?? '';
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

/** Waits until `url` answers below 500 (60 s at most: a loaded machine starts a bot slowly). */
export async function waitHttp(url: string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Environment of `hocvuso serve` on the Telegram webhook against the lean Bot API at `apiUrl`,
 * keeping its keys under `prefix` (removed afterwards by {@link dropKeys}), without workers.
 */
export function telegramServeEnv(options: {
  token: string;
  apiUrl: string;
  port: number;
  prefix: string;
  queuePrefix: string;
  logLevel: string;
}): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: options.token,
    TELEGRAM_API_ROOT: options.apiUrl,
    TELEGRAM_WEBHOOK_URL: 'https://bench.example.org/telegram/webhook',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    PORT: String(options.port),
    REDIS_URL: BENCH_REDIS_URL,
    REDIS_KEY_PREFIX: options.prefix,
    QUEUE_PREFIX: options.queuePrefix,
    WORKERS: 'off',
    LOG_LEVEL: options.logLevel,
  };
}

let updateId = 1;
/** A Telegram update carrying `text` from a private chat with `chatId`, as JSON. */
export function textUpdate(chatId: number, text: string): string {
  return JSON.stringify({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'B' },
      from: { id: chatId, is_bot: false, first_name: 'B' },
      text,
    },
  });
}

// node:http with kept-alive sockets: about a third of fetch's CPU per request, so the load
// generator (which shares the machine) takes less from the bots it measures.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs a webhook body with the {@link SECRET} header; resolves to the status code. */
export function postUpdate(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // A kept-alive socket the bot's server closed while this one was idle (another bot's turn
    // lasts longer than Node's 5 s keep-alive) resets on reuse before the request reaches it:
    // the documented remedy is to send again (Node docs, http.ClientRequest `reusedSocket`).
    const retry = (error: NodeJS.ErrnoException) =>
      req.reusedSocket && error.code === 'ECONNRESET' ? postUpdate(url, body).then(resolve, reject) : reject(error);
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-telegram-bot-api-secret-token': SECRET,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', retry);
    req.end(body);
  });
}

/** Deletes every key under `prefix` (what a scenario's bot left in Redis). */
export async function dropKeys(prefix: string): Promise<void> {
  const redis = new Redis(BENCH_REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 5000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}
