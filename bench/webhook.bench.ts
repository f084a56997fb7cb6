import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { startLeanBotApi } from './fake-bot-api.ts';
import { dropKeys, postUpdate, telegramServeEnv, textUpdate } from './harness.ts';
import { latencySummary, type ScenarioOptions, type ScenarioResult } from './lib.ts';

const TOKEN = '123456:bench-webhook-token';
const IN_FLIGHT = 64;
const ROUNDS = 3;

// A bare node:http server answering 200 once it read the body: the floor any webhook can reach.
const BARE = `const s = require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => r.end('ok')); });
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;

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
        const body = textUpdate(firstChat + next++, 'menu');
        const t0 = performance.now();
        const status = await postUpdate(url, body);
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
      ...telegramServeEnv({
        token: TOKEN,
        apiUrl: api.url,
        port: 0,
        prefix,
        queuePrefix: `{bench-webhook-${Date.now()}}`,
        logLevel: 'info',
      }),
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
  await dropKeys(prefix);
  return {
    name: 'Webhook answer: update kept in Redis before the 200 vs a bare HTTP 200',
    figures: row,
    table: [row],
    note: `Time until the webhook's 200 (the reply is sent afterwards by the inbox consumer), ${count} posts per round at ${IN_FLIGHT} in flight, median of ${rounds} rounds; the bot also handles and answers every update meanwhile, in the same process.`,
  };
}
