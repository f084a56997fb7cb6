import { zaloOaRules, type Config } from '../../config.ts';
import { createReplyWindows } from '../../core/learners/reply-window.ts';
import { createQuotaLedger } from '../../core/outbound/quota-ledger.ts';
import type { Logger } from '../../core/logger.ts';
import type { Store } from '../../core/store.ts';
import { createZaloBotApi } from './bot/bot-api.ts';
import { createZaloBotChannel } from './bot/zalo-bot-channel.ts';
import { createZaloOaApi } from './oa/oa-api.ts';
import { createOaTokens, type OaTokens } from './oa/oa-tokens.ts';
import { createZaloOAuth } from './oa/oauth-client.ts';
import { createZaloOaChannel } from './oa/zalo-oa-channel.ts';
import type { InboxFactory } from '../inbox.ts';
import type { ZaloChannel } from './zalo-channel.ts';

export interface ZaloDeps {
  config: Config;
  store: Store;
  logger: Logger;
  clock: () => Date;
  /** Each channel's inbox (Redis with REDIS_URL); in-process inboxes when omitted. */
  inboxes?: InboxFactory;
}

/** True when every OA setting needed to receive and send is present. */
export function zaloOaConfigured(config: Config): boolean {
  return Boolean(config.ZALO_OA_APP_ID && config.ZALO_OA_SECRET_KEY && config.ZALO_OA_APP_SECRET);
}

/** The OA token keeper built from config (shared by the channel and `hocvuso zalo oa-auth`). */
export function zaloOaTokens(deps: ZaloDeps): OaTokens {
  const { config } = deps;
  const oauth = createZaloOAuth({
    root: config.ZALO_OAUTH_ROOT,
    appId: config.ZALO_OA_APP_ID ?? '',
    appSecret: config.ZALO_OA_APP_SECRET ?? '',
  });
  return createOaTokens({ store: deps.store, oauth, logger: deps.logger, clock: deps.clock });
}

/** The OA's monthly proactive quota, keyed by its app id (shared with the dashboard and broadcast planning). */
export function zaloOaLedger(store: Store, config: Config) {
  return createQuotaLedger({
    store,
    owner: config.ZALO_OA_APP_ID ?? 'oa',
    limit: config.ZALO_OA_PROACTIVE_QUOTA,
    timeZone: config.TIMEZONE,
  });
}

/** The Zalo channels enabled by config: the Bot API with `ZALO_BOT_TOKEN`, the OA with the `ZALO_OA_*` keys. */
export function createZaloChannels(deps: ZaloDeps): ZaloChannel[] {
  const { config } = deps;
  const channels: ZaloChannel[] = [];
  if (config.ZALO_BOT_TOKEN) {
    channels.push(
      createZaloBotChannel({
        api: createZaloBotApi({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_BOT_API_ROOT }),
        store: deps.store,
        ...(deps.inboxes ? { inbox: deps.inboxes('zalo') } : {}),
        logger: deps.logger,
        clock: deps.clock,
        ...(config.ZALO_BOT_WEBHOOK_URL ? { webhookUrl: config.ZALO_BOT_WEBHOOK_URL } : {}),
        ...(config.ZALO_BOT_WEBHOOK_SECRET ? { webhookSecret: config.ZALO_BOT_WEBHOOK_SECRET } : {}),
      }),
    );
  }
  if (zaloOaConfigured(config)) {
    const tokens = zaloOaTokens(deps);
    channels.push(
      createZaloOaChannel({
        api: createZaloOaApi({ apiRoot: config.ZALO_OA_API_ROOT, tokens, logger: deps.logger }),
        tokens,
        store: deps.store,
        ...(deps.inboxes ? { inbox: deps.inboxes('zalooa') } : {}),
        logger: deps.logger,
        clock: deps.clock,
        appId: config.ZALO_OA_APP_ID ?? '',
        oaSecretKey: config.ZALO_OA_SECRET_KEY ?? '',
        windows: createReplyWindows(deps.store, zaloOaRules(config)),
        ledger: zaloOaLedger(deps.store, config),
      }),
    );
  }
  return channels;
}
