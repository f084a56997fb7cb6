import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app/create-app.ts';
import { createChannels } from '../../src/app/create-channels.ts';
import { connect } from '../../src/app/pipeline.ts';
import type { ZaloChannel } from '../../src/channels/zalo/zalo-channel.ts';
import { OA_TOKENS_KEY, type StoredOaTokens } from '../../src/channels/zalo/oa/oa-tokens.ts';
import { createConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Store } from '../../src/core/store.ts';
import { createHttpServer } from '../../src/server/http-server.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import type { WebhookRoute } from '../../src/channels/channel.ts';
import { parseZaloJson } from '../../src/channels/zalo/parse-json.ts';
import { fakeZaloAt, startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { repoContent } from '../support/test-app.ts';

export const BOT_SECRET = 'bot-webhook-secret-123';
export const OA_SECRET_KEY = 'oa-secret-key-abc';

/** Settings pointing both Zalo channels at the fake. */
export function zaloEnv(
  fake: FakeZalo,
  options: { botWebhook?: boolean; bot?: boolean; oa?: boolean } = {},
): Record<string, string> {
  return {
    LOG_LEVEL: 'silent',
    ...(options.bot !== false
      ? {
          ZALO_BOT_TOKEN: fake.botToken,
          ZALO_BOT_API_ROOT: fake.url,
          ...(options.botWebhook !== false
            ? { ZALO_BOT_WEBHOOK_URL: 'https://tutor.example.vn/webhook/zalo-bot', ZALO_BOT_WEBHOOK_SECRET: BOT_SECRET }
            : {}),
        }
      : {}),
    ...(options.oa !== false
      ? {
          ZALO_OA_APP_ID: fake.appId,
          ZALO_OA_SECRET_KEY: OA_SECRET_KEY,
          ZALO_OA_APP_SECRET: fake.appSecret,
          ZALO_OA_API_ROOT: fake.url,
          ZALO_OAUTH_ROOT: fake.url,
          ZALO_OA_REDIRECT_URI: 'https://tutor.example.vn/zalo/callback',
        }
      : {}),
  };
}

/** Seeds OA tokens as `hocvuso zalo oa-auth --code` would have stored them. */
export async function seedOaTokens(store: Store, fake: FakeZalo, expiresAt: Date): Promise<StoredOaTokens> {
  const { accessToken, refreshToken } = fake.issueTokens();
  const tokens: StoredOaTokens = {
    accessToken,
    refreshToken,
    expiresAt: expiresAt.toISOString(),
    refreshedAt: new Date(0).toISOString(),
  };
  await store.set(OA_TOKENS_KEY, tokens);
  return tokens;
}

/**
 * A person's message reaches Zalo before its webhook reaches us: tells the fake OA about every
 * user message posted to the OA webhook, so it can hold replies to Zalo's window and budget.
 */
function seenByFake(route: WebhookRoute, fake: FakeZalo): WebhookRoute {
  if (!route.path.endsWith('/zalo-oa')) return route;
  return {
    ...route,
    async handle(headers, rawBody) {
      try {
        const event = parseZaloJson(rawBody) as
          | { sender?: { id?: unknown }; message?: { msg_id?: unknown } }
          | undefined;
        const sender = event?.sender?.id;
        const msgId = event?.message?.msg_id;
        if (sender !== undefined && msgId !== undefined) fake.userWrote(String(sender), String(msgId));
      } catch {
        // Not JSON: the route answers it.
      }
      return route.handle(headers, rawBody);
    },
  };
}

export interface ZaloApp {
  app: App;
  bot: ZaloChannel;
  oa: ZaloChannel;
  /** Base URL of our HTTP server (webhooks). */
  base: string;
  /** The app's clock: webhook events are stamped with it (the OA webhook refuses stale events). */
  clock: () => Date;
  stop(): Promise<void>;
}

/** The real app (tutor, pipeline, HTTP server, channels from config) wired against the fake Zalo. */
export async function startZaloApp(options: {
  env: Record<string, string>;
  store?: Store;
  clock?: () => Date;
}): Promise<ZaloApp> {
  const config = createConfig(options.env);
  const store = options.store ?? createMemoryStore();
  const app = createApp({
    config,
    content: await repoContent(),
    store,
    logger: silentLogger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const channels = createChannels(app) as ZaloChannel[];
  const fake = fakeZaloAt(options.env['ZALO_OA_API_ROOT']);
  const webhooks = channels.flatMap((c) => c.routes?.() ?? []).map((r) => (fake ? seenByFake(r, fake) : r));
  const server = createHttpServer({ logger: silentLogger, webhooks, routes: [] });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  for (const channel of channels) await channel.start(connect(channel, app));
  const find = (name: string) => channels.find((c) => c.name === name) ?? ({} as ZaloChannel);
  return {
    app,
    bot: find('zalo'),
    oa: find('zalooa'),
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    clock: options.clock ?? (() => new Date()),
    async stop() {
      await Promise.all(channels.map((c) => c.stop()));
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Tokens valid for 20 more hours: the state of an OA authorised this morning. */
export function seedFreshOaTokens(h: ZaloApp, fake: FakeZalo): Promise<StoredOaTokens> {
  return seedOaTokens(h.app.store, fake, new Date(Date.now() + 20 * 3600_000));
}

/** The fake Zalo and the app with the OA channel only, already authorised; `close` stops both. */
export async function startOaApp(): Promise<{ fake: FakeZalo; h: ZaloApp; close(): Promise<void> }> {
  const fake = await startFakeZalo();
  const h = await startZaloApp({ env: zaloEnv(fake, { bot: false }) });
  await seedFreshOaTokens(h, fake);
  return {
    fake,
    h,
    async close() {
      await h.stop();
      await fake.close();
    },
  };
}
