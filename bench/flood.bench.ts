import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { startLeanBotApi } from './fake-bot-api.ts';
import { dropKeys, freePort, rssMiB, TOKEN, telegramServeEnv, waitHttp } from './harness.ts';
import { load } from './inbound.bench.ts';
import type { ScenarioOptions, ScenarioResult } from './lib.ts';

/** Clients flooding the OA webhook at once (the report that found the fault used eight). */
const FLOODERS = 8;
const MIB = 1024 * 1024;
/** One megabyte that looks like an OA event to anyone who does not check its signature. */
const BODY = Buffer.from(
  `{"event_name":"user_send_text","timestamp":"${Date.now()}","message":{"text":"${'a'.repeat(MIB - 100)}"}}`,
);

interface Flood {
  answered: number;
  resets: number;
  statuses: Record<string, number>;
}

/** One 1 MB POST on a fresh connection; the status, or `reset` if the answer never arrived. */
function floodOnce(url: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': String(BODY.length), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(String(res.statusCode)));
        res.on('error', () => resolve('reset'));
      },
    );
    req.on('error', () => resolve('reset'));
    req.end(BODY);
  });
}

/** Floods `url` with {@link FLOODERS} clients until `stop` resolves. */
async function flood(url: string, headers: Record<string, string>, stop: Promise<unknown>): Promise<Flood> {
  const result: Flood = { answered: 0, resets: 0, statuses: {} };
  let done = false;
  void stop.then(() => (done = true));
  await Promise.all(
    Array.from({ length: FLOODERS }, async () => {
      while (!done) {
        const status = await floodOnce(url, headers);
        if (status === 'reset') result.resets++;
        else result.answered++;
        result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      }
    }),
  );
  return result;
}

/** Opens `count` connections that each send half of a 1 MB body and then stall; returns them. */
async function halfSent(port: number, path: string, count: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i++) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {
      // the server may close it first; that is the point
    });
    await once(socket, 'connect');
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: ${MIB}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(MIB / 2, 0x61));
    sockets.push(socket);
  }
  return sockets;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Hostile input: real learners' reply latency (Telegram webhook → reply at the Bot API) while
 * eight clients flood the Zalo OA webhook of the same process with 1 MB requests, unsigned or
 * with a forged signature; then RSS with 200 half-sent 1 MB bodies open and after they are abandoned.
 */
export async function floodScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const users = options.quick ? 200 : 2000;
  const api = await startLeanBotApi();
  const prefix = `bench:flood:${Date.now()}:`;
  const port = await freePort();
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const bot = spawn(process.execPath, ['dist/cli-entry.js', 'serve'], {
    env: {
      ...process.env,
      ...telegramServeEnv({
        token: TOKEN,
        apiUrl: api.url,
        port,
        prefix,
        queuePrefix: `{bench-flood-${Date.now()}}`,
        logLevel: 'silent',
      }),
      ZALO_OA_APP_ID: '1234567890',
      ZALO_OA_SECRET_KEY: 'bench-oa-secret',
      ZALO_OA_APP_SECRET: 'bench-app-secret',
      ZALO_OA_API_ROOT: api.url,
      ZALO_OAUTH_ROOT: api.url,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitHttp(`${base}/healthz`);
  const hook = `${base}/telegram/webhook`;
  const oa = `${base}/webhook/zalo-oa`;
  let next = 20_000_000;
  const learners = async () => {
    const ids = Array.from({ length: users }, () => next++);
    await load(api, hook, ids, 'menu', 32);
    return load(api, hook, ids, 'tiến độ', 16);
  };
  const table: Array<Record<string, number | string>> = [];
  const figures: Record<string, number | string> = {};
  const baseline = await learners();
  const phases: Array<[string, Record<string, string> | undefined]> = [
    ['no flood', undefined],
    ['unsigned 1 MB flood', {}],
    ['forged-signature 1 MB flood', { 'x-zevent-signature': `mac=${'0'.repeat(64)}` }],
  ];
  for (const [name, headers] of phases) {
    const started = performance.now();
    const measured =
      headers === undefined
        ? { timed: baseline, flooded: undefined }
        : await (async () => {
            let finish!: () => void;
            const stop = new Promise<void>((r) => (finish = r));
            const flooding = flood(oa, headers, stop);
            await sleep(300);
            const timed = await learners();
            finish();
            return { timed, flooded: await flooding };
          })();
    const seconds = (performance.now() - started) / 1000;
    const row = {
      phase: name,
      'learner p50 ms': measured.timed.p50,
      'learner p99 ms': measured.timed.p99,
      'p99 vs no flood': Math.round((measured.timed.p99 / baseline.p99) * 100) / 100,
      'flood req/s': measured.flooded ? Math.round(measured.flooded.answered / seconds) : 0,
      'flood answers': measured.flooded
        ? Object.entries(measured.flooded.statuses)
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')
        : '',
      'bot RSS MiB': rssMiB(bot.pid!),
    };
    table.push(row);
    for (const [k, v] of Object.entries(row)) if (k !== 'phase') figures[`${name} ${k}`] = v;
  }
  const before = rssMiB(bot.pid!);
  const open = await halfSent(port, '/admin/login', 200);
  await sleep(1000);
  const during = rssMiB(bot.pid!);
  for (const s of open) s.destroy();
  await sleep(3000);
  const after = rssMiB(bot.pid!);
  Object.assign(figures, {
    'half-sent RSS MiB before': before,
    'half-sent RSS MiB with 200 open': during,
    'half-sent RSS MiB after abandoned': after,
  });
  table.push({
    phase: `200 half-sent 1 MB bodies: RSS ${before} → ${during} → ${after} MiB (before, open, 3 s after abandoned)`,
  });
  bot.kill('SIGTERM');
  await once(bot, 'exit');
  await api.close();
  await dropKeys(prefix);
  return {
    name: 'Hostile input: learners’ replies while the Zalo OA webhook is flooded with 1 MB requests',
    figures,
    table,
    note: 'Unsigned requests are refused from their headers (401) and their bodies thrown away as they arrive; forged signatures are checked over at most 256 KB (413 beyond), eight bodies per address at a time (503 beyond). Learners: 16 in flight on the Telegram webhook of the same process; the flood and the load generator share the 2 cores with it.',
  };
}
