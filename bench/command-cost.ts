import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { buildBaseline } from './baseline-build.ts';
import { startLeanBotApi } from './fake-bot-api.ts';
import { freePort, postUpdate, TOKEN, telegramServeEnv, textUpdate, waitHttp } from './harness.ts';
import { cliOption, printTable } from './lib.ts';

/**
 * `npx tsx bench/command-cost.ts [--baseline=<git ref>]… [--learners=<n>] [--port=<redis port>]`
 *
 * What one update costs the bot, in figures that do not depend on how busy the machine is: bytes
 * allocated, bytes each scavenge kept and promoted, Redis commands, reply messages and the size of
 * the learner record saved. Each build (this checkout, then each baseline ref given) runs as
 * `serve` (Telegram webhook, Redis store) against its own redis-server, started here on `--port`
 * (default 6391) and stopped at the end, with bench/alloc-probe.mjs preloaded to read V8's GC
 * profiler. Learners are taken through onboarding (and into a lesson) untimed; the measured
 * window holds only the timed message, sent one at a time and then 16 in flight.
 */

interface Case {
  label: string;
  /** Untimed messages each learner sends first. */
  setup: readonly string[];
  text: string;
}

const CASES: readonly Case[] = [
  { label: 'command "tiến độ"', setup: ['menu', 'bác', 'bỏ qua'], text: 'tiến độ' },
  { label: '"menu"', setup: ['menu', 'bác', 'bỏ qua'], text: 'menu' },
  // Lesson 1 opened and its first step passed: the timed "1" picks "iPhone" at step 2 of 9.
  { label: 'lesson step', setup: ['menu', 'bác', 'bỏ qua', 'menu', '1', '1'], text: '1' },
];
const CONCURRENCY = [1, 16] as const;
/**
 * A 1 MB young generation: scavenges every few dozen updates, so a few hundred updates show how
 * much each one leaves alive (the default grows to 16 MB and a short run would see none).
 */
const SEMI_SPACE = ['--min-semi-space-size=1', '--max-semi-space-size=1'];

interface ProbeReport {
  allocated: number;
  retained: number;
  scavenges: number;
  survived: number;
  promoted: number;
  scavengeMs: number;
}

const args = process.argv.slice(2);
const option = (name: string) => cliOption(args, name);
const learners = Number(option('learners') ?? 400);
const port = Number(option('port') ?? 6391);
const baselineRefs = args.filter((a) => a.startsWith('--baseline=')).map((a) => a.slice('--baseline='.length));
const probe = fileURLToPath(new URL('./alloc-probe.mjs', import.meta.url));
const redisUrl = `redis://127.0.0.1:${port}`;

type Api = Awaited<ReturnType<typeof startLeanBotApi>>;

/** Sends `text` from each user, `concurrency` at a time, each until its first reply arrives; retries a dropped socket. */
async function send(api: Api, hook: string, users: readonly number[], text: string, concurrency: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users.length) {
        const chatId = users[next++]!;
        const reply = api.nextMessage(chatId);
        const body = textUpdate(chatId, text);
        for (let attempt = 0; ; attempt++) {
          const status = await postUpdate(hook, body).catch((error: unknown) => {
            if (attempt > 3) throw error;
            return 0; // a kept-alive socket the bot closed meanwhile
          });
          if (status === 200) break;
          if (status !== 503 && status !== 0) throw new Error(`webhook answered ${status}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        await reply;
      }
    }),
  );
}

function ask(bot: ChildProcess, message: 'start' | 'stop'): Promise<ProbeReport> {
  return new Promise((resolve) => {
    bot.once('message', (m) => resolve(m as ProbeReport));
    bot.send(message);
  });
}

let builds = 0;

async function measureBuild(name: string, cwd: string, api: Api) {
  const prefix = `cost:${name.replace(/\W+/g, '-')}:`;
  const botPort = await freePort();
  const env = {
    ...telegramServeEnv({
      token: TOKEN,
      apiUrl: api.url,
      port: botPort,
      prefix,
      queuePrefix: `{${prefix}}`,
      logLevel: 'silent',
    }),
    REDIS_URL: redisUrl,
  };
  const bot = spawn(process.execPath, ['--expose-gc', ...SEMI_SPACE, '--import', probe, 'dist/cli-entry.js', 'serve'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const hook = `http://127.0.0.1:${botPort}/telegram/webhook`;
  await waitHttp(`http://127.0.0.1:${botPort}/healthz`);
  const redis = new Redis(redisUrl);
  let nextUser = 20_000_000 + 10_000_000 * builds++;
  const take = (n: number) => Array.from({ length: n }, () => nextUser++);
  const rows: Array<Record<string, number | string>> = [];
  for (const c of CASES) {
    // Warm-up on other learners, so the timed window runs optimised code.
    const warm = take(Math.min(200, learners));
    for (const line of [...c.setup, c.text]) await send(api, hook, warm, line, 16);
    for (const concurrency of CONCURRENCY) {
      const users = take(learners);
      for (const line of c.setup) await send(api, hook, users, line, 16);
      await new Promise((r) => setTimeout(r, 300));
      const monitor = await redis.monitor();
      const commands = new Map<string, number>();
      let sent = 0; // commands the bot sent, not run by its Lua scripts; MULTI…EXEC counts once
      let inMulti = false;
      monitor.on('monitor', (_time: string, argv: string[], source: string) => {
        const command = String(argv[0]).toUpperCase();
        commands.set(command, (commands.get(command) ?? 0) + 1);
        if (source === 'lua') return;
        if (command === 'MULTI') inMulti = true;
        if (!inMulti) sent += 1;
        if (command === 'EXEC') inMulti = false;
      });
      const sendsBefore = api.sends();
      await ask(bot, 'start');
      await send(api, hook, users, c.text, concurrency);
      await new Promise((r) => setTimeout(r, 300)); // the last replies' later parts and bookkeeping
      const report = await ask(bot, 'stop');
      const sends = api.sends() - sendsBefore;
      monitor.disconnect();
      await once(monitor, 'end');
      const [learnerKey] = await redis.keys(`${prefix}learner:*${users[0]}`);
      const learnerBytes = learnerKey ? await redis.strlen(learnerKey) : 0;
      const per = (n: number) => Math.round(n / learners);
      const total = [...commands.values()].reduce((a, b) => a + b, 0);
      rows.push({
        build: name,
        message: c.label,
        'in flight': concurrency,
        'KB alloc/upd': Math.round(report.allocated / learners / 102.4) / 10,
        scavenges: report.scavenges,
        'KB kept/scavenge': report.scavenges ? Math.round(report.survived / report.scavenges / 1024) : 0,
        'B promoted/upd': per(report.promoted),
        'ms/scavenge (load-bound)': report.scavenges
          ? Math.round((report.scavengeMs / report.scavenges) * 100) / 100
          : 0,
        'round trips/upd': Math.round((sent / learners) * 100) / 100,
        'Redis cmds/upd': Math.round((total / learners) * 100) / 100,
        'sends/upd': Math.round((sends / learners) * 100) / 100,
        'learner JSON B': learnerBytes,
      });
      process.stdout.write(`${JSON.stringify(rows[rows.length - 1])}\n`);
      if (concurrency === 1)
        process.stdout.write(
          `${name} ${c.label}: ${[...commands]
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${Math.round((v / learners) * 100) / 100}`)
            .join(', ')}\n`,
        );
    }
  }
  bot.disconnect(); // the IPC channel would keep the bot alive after its graceful shutdown
  bot.kill('SIGTERM');
  await once(bot, 'exit');
  redis.disconnect();
  return rows;
}

const server = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
  stdio: 'ignore',
});
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});
try {
  for (let i = 0; ; i++) {
    const ping = new Redis(redisUrl, { lazyConnect: true, retryStrategy: () => null });
    ping.on('error', () => {
      /* not up yet: connect() says so */
    });
    const up = await ping.connect().then(
      () => true,
      () => false,
    );
    ping.disconnect();
    // A redis-server already on the port (a run stopped half-way) would hold its updates' dedupe keys.
    if (serverExited) throw new Error(`port ${port} is taken: stop that redis-server or pass --port=<another>`);
    if (up) break;
    if (i > 100) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const baselines = baselineRefs.map((ref) => buildBaseline(ref));
  const api = await startLeanBotApi();
  const rows = await measureBuild('ours', process.cwd(), api);
  for (const [i, baseline] of baselines.entries())
    rows.push(...(await measureBuild(`base${i} ${baseline.commit}`, baseline.dir, api)));
  await api.close();
  printTable(`Cost of one update (${learners} learners per row)`, rows);
} finally {
  server.kill('SIGTERM');
}
process.exit(0);
