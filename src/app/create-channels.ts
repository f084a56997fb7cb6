import type { Channel } from '../channels/channel.ts';
import { telegramChannelFromConfig } from '../channels/telegram/from-config.ts';
import { createZaloChannels, type ZaloDeps } from '../channels/zalo/create-zalo-channels.ts';
import { createInboxFactory } from './create-inbox.ts';

/** What the adapters are built from: settings, the store (dedupe, tokens, inboxes), logs and the clock. */
export type ChannelDeps = Omit<ZaloDeps, 'inboxes'>;

/**
 * The chat channels enabled by config (a token or key present enables a channel).
 * Each adapter registers itself here; `serve` starts them all.
 */
export function createChannels(app: ChannelDeps): Channel[] {
  const channels: Channel[] = [];
  const inboxes = createInboxFactory(app.config, app.store, app.logger);
  // Telegram: src/channels/telegram (TELEGRAM_BOT_TOKEN)
  const telegram = telegramChannelFromConfig(app.config, {
    store: app.store,
    logger: app.logger,
    clock: app.clock,
    inboxes,
  });
  if (telegram) channels.push(telegram);
  // Zalo Bot and Zalo OA: src/channels/zalo (ZALO_BOT_TOKEN, ZALO_OA_*)
  channels.push(...createZaloChannels({ ...app, inboxes }));
  return channels;
}
