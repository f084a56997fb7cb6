import type { Config } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import type { Store } from '../../core/store.ts';
import type { Channel } from '../channel.ts';
import type { InboxFactory } from '../inbox.ts';
import { createTelegramChannel } from './telegram-channel.ts';

/** The Telegram channel when TELEGRAM_BOT_TOKEN is set; webhook mode when TELEGRAM_WEBHOOK_URL is too. */
export function telegramChannelFromConfig(
  config: Config,
  deps: { store: Store; logger: Logger; clock?: () => Date; inboxes?: InboxFactory },
): Channel | undefined {
  if (config.TELEGRAM_BOT_TOKEN === undefined) return undefined;
  return createTelegramChannel({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    ...(config.TELEGRAM_WEBHOOK_URL !== undefined
      ? {
          webhook: {
            url: config.TELEGRAM_WEBHOOK_URL,
            ...(config.TELEGRAM_WEBHOOK_SECRET !== undefined ? { secret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
          },
        }
      : {}),
    store: deps.store,
    ...(deps.inboxes ? { inbox: deps.inboxes('telegram') } : {}),
    logger: deps.logger,
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
}
