import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
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
 * `npx tsx bench/gc-pauses.ts --baseline=<git ref> [--updates=500] [--rounds=5] [--text=<message>] [--snapshots=<dir>] [--trace=<dir>]
 *   [--flags=<node flags>] [--ours-flags=<node flags>]`
 *
 * Where the tail of one update at a time comes from. Each build (this checkout and the baseline)
 * runs `serve` as its Docker image does (Telegram webhook, the Redis of REDIS_URL) with
 * bench/gc-probe.mjs preloaded, which
 * records every GC pause on the wall clock. In each round, the builds taking turns to go first,
 * fresh learners are taken through onboarding untimed and then send the timed message one at a
 * time; every update's interval is matched against the pauses that fell inside it. The table gives
 * medians over the rounds: the p99 of all updates and of the updates no pause touched, how many of
 * the slowest 1 % a pause touched, and each kind of pause (how many, how long). `--snapshots` writes
 * each build's heap snapshot there after the last round, to see what the heap holds; `--trace` runs
 * the bots with V8's `--trace-gc-nvp` and writes each one's trace there (every pause by phase);
 * `--flags` adds Node flags (space-separated) to both bots, `--ours-flags` to this checkout's only.
 */

type Api = Awaited<ReturnType<typeof startLeanBotApi>>;

interface Pause {
  kind: string;
  /** Wall-clock start, ms since the epoch. */
  start: number;
  ms: number;
}

interface Taken {
  pauses: Pause[];
  heapUsedMiB: number;
  oldSpaceMiB: number;
}

interface Build {
  name: string;
  process: ChildProcess;
  hook: string;
  prefix: string;
}

const args = process.argv.slice(2);
const option = (name: string) => cliOption(args, name);
const updates = Number(option('updates') ?? 500);
const rounds = Number(option('rounds') ?? 5);
const text = option('text') ?? 'tiến độ';
const baselineRef = option('baseline');
const snapshots = option('snapshots');
const trace = option('trace');
const flagList = (name: string) => option(name)?.split(' ').filter(Boolean) ?? [];
const [bothFlags, oursFlags] = [flagList('flags'), flagList('ours-flags')];
const probe = fileURLToPath(new URL('./gc-probe.mjs', import.meta.url));
const now = () => performance.timeOrigin + performance.now();

async function start(name: string, cwd: string, api: Api): Promise<Build> {
  const port = await freePort();
  const prefix = `bench:gc:${name}:${Date.now()}:`;
  const env = telegramServeEnv({
    token: TOKEN,
    apiUrl: api.url,
    port,
    prefix,
    queuePrefix: `{bench-gc-${name}-${Date.now()}}`,
    logLevel: 'silent',
  });
  const flags = [
    ...imageNodeFlags(cwd),
    ...(trace ? ['--trace-gc-nvp'] : []),
    ...bothFlags,
    ...(name === 'ours' ? oursFlags : []),
  ];
  const out = trace ? openSync(`${trace}/${name.replace(/\W+/g, '-')}.gc.log`, 'w') : 'ignore';
  const child = spawn(process.execPath, [...flags, '--import', probe, 'dist/cli-entry.js', 'serve'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, 'inherit', 'ipc'],
  });
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
  return { name, process: child, hook: `http://127.0.0.1:${port}/telegram/webhook`, prefix };
}

function take(build: Build): Promise<Taken> {
  return new Promise((resolve) => {
    build.process.once('message', (m) => resolve(m as Taken));
    build.process.send('take');
  });
}

/** Sends `line` from each user, `concurrency` at a time; returns each update's [sent, replied] interval. */
async function send(api: Api, hook: string, users: readonly number[], line: string, concurrency: number) {
  const intervals: Array<[number, number]> = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users.length) {
        const chatId = users[next++]!;
        const t0 = now();
        const reply = api.nextMessage(chatId);
        if ((await postUpdate(hook, textUpdate(chatId, line))) !== 200) throw new Error('webhook refused an update');
        await reply;
        intervals.push([t0, now()]);
      }
    }),
  );
  return intervals;
}

/** One build's figures for one round. */
function figures(intervals: Array<[number, number]>, taken: Taken): Record<string, number> {
  const touching = (from: number, to: number) => taken.pauses.filter((p) => p.start < to && p.start + p.ms > from);
  const timed = intervals.map(([from, to]) => ({ ms: to - from, pauses: touching(from, to) }));
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, Math.ceil(timed.length / 100));
  const row: Record<string, number> = {
    'p50 ms': percentile(sorted(timed.map((t) => t.ms)), 50),
    'p99 ms': percentile(sorted(timed.map((t) => t.ms)), 99),
    'p99 ms, no pause inside': percentile(sorted(timed.filter((t) => t.pauses.length === 0).map((t) => t.ms)), 99),
    'updates a pause touched': timed.filter((t) => t.pauses.length > 0).length,
    'slowest 1 % a pause touched': slowest.filter((t) => t.pauses.length > 0).length,
    'slowest 1 %': slowest.length,
    'heap used MiB': taken.heapUsedMiB,
    'old space MiB': taken.oldSpaceMiB,
  };
  for (const kind of new Set(taken.pauses.map((p) => p.kind))) {
    const of = taken.pauses.filter((p) => p.kind === kind);
    row[`${kind}: count`] = of.length;
    row[`${kind}: mean ms`] = of.reduce((s, p) => s + p.ms, 0) / of.length;
    row[`${kind}: max ms`] = Math.max(...of.map((p) => p.ms));
  }
  return row;
}

if (!baselineRef) throw new Error('pass --baseline=<git ref>');
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const baseline = buildBaseline(baselineRef);
const api = await startLeanBotApi();
const builds = [await start('ours', process.cwd(), api), await start(`base ${baseline.commit}`, baseline.dir, api)];
const perRound = new Map<string, Array<Record<string, number>>>(builds.map((b) => [b.name, []]));
let nextUser = 30_000_000;
for (let round = 0; round < rounds; round++) {
  const users = Array.from({ length: updates }, () => nextUser++);
  for (const build of builds)
    for (const line of ['menu', 'bác', 'bỏ qua']) await send(api, build.hook, users, line, 32);
  await new Promise((r) => setTimeout(r, 200));
  for (const build of builds.map((_, i) => builds[(i + round) % builds.length]!)) {
    await take(build); // forget the onboarding's pauses
    const intervals = await send(api, build.hook, users, text, 1);
    await new Promise((r) => setTimeout(r, 100)); // the observer reports a pause a moment after it
    perRound.get(build.name)!.push(figures(intervals, await take(build)));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rows = [...new Set([...perRound.values()].flatMap((list) => list.flatMap((r) => Object.keys(r))))].map(
  (figure) => {
    const row: Record<string, number | string> = { figure };
    for (const [name, list] of perRound) row[name] = Math.round(median(list.map((r) => r[figure] ?? 0)) * 100) / 100;
    return row;
  },
);
printTable(`"${text}", one update in flight: medians of ${rounds} rounds of ${updates} updates`, rows);
if (snapshots)
  for (const build of builds)
    await new Promise((resolve) => {
      build.process.once('message', resolve);
      build.process.send({ snapshot: `${snapshots}/${build.name.replace(/\W+/g, '-')}.heapsnapshot` });
    });
for (const build of builds) {
  build.process.disconnect(); // the IPC channel would keep the bot alive after its graceful shutdown
  build.process.kill('SIGTERM');
}
await api.close();
for (const build of builds) await dropKeys(build.prefix);
process.exit(0);
