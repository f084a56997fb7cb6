import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { buildBaseline } from './baseline-build.ts';
import { startLeanBotApi } from './fake-bot-api.ts';
import {
  dropKeys,
  freePort,
  imageNodeFlags,
  postUpdate,
  rssMiB,
  TOKEN,
  telegramServeEnv,
  textUpdate,
  waitHttp,
} from './harness.ts';
import { BENCH_REDIS_URL, latencySummary, type ScenarioOptions, type ScenarioResult } from './lib.ts';

/**
 * Concurrency levels and updates sent at each: enough for a couple of seconds per bot, so a
 * p99 rests on dozens of samples rather than one GC pause (`--quick` sends a tenth).
 */
const LEVELS: ReadonlyArray<{ concurrency: number; updates: number }> = [
  { concurrency: 1, updates: 2500 },
  { concurrency: 16, updates: 12_500 },
  { concurrency: 64, updates: 15_000 },
];
/**
 * Each level is measured in this many rounds, the bots taking turns to go first; the table
 * shows medians (ratios are the median of each round's ratio), so one noisy second on a
 * shared machine moves a figure less. A round lasts about a second per bot; on a noisy 2-core
 * VM one round's ratio ranged 0.54–1.24 within a level, so three rounds were too few.
 * `--quick` runs one round.
 */
const ROUNDS = 5;

/** CPU time (user + system) a process has used so far, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** CPU time Redis has used so far, in ms. */
async function redisCpuMs(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const value = (name: string) => Number(info.match(new RegExp(`${name}:([\\d.]+)`))?.[1] ?? 0);
  return (value('used_cpu_user') + value('used_cpu_sys')) * 1000;
}

type Timed = Awaited<ReturnType<typeof load>>;

/** Posts `count` updates from distinct users at `concurrency`, timing each until its reply reaches the Bot API. */
export async function load(
  api: Awaited<ReturnType<typeof startLeanBotApi>>,
  hook: string,
  users: number[],
  text: string,
  concurrency: number,
) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users.length) {
        const chatId = users[next++]!;
        const t0 = performance.now();
        const reply = api.nextMessage(chatId);
        const body = textUpdate(chatId, text);
        for (;;) {
          const status = await postUpdate(hook, body);
          if (status === 200) break;
          if (status !== 503) throw new Error(`webhook answered ${status}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        await reply;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: Math.round(users.length / seconds), ...latencySummary(latencies) };
}

function child(args: string[], env: Record<string, string>, cwd: string): ChildProcess {
  return spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
}

/** What the timed learners type: a command (the historical figure) and a free-form question. */
const TEXTS: ReadonlyArray<{ label: string; text: string }> = [
  { label: 'command', text: 'tiến độ' },
  { label: 'question', text: 'cách cài ứng dụng vneid trên điện thoại' },
];

/** A bot under load: its webhook, process and, for ours, the Redis its keys live in. */
interface BotUnderTest {
  name: 'hocvuso' | 'baseline' | 'echo';
  hook: string;
  process: ChildProcess;
  prefix?: string;
}

async function startServeBot(
  name: 'hocvuso' | 'baseline',
  entry: string,
  apiUrl: string,
  cwd: string,
): Promise<BotUnderTest> {
  const port = await freePort();
  const prefix = `bench:inbound:${name}:${Date.now()}:`;
  const bot = child(
    [...imageNodeFlags(cwd), entry, 'serve'],
    telegramServeEnv({
      token: TOKEN,
      apiUrl,
      port,
      prefix,
      queuePrefix: `{bench-${name}-${Date.now()}}`,
      logLevel: 'silent',
    }),
    cwd,
  );
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
  return { name, hook: `http://127.0.0.1:${port}/telegram/webhook`, process: bot, prefix };
}

interface Sample {
  timed: Timed;
  cpu: number;
  redisCpu: number;
}

/**
 * Scenario 1: Telegram webhook updates through the whole pipeline (Redis store) next to
 * a bare Telegraf echo bot on the same lean Bot API, at rising concurrency, for a command and
 * for a free-form question; RSS of both after (scenario 5). With `--baseline=<ref>` an earlier
 * commit, built the same way, takes its turn in every round, so "no slower than before" is a
 * ratio measured in one run.
 */
export async function inboundScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const scale = options.quick ? 0.1 : 1;
  const roundCount = options.quick ? 1 : (options.rounds ?? ROUNDS);
  let handled = 0;
  const api = await startLeanBotApi();
  // The bot as it runs in production (the Docker image): compiled to dist/ first.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const baselineBuild = options.baseline ? buildBaseline(options.baseline) : undefined;
  const bots: BotUnderTest[] = [await startServeBot('hocvuso', 'dist/cli-entry.js', api.url, process.cwd())];
  if (baselineBuild) bots.push(await startServeBot('baseline', 'dist/cli-entry.js', api.url, baselineBuild.dir));
  const echoProcess = child(['--import', 'tsx', 'bench/echo-bot.ts', TOKEN, api.url, '0'], {}, process.cwd());
  const [line] = (await once(echoProcess.stdout!, 'data')) as [Buffer];
  bots.push({
    name: 'echo',
    hook: `http://127.0.0.1:${line.toString().trim().split(' ')[1]}/hook`,
    process: echoProcess,
  });

  const redis = new Redis(BENCH_REDIS_URL);
  const table: Array<Record<string, number | string>> = [];
  const figures: Record<string, number | string> = {};
  if (baselineBuild) figures['baseline commit'] = baselineBuild.commit;
  let base = 10_000_000;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ratio = (n: number) => Math.round(n * 100) / 100;
  for (const { concurrency, updates } of LEVELS) {
    const count = Math.round((updates * scale) / (options.quick ? 1 : ROUNDS));
    const rounds = new Map<string, Array<Record<string, Sample>>>(TEXTS.map((t) => [t.label, []]));
    for (let round = 0; round < roundCount; round++) {
      const users = Array.from({ length: count }, (_, i) => base + i);
      base += count;
      handled += 3 * count;
      // Known learners (welcomed and through the two first questions, untimed), as most traffic is: a
      // learner still being asked how to be called gets that question again after any reply.
      for (const bot of bots)
        if (bot.name !== 'echo')
          for (const line of ['menu', 'bác', 'bỏ qua']) await load(api, bot.hook, users, line, 32);
      await new Promise((r) => setTimeout(r, 200));
      for (const { label, text } of TEXTS) {
        const samples: Record<string, Sample> = {};
        // Taking turns to go first, so no bot always meets the machine a few seconds later.
        const order = bots.map((_, i) => bots[(i + round) % bots.length]!);
        for (const bot of order) {
          const [cpuBefore, redisBefore] = [cpuMs(bot.process.pid!), await redisCpuMs(redis)];
          const timed = await load(api, bot.hook, users, text, concurrency);
          samples[bot.name] = {
            timed,
            cpu: cpuMs(bot.process.pid!) - cpuBefore,
            redisCpu: (await redisCpuMs(redis)) - redisBefore,
          };
          if (bot.name === 'hocvuso') handled += count;
        }
        rounds.get(label)!.push(samples);
      }
    }
    const perUpdate = (ms: number) => Math.round((ms * 1000) / count);
    for (const { label } of TEXTS) {
      const taken = rounds.get(label)!;
      const m = (pick: (r: Record<string, Sample>) => number) => median(taken.map(pick));
      const of = (name: string) => (r: Record<string, Sample>) => r[name]!;
      const row: Record<string, number | string> = {
        message: label,
        concurrency,
        'hocvuso upd/s': m((r) => of('hocvuso')(r).timed.perSecond),
        'echo upd/s': m((r) => of('echo')(r).timed.perSecond),
        'throughput ratio': ratio(m((r) => of('hocvuso')(r).timed.perSecond / of('echo')(r).timed.perSecond)),
        'hocvuso p50 ms': m((r) => of('hocvuso')(r).timed.p50),
        'hocvuso p99 ms': m((r) => of('hocvuso')(r).timed.p99),
        'echo p99 ms': m((r) => of('echo')(r).timed.p99),
        'p99 ratio': ratio(m((r) => of('hocvuso')(r).timed.p99 / of('echo')(r).timed.p99)),
        'hocvuso CPU µs/upd': perUpdate(m((r) => of('hocvuso')(r).cpu)),
        'its Redis CPU µs/upd': perUpdate(m((r) => of('hocvuso')(r).redisCpu)),
        'echo CPU µs/upd': perUpdate(m((r) => of('echo')(r).cpu)),
      };
      if (baselineBuild) {
        row['baseline p99 ms'] = m((r) => of('baseline')(r).timed.p99);
        row['p99 vs baseline'] = ratio(m((r) => of('hocvuso')(r).timed.p99 / of('baseline')(r).timed.p99));
        row['CPU vs baseline'] = ratio(m((r) => of('hocvuso')(r).cpu / of('baseline')(r).cpu));
        figures[`${label} c${concurrency} p99 vs baseline per round`] = taken
          .map((r) => ratio(of('hocvuso')(r).timed.p99 / of('baseline')(r).timed.p99))
          .join(' ');
      }
      table.push(row);
      for (const [k, v] of Object.entries(row)) if (k !== 'message') figures[`${label} c${concurrency} ${k}`] = v;
      figures[`${label} c${concurrency} throughput ratio per round`] = taken
        .map((r) => ratio(of('hocvuso')(r).timed.perSecond / of('echo')(r).timed.perSecond))
        .join(' ');
    }
  }
  figures['updates handled'] = handled;
  for (const bot of bots)
    figures[`${bot.name === 'hocvuso' ? 'bot' : bot.name} RSS MiB after run`] = rssMiB(bot.process.pid!);
  for (const bot of bots) bot.process.kill('SIGTERM');
  await Promise.all(bots.map((bot) => once(bot.process, 'exit')));
  await api.close();
  redis.disconnect();
  for (const bot of bots) if (bot.prefix) await dropKeys(bot.prefix);
  return {
    name: `Inbound: Telegram webhook → full pipeline (Redis) vs bare Telegraf echo bot${
      baselineBuild ? ` and commit ${baselineBuild.commit}` : ''
    }`,
    figures,
    table,
    note: 'Every bot runs in its own process against the same lean Bot API (in the bench process, with the load generator). Per update hocvuso also makes 2 Redis round trips (update dedupe, compare-and-set of the learner; a third to read the learner when another process saved it last) and more CPU work (routing, rendering, answering a question); at 64 in flight the processes are CPU-bound on 2 cores. Redis CPU is measured server-wide while one bot is under load.',
  };
}

/**
 * Scenario 5: RSS of the bot process after the inbound run (scenario 1 measures it just before
 * stopping the bot; run alone, this runs scenario 1 first).
 */
export async function memoryScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const inbound = options.earlier.get('inbound') ?? (await inboundScenario(options));
  const figures = {
    'bot RSS MiB after inbound run': inbound.figures['bot RSS MiB after run'] ?? '',
    'echo bot RSS MiB after the same run': inbound.figures['echo RSS MiB after run'] ?? '',
    'updates handled by the bot': inbound.figures['updates handled'] ?? '',
  };
  return {
    name: 'Memory: RSS of the bot process after the inbound run',
    figures,
    table: Object.entries(figures).map(([figure, value]) => ({ figure, value })),
    note: 'Most of the bot RSS is the Node runtime, the libraries, the content and the knowledge index, plus up to 8M characters of recently saved learners (the compare-and-set cache); it stays flat with more learners (state is in Redis). Until session 10 it did not: every Redis inbox read stayed reachable from a long-lived promise, so RSS grew with every update handled, and throughput fell round by round.',
  };
}
