import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createApp, type App } from '../../src/app/create-app.ts';
import { createConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { ConversationId, Reply } from '../../src/core/message.ts';
import type { OutboundQueue } from '../../src/core/outbound/outbound-job.ts';
import type { Store } from '../../src/core/store.ts';
import { createBullmqOutbound, outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { createMemoryOutbound } from '../../src/queue/memory-outbound.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { fakeChannel, type FakeChannel } from '../fakes/fake-channel.ts';
import { cleanupQueues, queuesSettled, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { chatter, manualClock, repoContent } from '../support/test-app.ts';

export const ADMIN = 'telegram:9000001';
export const WARD = 'phuong-yen-hoa';

/** Flattens sent parts (text, choices, buttons and payloads) to one string, to search for leaks. */
export const flat = (parts: Reply): string => JSON.stringify(parts);
export const textOf = (parts: Reply): string => parts.map((p) => ('text' in p ? p.text : '')).join('\n');

/**
 * One deployment for handoff tests: a Redis store under a fresh prefix, the in-process outbound
 * queue (or BullMQ, `queue: 'bullmq'`) sending through recording fake channels for Telegram, the
 * Zalo Bot and the Zalo OA, a clock moved by hand (09:00 in Hà Nội by default) and a temporary
 * drafts folder.
 */
export interface HandoffStack {
  app: App;
  store: Store;
  /** Prefix of the stack's Redis keys, to read everything it stored. */
  prefix: string;
  clock: ReturnType<typeof manualClock>;
  channels: Record<'telegram' | 'zalo' | 'zalooa', FakeChannel>;
  draftsDir: string;
  /** Waits until every queued message was sent. */
  idle(): Promise<void>;
  /** Everything sent to one conversation so far. */
  sentTo(to: ConversationId): Reply[];
  /** Everything sent by the queue to anyone. */
  allSent(): Array<{ to: ConversationId; parts: Reply }>;
  chat(id: ConversationId): ReturnType<typeof chatter>;
  close(): Promise<void>;
}

/** The outbound queue of a stack, with a way to wait until it has nothing left to do. */
function stackQueue(kind: 'memory' | 'bullmq'): {
  outbound: OutboundQueue;
  idle(): Promise<void>;
  cleanup(): Promise<void>;
} {
  const limits = { telegram: { perChatMs: 0 }, zalo: { perChatMs: 0 }, zalooa: { perChatMs: 0 } };
  if (kind === 'memory') {
    const outbound = createMemoryOutbound({ logger: silentLogger, backoffMs: 10, limits });
    return { outbound, idle: () => outbound.idle(), cleanup: async () => undefined };
  }
  const prefix = uniqueQueuePrefix('handoff');
  const names = (['telegram', 'zalo', 'zalooa'] as const).map((c) => outboundQueueName('outbound', c));
  const outbound = createBullmqOutbound({ url: TEST_REDIS_URL, prefix, logger: silentLogger, backoffMs: 10, limits });
  return { outbound, idle: () => queuesSettled(prefix, names), cleanup: () => cleanupQueues(prefix, names) };
}

/** The whole tutor on Redis with fake channels; call it inside a test: it is closed when that test ends. */
export async function handoffStack(
  options: { start?: string; env?: Record<string, string>; queue?: 'memory' | 'bullmq' } = {},
): Promise<HandoffStack> {
  const prefix = uniquePrefix('handoff');
  const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
  const clock = manualClock(options.start ?? '2026-11-25T02:00:00Z');
  const draftsDir = await mkdtemp(path.join(tmpdir(), 'hv-drafts-'));
  const queue = stackQueue(options.queue ?? 'memory');
  const { outbound } = queue;
  const config = createConfig({ ADMIN_IDS: ADMIN, KNOWLEDGE_DRAFTS_DIR: draftsDir, ...options.env });
  const app = createApp({
    config,
    content: await repoContent(),
    store,
    logger: silentLogger,
    clock: clock.now,
    outbound,
  });
  const channels = { telegram: fakeChannel('telegram'), zalo: fakeChannel('zalo'), zalooa: fakeChannel('zalooa') };
  await outbound.start({
    senders: Object.values(channels),
    handlers: app.outboundHandlers,
    learners: app.learners,
    store,
    logger: silentLogger,
    clock: clock.now,
  });
  const close = async () => {
    await outbound.close();
    await queue.cleanup();
    await store.close();
    await cleanupPrefix(prefix);
    await rm(draftsDir, { recursive: true, force: true });
  };
  onTestFinished(close);
  const all = () => Object.values(channels).flatMap((c) => c.sent.map((s) => ({ to: s.to, parts: s.parts })));
  return {
    app,
    store,
    prefix,
    clock,
    channels,
    draftsDir,
    idle: () => queue.idle(),
    sentTo: (to) =>
      all()
        .filter((s) => s.to === to)
        .map((s) => s.parts),
    allSent: all,
    chat: (id) => chatter(app, id),
    close,
  };
}

/** An admin invites, and a person on `id` joins the ward's team as "<honorific> <first name>". */
export async function joinTeam(
  s: HandoffStack,
  id: ConversationId,
  fullName: string,
  honorific = 'chị',
  ward = WARD,
): Promise<void> {
  const invite = await s.chat(ADMIN).say(`/moi ${ward}`);
  const code = invite.match(/HV-[A-Z0-9]{6}/)?.[0];
  if (!code) throw new Error(`no invite code in: ${invite}`);
  const member = s.chat(id);
  await member.say('xin chao');
  await member.say(honorific);
  await member.press('k:skip-ward');
  const joined = await member.send({ text: code, displayName: fullName });
  if (!joined.text.includes('Chào mừng')) throw new Error(`could not join: ${joined.text}`);
}

/** A learner who onboards as "bác" in `wardLabel` (or skips the ward). */
export async function onboard(
  s: HandoffStack,
  id: ConversationId,
  wardLabel?: string,
): Promise<ReturnType<typeof chatter>> {
  const learner = s.chat(id);
  await learner.say('xin chao');
  await learner.say('bác');
  if (wardLabel) await learner.say(wardLabel);
  else await learner.press('k:skip-ward');
  return learner;
}

/** The question id in a reply ("#A7K2"). */
export function questionId(text: string): string {
  const id = text.match(/#([A-Z0-9]{4})\b/)?.[1];
  if (!id) throw new Error(`no question id in: ${text}`);
  return id;
}

/** The platform part of a conversation id ("zalooa:8842" → "8842"): must never reach the other side. */
export const platformId = (id: ConversationId): string => id.slice(id.indexOf(':') + 1);
