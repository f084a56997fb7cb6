import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createLearnerRepo } from '../../src/core/learners/learner-repo.ts';
import { createStatsObserver } from '../../src/core/stats/stats-observer.ts';
import { createReminderIndex } from '../../src/features/reminders/minute-index.ts';
import { withReminder } from '../../src/features/reminders/settings.ts';
import { epochMinute } from '../../src/features/reminders/time.ts';
import { localTime } from '../../src/core/time/local-day.ts';
import { outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { startHeldBotApi, type HeldBotApi } from '../fakes/held-bot-api.ts';
import { cleanupQueues, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';

export const BOT_TOKEN = '4242:cluster-test-token';
export const WEBHOOK_SECRET = 'cluster_test_secret';
const WEBHOOK_PATH = '/telegram/webhook';

/** One `hocvuso` child process, with what it printed on stderr (JSON log lines). */
export interface BotProcess {
  role: 'serve' | 'worker';
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** HTTP port of a `serve` process. */
  port?: number;
}

/**
 * Several `node bin/hocvuso.js serve|worker` processes on one Redis (a unique key prefix and
 * queue prefix) and one fake Bot API, as a deployment scaled out. Scenarios (a reminder minute,
 * a broadcast) drive it through webhooks and the store, then read what the fake received.
 */
export interface Cluster {
  api: HeldBotApi;
  storePrefix: string;
  queuePrefix: string;
  serves: BotProcess[];
  workers: BotProcess[];
  /** The environment every process gets (for a process started later). */
  env: Record<string, string>;
  start(role: 'serve' | 'worker', extraEnv?: Record<string, string>): Promise<BotProcess>;
  /** Posts a Telegram update to a serve process's webhook; returns the HTTP status. */
  post(serve: BotProcess, update: object): Promise<number>;
  /** Stops every process still running (SIGTERM), the fake, and deletes the keys. */
  cleanup(): Promise<void>;
}

export function textUpdate(updateId: number, chatId: number, text: string): object {
  const user = { id: chatId, is_bot: false, first_name: 'Bác', language_code: 'vi' };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Bác' },
      from: user,
      text,
    },
  };
}

/** A press of an inline button (its `callback_data`) on an earlier message of the bot. */
export function buttonUpdate(updateId: number, chatId: number, data: string): object {
  const user = { id: chatId, is_bot: false, first_name: 'Bác', language_code: 'vi' };
  const message = {
    message_id: 10_000 + updateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: 'private', first_name: 'Bác' },
    text: '…',
  };
  return {
    update_id: updateId,
    callback_query: { id: `cb-${updateId}`, from: user, chat_instance: 'ci', message, data },
  };
}

/** Waits until `test` holds, checking every 50 ms. */
export async function until(test: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The first JSON log line with this `msg`. */
export function logLine(stderr: string, msg: string): Record<string, unknown> | undefined {
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (entry['msg'] === msg) return entry;
  }
  return undefined;
}

export function spawnBot(role: 'serve' | 'worker', env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['bin/hocvuso.js', role], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  child.stdout!.resume();
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  return { role, child, stderr: () => err, exited };
}

/**
 * Waits for the line a process logs once it is ready (`serving` with its port, or `workers started`).
 * Generous: four processes building the knowledge index at once on a busy two-core CI runner took
 * over 20 s, where one alone takes 4 s.
 */
export async function ready(bot: BotProcess, timeoutMs = 90_000): Promise<BotProcess> {
  const msg = bot.role === 'serve' ? 'serving' : 'workers started';
  let exit: { code: number | null } | undefined;
  void bot.exited.then((e) => (exit = e));
  await until(
    () => exit !== undefined || logLine(bot.stderr(), msg) !== undefined,
    `${bot.role} to start`,
    timeoutMs,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${bot.stderr().slice(-2000)}`);
  });
  if (exit) throw new Error(`${bot.role} exited with ${exit.code}:\n${bot.stderr().slice(-2000)}`);
  if (bot.role === 'serve') bot.port = Number(logLine(bot.stderr(), msg)?.['port']);
  return bot;
}

export async function startCluster(options: { env?: Record<string, string> } = {}): Promise<Cluster> {
  const api = await startHeldBotApi();
  const storePrefix = uniquePrefix('cluster');
  const queuePrefix = uniqueQueuePrefix('cluster');
  const env: Record<string, string> = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: storePrefix,
    QUEUE_PREFIX: queuePrefix,
    TELEGRAM_BOT_TOKEN: BOT_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    TELEGRAM_WEBHOOK_URL: `https://hocvuso.example.org${WEBHOOK_PATH}`,
    TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const cluster: Cluster = {
    api,
    storePrefix,
    queuePrefix,
    serves: [],
    workers: [],
    env,
    async start(role, extraEnv = {}) {
      const bot = await ready(spawnBot(role, { ...env, ...(role === 'serve' ? { WORKERS: 'off' } : {}), ...extraEnv }));
      (role === 'serve' ? cluster.serves : cluster.workers).push(bot);
      return bot;
    },
    async post(serve, update) {
      const res = await fetch(`http://127.0.0.1:${serve.port}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
        body: JSON.stringify(update),
      });
      await res.arrayBuffer();
      return res.status;
    },
    async cleanup() {
      const all = [...cluster.serves, ...cluster.workers];
      for (const bot of all)
        if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
      await Promise.all(all.map((b) => Promise.race([b.exited, new Promise((r) => setTimeout(r, 10_000))])));
      for (const bot of all)
        if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
      api.release();
      await api.close();
      await cleanupQueues(queuePrefix, [outboundQueueName('outbound', 'telegram'), 'reminder-tick']);
      await cleanupPrefix(storePrefix);
    },
  };
  return cluster;
}

/** Learners of a ward, counted in its statistics as the tutor would have (broadcast audiences read those). */
export async function seedWardLearners(
  cluster: Pick<Cluster, 'storePrefix'>,
  chatIds: number[],
  wardCode: string,
  zone = 'Asia/Ho_Chi_Minh',
): Promise<void> {
  const store = createRedisStore({ url: TEST_REDIS_URL, prefix: cluster.storePrefix });
  const learners = createLearnerRepo(store);
  const observe = createStatsObserver(store, zone);
  const now = new Date();
  for (const chatId of chatIds) {
    const learner = await learners.update(`telegram:${chatId}`, now, (l) => ({
      ...l,
      honorific: 'bác',
      welcomedAt: now.toISOString(),
      wardCode,
    }));
    await observe(undefined, learner, now);
  }
  await store.close();
}

/**
 * Learners whose daily reminder is at the current minute (no clock can be moved across
 * processes): indexed as the chat does, with the tick horizon one minute back, so the next
 * tick owes them this minute's reminder.
 */
export async function seedDueNow(
  cluster: Pick<Cluster, 'storePrefix'>,
  chatIds: number[],
  zone = 'Asia/Ho_Chi_Minh',
): Promise<void> {
  const store = createRedisStore({ url: TEST_REDIS_URL, prefix: cluster.storePrefix });
  const learners = createLearnerRepo(store);
  const index = createReminderIndex(store, zone);
  const now = new Date();
  const { minute } = localTime(now, zone);
  for (const chatId of chatIds) {
    const learner = await learners.update(`telegram:${chatId}`, now, (l) =>
      withReminder({ ...l, honorific: 'bác' }, { minute, enabled: true }),
    );
    await index.schedule(learner, now);
  }
  await store.set(index.cursorKey(zone), epochMinute(now) - 1);
  await store.close();
}
