import type { Channel } from '../channels/channel.ts';
import { telegramChannelFromConfig } from '../channels/telegram/from-config.ts';
import { createZaloChannels } from '../channels/zalo/create-zalo-channels.ts';
import type { App } from './create-app.ts';

/**
 * The chat channels enabled by config (a token or key present enables a channel).
 * Each adapter registers itself here; `serve` starts them all.
 */
export function createChannels(app: App): Channel[] {
  const channels: Channel[] = [];
  // Telegram: src/channels/telegram (TELEGRAM_BOT_TOKEN)
  const telegram = telegramChannelFromConfig(app.config, { store: app.store, logger: app.logger, clock: app.clock });
  if (telegram) channels.push(telegram);
  // Zalo Bot and Zalo OA: src/channels/zalo (ZALO_BOT_TOKEN, ZALO_OA_*)
  channels.push(...createZaloChannels(app));
  void app;
  return channels;
}
