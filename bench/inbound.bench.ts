import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { startLeanBotApi } from './fake-bot-api.ts';
import { dropKeys, freePort, postUpdate, rssMiB, TOKEN, telegramServeEnv, textUpdate, waitHttp } from './harness.ts';
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

function child(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
}

/**
 * Scenario 1: Telegram webhook updates through the whole pipeline (Redis store) next to
 * a bare Telegraf echo bot on the same lean Bot API, at rising concurrency; RSS of both after (scenario 5).
 */
export async function inboundScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const scale = options.quick ? 0.1 : 1;
  const roundCount = options.quick ? 1 : ROUNDS;
  let handled = 0;
  const api = await startLeanBotApi();
  const prefix = `bench:inbound:${Date.now()}:`;
  const port = await freePort();
  // The bot as it runs in production (the Docker image): compiled to dist/ first.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const bot = child(
    ['dist/cli-entry.js', 'serve'],
    telegramServeEnv({
      token: TOKEN,
      apiUrl: api.url,
      port,
      prefix,
      queuePrefix: `{bench-${Date.now()}}`,
      logLevel: 'silent',
    }),
  );
  const echo = child(['--import', 'tsx', 'bench/echo-bot.ts', TOKEN, api.url, '0'], {});
  const [line] = (await once(echo.stdout!, 'data')) as [Buffer];
  const echoHook = `http://127.0.0.1:${line.toString().trim().split(' ')[1]}/hook`;
  const ourHook = `http://127.0.0.1:${port}/telegram/webhook`;
  await waitHttp(`http://127.0.0.1:${port}/healthz`);

  const redis = new Redis(BENCH_REDIS_URL);
  const table: Array<Record<string, number | string>> = [];
  const figures: Record<string, number | string> = {};
  let base = 10_000_000;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const { concurrency, updates } of LEVELS) {
    const count = Math.round((updates * scale) / roundCount);
    const rounds: Array<{ ours: Timed; echo: Timed; botCpu: number; redisCpu: number; echoCpu: number }> = [];
    for (let round = 0; round < roundCount; round++) {
      const users = Array.from({ length: count }, (_, i) => base + i);
      base += count;
      handled += 2 * count;
      // Known learners (welcomed once, untimed), as most traffic is.
      await load(api, ourHook, users, 'menu', 32);
      await new Promise((r) => setTimeout(r, 200));
      const runOurs = async () => {
        const [botBefore, redisBefore] = [cpuMs(bot.pid!), await redisCpuMs(redis)];
        const timed = await load(api, ourHook, users, 'tiến độ', concurrency);
        return { timed, botCpu: cpuMs(bot.pid!) - botBefore, redisCpu: (await redisCpuMs(redis)) - redisBefore };
      };
      const runEcho = async () => {
        const echoBefore = cpuMs(echo.pid!);
        const timed = await load(api, echoHook, users, 'tiến độ', concurrency);
        return { timed, echoCpu: cpuMs(echo.pid!) - echoBefore };
      };
      // Alternating which bot goes first, so neither always meets the machine a few seconds later.
      const [o, e] =
        round % 2 === 0
          ? [await runOurs(), await runEcho()]
          : await runEcho().then(async (first) => [await runOurs(), first] as const);
      rounds.push({ ours: o.timed, echo: e.timed, botCpu: o.botCpu, redisCpu: o.redisCpu, echoCpu: e.echoCpu });
    }
    const perUpdate = (ms: number) => Math.round((ms * 1000) / count);
    const m = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
    const ours = { perSecond: m((r) => r.ours.perSecond), p50: m((r) => r.ours.p50), p99: m((r) => r.ours.p99) };
    const ceiling = { perSecond: m((r) => r.echo.perSecond), p50: m((r) => r.echo.p50), p99: m((r) => r.echo.p99) };
    const row = {
      concurrency,
      'hocvuso upd/s': ours.perSecond,
      'echo upd/s': ceiling.perSecond,
      'throughput ratio': Math.round(m((r) => r.ours.perSecond / r.echo.perSecond) * 100) / 100,
      'hocvuso p50 ms': ours.p50,
      'hocvuso p99 ms': ours.p99,
      'echo p50 ms': ceiling.p50,
      'echo p99 ms': ceiling.p99,
      'p99 ratio': Math.round(m((r) => r.ours.p99 / r.echo.p99) * 100) / 100,
      'hocvuso CPU µs/upd': perUpdate(m((r) => r.botCpu)),
      'its Redis CPU µs/upd': perUpdate(m((r) => r.redisCpu)),
      'echo CPU µs/upd': perUpdate(m((r) => r.echoCpu)),
    };
    table.push(row);
    for (const [k, v] of Object.entries(row)) figures[`c${concurrency} ${k}`] = v;
    figures[`c${concurrency} throughput ratio per round`] = rounds
      .map((r) => Math.round((r.ours.perSecond / r.echo.perSecond) * 100) / 100)
      .join(' ');
  }
  figures['updates handled'] = handled;
  figures['bot RSS MiB after run'] = rssMiB(bot.pid!);
  figures['echo RSS MiB after run'] = rssMiB(echo.pid!);
  bot.kill('SIGTERM');
  echo.kill('SIGTERM');
  await Promise.all([once(bot, 'exit'), once(echo, 'exit')]);
  await api.close();
  redis.disconnect();
  await dropKeys(prefix);
  return {
    name: 'Inbound: Telegram webhook → full pipeline (Redis) vs bare Telegraf echo bot',
    figures,
    table,
    note: 'Both bots run in their own process against the same lean Bot API (in the bench process, with the load generator). Per update hocvuso also makes 2 Redis round trips (update dedupe, compare-and-set of the learner; a third to read the learner when another process saved it last) and more CPU work (routing, rendering); at 64 in flight both processes are CPU-bound on 2 cores.',
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
    note: 'Most of the bot RSS is the Node runtime, the libraries, the content and the knowledge index, plus up to 8M characters of recently saved learners (the compare-and-set cache); it stays flat with more learners (state is in Redis).',
  };
}
