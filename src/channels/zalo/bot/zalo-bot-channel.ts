import { ConfigError, PermanentChannelError } from '../../../core/errors.ts';
import type { Logger } from '../../../core/logger.ts';
import { channelOf, type ConversationId, type Reply } from '../../../core/message.ts';
import type { Store } from '../../../core/store.ts';
import { randomUUID } from 'node:crypto';
import { BUSY_REPLY } from '../../../core/router/tutor.ts';
import { createMemoryInbox } from '../../../queue/memory-inbox.ts';
import type { Inbox } from '../../inbox.ts';
import { createInboxIntake } from '../../inbox-intake.ts';
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
  /** Remembers delivered message ids (Zalo may deliver an update twice) with the memory inbox. */
  store: Store;
  /** Keeps updates until answered; an in-process inbox deduping through `store` when omitted. */
  inbox?: Inbox;
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
  let poller: BotPoller | undefined;
  const send = async (to: ConversationId, parts: Reply) => {
    const chatId = chatIdOf(to);
    for (const item of renderBot(parts)) {
      if (item.method === 'sendPhoto') await options.api.sendPhoto(chatId, item.photo, item.caption);
      else await options.api.sendMessage(chatId, item.text);
    }
  };
  const intake = createInboxIntake({
    inbox: options.inbox ?? createMemoryInbox({ store: options.store, logger: log }),
    logger: log,
    toInbound: (body) => {
      const inbound = botInbound(body as BotUpdate, options.clock());
      if (!inbound) log.debug({ event: (body as BotUpdate).event_name }, 'zalo bot update ignored');
      return inbound;
    },
    sendBusy: (to) => send(to, BUSY_REPLY),
  });

  /**
   * Keeps every update (durably with Redis): true once all are kept, false while stopped; rejects when one could not be
   * kept.
   */
  async function accept(updates: BotUpdate[]): Promise<boolean> {
    const kept = await Promise.all(
      updates.map((u) => intake.accept(`zalo:${u.message?.message_id ?? randomUUID()}`, u)),
    );
    return !kept.includes('stopped');
  }

  return {
    name: 'zalo',
    async start(onInbound) {
      await intake.open(onInbound);
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
        onUpdates: (updates) => accept(updates),
      });
    },
    async stop() {
      await poller?.stop();
      poller = undefined;
      await intake.close();
    },
    send,
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
    idle: () => intake.idle(),
  };
}
