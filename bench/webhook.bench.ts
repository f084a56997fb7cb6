import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { Redis } from 'ioredis';
import { startLeanBotApi } from './fake-bot-api.ts';
import { BENCH_REDIS_URL, latencySummary, type ScenarioOptions, type ScenarioResult } from './lib.ts';

const TOKEN = '123456:bench-webhook-token';
const SECRET = 'bench_secret';
const IN_FLIGHT = 64;
const ROUNDS = 3;

// A bare node:http server answering 200 once it read the body: the floor any webhook can reach.
const BARE = `const s = require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => r.end('ok')); });
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
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
    req.on('error', reject);
    req.end(body);
  });
}

let updateId = 1;
const update = (chatId: number) =>
  JSON.stringify({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'B' },
      from: { id: chatId, is_bot: false, first_name: 'B' },
      text: 'menu',
    },
  });

/** Time until each POST is answered (not until the reply goes out), `count` posts at 64 in flight. */
async function answers(
  url: string,
  count: number,
  firstChat: number,
): Promise<{ p50: number; p99: number; max: number }> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        const body = update(firstChat + next++);
        const t0 = performance.now();
        const status = await post(url, body);
        if (status !== 200) throw new Error(`webhook answered ${status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencySummary(latencies);
}

async function portOf(proc: ChildProcess, pattern: RegExp, stream: 'stdout' | 'stderr'): Promise<number> {
  let seen = '';
  for await (const chunk of proc[stream]!) {
    seen += String(chunk);
    const m = seen.match(pattern);
    if (m) return Number(m[1]);
  }
  throw new Error(`no port in ${seen.slice(-500)}`);
}

/**
 * Scenario: how fast the Telegram webhook answers now that every update is kept in Redis (one
 * Lua step: dedupe and append to the inbox stream) before the 200, at 64 in flight, next to a
 * bare HTTP server answering 200 at once, in the same run.
 */
export async function webhookScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const count = options.quick ? 500 : 4000;
  const rounds = options.quick ? 1 : ROUNDS;
  const api = await startLeanBotApi();
  const prefix = `bench:webhook:${Date.now()}:`;
  const bot = spawn(process.execPath, ['bin/hocvuso.js', 'serve'], {
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      TELEGRAM_WEBHOOK_URL: 'https://bench.example.org/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      PORT: '0',
      REDIS_URL: BENCH_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      QUEUE_PREFIX: `{bench-webhook-${Date.now()}}`,
      WORKERS: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const bare = spawn(process.execPath, ['-e', BARE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [botPort, barePort] = await Promise.all([
    portOf(bot, /"port":(\d+)/, 'stderr'),
    portOf(bare, /(\d+)/, 'stdout'),
  ]);
  bot.stderr!.resume();
  const ours = `http://127.0.0.1:${botPort}/telegram/webhook`;
  const floor = `http://127.0.0.1:${barePort}/`;
  const results: Array<{ ours: { p50: number; p99: number }; bare: { p50: number; p99: number } }> = [];
  let chat = 20_000_000;
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0;
    const a = first ? await answers(ours, count, (chat += count)) : undefined;
    const b = await answers(floor, count, (chat += count));
    const o = a ?? (await answers(ours, count, (chat += count)));
    results.push({ ours: o, bare: b });
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const row = {
    'in flight': IN_FLIGHT,
    'hocvuso p50 ms': median(results.map((r) => r.ours.p50)),
    'hocvuso p99 ms': median(results.map((r) => r.ours.p99)),
    'bare 200 p50 ms': median(results.map((r) => r.bare.p50)),
    'bare 200 p99 ms': median(results.map((r) => r.bare.p99)),
    'p99 ratio': Math.round(median(results.map((r) => r.ours.p99 / r.bare.p99)) * 100) / 100,
  };
  bot.kill('SIGTERM');
  bare.kill('SIGTERM');
  await Promise.all([once(bot, 'exit'), once(bare, 'exit')]);
  await api.close();
  const redis = new Redis(BENCH_REDIS_URL);
  let cursor = '0';
  do {
    const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 5000);
    cursor = nextCursor;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
  return {
    name: 'Webhook answer: update kept in Redis before the 200 vs a bare HTTP 200',
    figures: row,
    table: [row],
    note: `Time until the webhook's 200 (the reply is sent afterwards by the inbox consumer), ${count} posts per round at ${IN_FLIGHT} in flight, median of ${rounds} rounds; the bot also handles and answers every update meanwhile, in the same process.`,
  };
}
