import { expect, vi } from 'vitest';
import { connect } from '../../src/app/pipeline.ts';
import type { App } from '../../src/app/create-app.ts';
import type { Channel } from '../../src/channels/channel.ts';
import { realSleep } from '../../src/channels/telegram/sleep.ts';
import { createTelegramChannel, type TelegramChannelOptions } from '../../src/channels/telegram/telegram-channel.ts';
import { silentLogger, type Logger } from '../../src/core/logger.ts';
import type { Inbound } from '../../src/core/message.ts';
import type { Store } from '../../src/core/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import type { FakeUser, Update } from '../fakes/fake-telegram-updates.ts';
import { testApp } from '../support/test-app.ts';

export const LAN: FakeUser = { id: 5550001, first_name: 'Lan', last_name: 'Nguyễn' };
export const MINH: FakeUser = { id: 5550002, first_name: 'Minh' };

export interface Harness {
  fake: FakeTelegram;
  app: App;
  channel: Channel;
  /** Every wait the channel asked for (429 retry_after, backoff), in ms; none really happens. */
  waits: number[];
  /** Inbound messages the pipeline finished handling, in order. */
  handled: Inbound[];
  /** Queues updates (one poll may fetch several) and resolves once each was handled and answered. */
  deliver(...updates: Update[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real Telegram channel (long polling against the fake Bot API) connected to the real
 * tutor by the real pipeline. Waits are recorded and shortened instead of slept.
 */
export async function startHarness(
  options: { store?: Store; logger?: Logger; channel?: Partial<TelegramChannelOptions> } = {},
): Promise<Harness> {
  const fake = await startFakeTelegram();
  const store = options.store ?? createMemoryStore();
  const app = await testApp({ store });
  const waits: number[] = [];
  const channel = createTelegramChannel({
    token: fake.token,
    apiRoot: fake.url,
    store,
    logger: options.logger ?? silentLogger,
    sleep: (ms, signal) => {
      waits.push(ms);
      return realSleep(Math.min(ms, 5), signal);
    },
    pollTimeoutSeconds: 5,
    ...options.channel,
  });
  const pipeline = connect(channel, app);
  const handled: Inbound[] = [];
  await channel.start(async (inbound) => {
    await pipeline(inbound);
    handled.push(inbound);
  });
  return {
    fake,
    app,
    channel,
    waits,
    handled,
    async deliver(...updates) {
      const expected = handled.length + updates.length;
      for (const update of updates) fake.push(update);
      await vi.waitFor(() => expect(handled.length).toBeGreaterThanOrEqual(expected), { timeout: 10_000, interval: 5 });
    },
    async stop() {
      await channel.stop();
      await fake.close();
    },
  };
}

/** A logger keeping every line (bindings included) as JSON, to check what would reach the logs. */
export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const make = (bindings: Record<string, unknown>): Logger => {
    const write = (level: string) => (obj: object, msg?: string) =>
      void lines.push(JSON.stringify({ level, ...bindings, ...obj, msg }));
    return {
      debug: write('debug'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return { logger: make({}), lines };
}
