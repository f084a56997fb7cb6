import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildBaseline } from './baseline-build.ts';
import { startLeanBotApi } from './fake-bot-api.ts';
import {
  dropKeys,
  freePort,
  imageNodeFlags,
  postUpdate,
  TOKEN,
  telegramServeEnv,
  textUpdate,
  waitHttp,
} from './harness.ts';
import { cliOption, percentile, printTable } from './lib.ts';

/**
 * `REDIS_URL=… npx tsx bench/phases.ts --baseline=<git ref> [--text=tiến độ] [--in-flight=16]
 * [--updates=2500] [--rounds=8] [--head-flags=none|"<node flags>"]`
 *
 * Where an update's time goes, in this checkout and a baseline commit side by side (both built
 * as the Docker image runs them, taking turns to go first in each round): the webhook's answer
 * (intake: read, check, record the update), the time from that answer to the reply reaching the
 * Bot API (the tutor and the send), the event loop's delay and the GC pauses during the timed
 * window (bench/loop-probe.mjs, preloaded). Each figure is the median over rounds of that round's
 * percentile; ratios are HEAD ÷ baseline of the same medians.
 */

const args = process.argv.slice(2);
const option = (name: string) => cliOption(args, name);
const baselineRef = option('baseline');
if (!baselineRef) throw new Error('give --baseline=<git ref>');
const text = option('text') ?? 'tiến độ';
const inFlight = Number(option('in-flight') ?? 16);
const updates = Number(option('updates') ?? 2500);
const rounds = Number(option('rounds') ?? 8);
/** `--head-flags="--max-semi-space-size=16"`: this checkout's Node flags instead of its Dockerfile's (`none`: no flag). */
const headFlags = option('head-flags');
const probe = fileURLToPath(new URL('./loop-probe.mjs', import.meta.url));

type Api = Awaited<ReturnType<typeof startLeanBotApi>>;

interface Bot {
  name: 'HEAD' | 'baseline';
  hook: string;
  process: ChildProcess;
  prefix: string;
}

interface LoopReport {
  loopP50: number;
  loopP99: number;
  loopMax: number;
  gcMs: number;
  gcCount: number;
}

async function startBot(name: Bot['name'], cwd: string, apiUrl: string): Promise<Bot> {
  const port = await freePort();
  const prefix = `bench:phases:${name}:${Date.now()}:`;
  const env = telegramServeEnv({
    token: TOKEN,
    apiUrl,
    port,
    prefix,
    queuePrefix: `{bench-phases-${name}-${Date.now()}}`,
    logLevel: 'silent',
  });
  const flags =
    name === 'HEAD' && headFlags !== undefined
      ? headFlags === 'none'
        ? []
        : headFlags.split(' ')
      : imageNodeFlags(cwd);
  const bot = spawn(process.execPath, [...flags, '--import', probe, 'dist/cli-entry.js', 'serve'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
  return { name, hook: `http://127.0.0.1:${port}/telegram/webhook`, process: bot, prefix };
}

function ask<T>(bot: ChildProcess, message: 'start' | 'stop'): Promise<T> {
  return new Promise((resolve) => {
    bot.once('message', (m) => resolve(m as T));
    bot.send(message);
  });
}

/** Sends `line` from every user, `concurrency` at a time; per update, ms until the webhook answered and until the reply. */
async function drive(api: Api, hook: string, users: readonly number[], line: string, concurrency: number) {
  const ack: number[] = [];
  const after: number[] = [];
  const total: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users.length) {
        const chatId = users[next++]!;
        const t0 = performance.now();
        let acked = 0;
        const reply = api.nextMessage(chatId).then(() => performance.now());
        for (;;) {
          const status = await postUpdate(hook, textUpdate(chatId, line));
          acked = performance.now();
          if (status === 200) break;
          if (status !== 503) throw new Error(`webhook answered ${status}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        const replied = await reply;
        ack.push(acked - t0);
        after.push(Math.max(0, replied - acked));
        total.push(replied - t0);
      }
    }),
  );
  return { ack, after, total };
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
const round2 = (n: number) => Math.round(n * 100) / 100;

const api = await startLeanBotApi();
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const baseline = buildBaseline(baselineRef);
const bots = [await startBot('HEAD', process.cwd(), api.url), await startBot('baseline', baseline.dir, api.url)];
type Row = Record<string, number>;
const perBot = new Map<string, Row[]>(bots.map((b) => [b.name, []]));
let base = 30_000_000;
try {
  // Warm-up: each build's code optimised before anything is timed.
  const warm = Array.from({ length: 300 }, (_, i) => 29_000_000 + i);
  for (const bot of bots)
    for (const line of ['menu', 'bác', 'bỏ qua', text, text]) await drive(api, bot.hook, warm, line, 16);
  for (let r = 0; r < rounds; r++) {
    const users = Array.from({ length: updates }, (_, i) => base + i);
    base += updates;
    for (const bot of bots) for (const line of ['menu', 'bác', 'bỏ qua']) await drive(api, bot.hook, users, line, 32);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const order = r % 2 === 0 ? bots : [...bots].reverse();
    for (const bot of order) {
      await ask(bot.process, 'start');
      const timed = await drive(api, bot.hook, users, text, inFlight);
      const loop = await ask<LoopReport>(bot.process, 'stop');
      const [ack, after, total] = [sorted(timed.ack), sorted(timed.after), sorted(timed.total)];
      perBot.get(bot.name)!.push({
        'ack p50': percentile(ack, 50),
        'ack p99': percentile(ack, 99),
        'after-ack p50': percentile(after, 50),
        'after-ack p99': percentile(after, 99),
        'total p50': percentile(total, 50),
        'total p99': percentile(total, 99),
        'loop delay p99': loop.loopP99,
        'loop delay max': loop.loopMax,
        'GC ms per 1000': (loop.gcMs * 1000) / updates,
        'GC pauses': loop.gcCount,
      });
    }
    process.stderr.write(
      `round ${r + 1}: total p99 HEAD ${round2(perBot.get('HEAD')!.at(-1)!['total p99']!)} baseline ${round2(perBot.get('baseline')!.at(-1)!['total p99']!)}\n`,
    );
  }
} finally {
  for (const bot of bots) bot.process.kill();
  await api.close();
  for (const bot of bots) await dropKeys(bot.prefix);
}

const head = perBot.get('HEAD')!;
const before = perBot.get('baseline')!;
const rows = Object.keys(head[0]!).map((figure) => {
  const h = median(head.map((r) => r[figure]!));
  const b = median(before.map((r) => r[figure]!));
  return {
    figure,
    HEAD: round2(h),
    baseline: round2(b),
    ratio: b > 0 ? round2(h / b) : 0,
    'per-round ratios': head.map((r, i) => round2(r[figure]! / (before[i]![figure]! || 1))).join(' '),
  };
});
printTable(
  `"${text}", ${inFlight} in flight, ${updates} updates × ${rounds} rounds, baseline ${baseline.commit}`,
  rows,
);
process.exit(0);
