import { ConfigError, PermanentChannelError } from '../../../core/errors.ts';
import type { Logger } from '../../../core/logger.ts';
import { channelOf, type ConversationId } from '../../../core/message.ts';
import type { Store } from '../../../core/store.ts';
import type { InboundHandler } from '../../channel.ts';
import { createKeyedQueue } from '../../keyed-queue.ts';
import { firstDelivery } from '../seen-once.ts';
import type { ZaloChannel } from '../zalo-channel.ts';
import type { ZaloBotApi } from './bot-api.ts';
import { botInbound } from './bot-inbound.ts';
import { startBotPolling, type BotPoller } from './bot-polling.ts';
import type { BotUpdate } from './bot-schemas.ts';
import { botWebhookRoute } from './bot-webhook.ts';
import { renderBot } from './render-bot.ts';

/** Where the Bot API webhook is served. */
export const ZALO_BOT_WEBHOOK_PATH = '/webhook/zalo-bot';

export interface ZaloBotChannelOptions {
  api: ZaloBotApi;
  /** Remembers delivered message ids (Zalo may deliver an update twice). */
  store: Store;
  logger: Logger;
  clock: () => Date;
  /** Public URL Zalo posts updates to; unset means long polling. */
  webhookUrl?: string;
  /** Required with `webhookUrl`: 8–256 characters, checked in `X-Bot-Api-Secret-Token`. */
  webhookSecret?: string;
  /** Long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
}

function chatIdOf(to: ConversationId): string {
  if (channelOf(to) !== 'zalo') throw new PermanentChannelError(`not a Zalo Bot conversation: ${to.split(':')[0]}`);
  return to.slice('zalo:'.length);
}

/** The Zalo Bot API channel: numbered text instead of buttons, webhook or long polling. */
export function createZaloBotChannel(options: ZaloBotChannelOptions): ZaloChannel {
  const secret = options.webhookSecret;
  if (options.webhookUrl !== undefined && (secret === undefined || secret.length < 8 || secret.length > 256)) {
    throw new ConfigError('ZALO_BOT_WEBHOOK_SECRET (8–256 characters) is required when ZALO_BOT_WEBHOOK_URL is set');
  }
  const log = options.logger.child({ channel: 'zalo' });
  const work = createKeyedQueue((error) => log.error({ err: (error as Error).message }, 'zalo bot message failed'));
  let handler: InboundHandler | undefined;
  let poller: BotPoller | undefined;
  let stopped = false;

  function accept(updates: BotUpdate[]): boolean {
    const deliver = handler;
    if (!deliver || stopped) return false;
    for (const update of updates) {
      const inbound = botInbound(update, options.clock());
      if (!inbound) {
        log.debug({ event: update.event_name }, 'zalo bot update ignored');
        continue;
      }
      const messageId = update.message?.message_id;
      work.run(inbound.conversationId, async () => {
        if (messageId !== undefined && !(await firstDelivery(options.store, `zalo:seen:${messageId}`, log))) return;
        await deliver(inbound);
      });
    }
    return true;
  }

  return {
    name: 'zalo',
    async start(onInbound) {
      handler = onInbound;
      stopped = false;
      if (options.webhookUrl !== undefined && secret !== undefined) {
        await options.api
          .setWebhook(options.webhookUrl, secret)
          .catch((error: Error) =>
            log.error({ err: error.message }, 'zalo bot setWebhook failed; run `hocvuso zalo set-webhook`'),
          );
        return;
      }
      poller = startBotPolling({
        api: options.api,
        timeoutSeconds: options.pollTimeoutSeconds ?? 30,
        logger: log,
        onUpdates: (updates) => void accept(updates),
      });
    },
    async stop() {
      stopped = true;
      await poller?.stop();
      poller = undefined;
      await work.drain();
    },
    async send(to, parts) {
      const chatId = chatIdOf(to);
      for (const item of renderBot(parts)) {
        if (item.method === 'sendPhoto') await options.api.sendPhoto(chatId, item.photo, item.caption);
        else await options.api.sendMessage(chatId, item.text);
      }
    },
    async typing(to) {
      await options.api.sendChatAction(chatIdOf(to), 'typing');
    },
    routes() {
      return options.webhookUrl !== undefined && secret !== undefined
        ? [botWebhookRoute({ path: ZALO_BOT_WEBHOOK_PATH, secret, accept })]
        : [];
    },
    async healthy() {
      return (poller?.failures ?? 0) < 3;
    },
    idle: () => work.drain(),
  };
}
