import { PermanentChannelError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { ConversationId } from '../../core/message.ts';
import type { Store } from '../../core/store.ts';
import type { Channel } from '../channel.ts';
import { createApiCaller } from './api-caller.ts';
import { createCallbackLedger } from './callback-ledger.ts';
import { identifyBot, registerCommands } from './bot-setup.ts';
import { createFileDownloader } from './file-download.ts';
import { escapeHtml } from './html.ts';
import { ALLOWED_UPDATES, createPoller, type Poller } from './poller.ts';
import { createReplySender } from './send-reply.ts';
import { realSleep, type Sleep } from './sleep.ts';
import { createTelegramClient } from './telegram-client.ts';
import { telegramRefOf } from './telegram-ref.ts';
import { createTypingIndicator } from './typing.ts';
import { BUSY_REPLY } from '../../core/router/tutor.ts';
import { createMemoryInbox } from '../../queue/memory-inbox.ts';
import type { Inbox } from '../inbox.ts';
import { createUpdateIntake } from './update-intake.ts';
import { createWebhookRoute, webhookSecret } from './webhook-route.ts';

export interface TelegramChannelOptions {
  token: string;
  /** Bot API root: the public one, a self-hosted server, or a fake in tests. */
  apiRoot: string;
  /** Webhook mode when set (route path = the URL's path); long polling otherwise. */
  webhook?: { url: string; secret?: string };
  /** Remembers delivered update ids (memory inbox), so a redelivered update is handled once. */
  store: Store;
  /** Keeps updates until answered; an in-process inbox deduping through `store` when omitted. */
  inbox?: Inbox;
  logger: Logger;
  clock?: () => Date;
  /** Waits for 429 `retry_after` and polling backoff; tests pass one that does not really wait. */
  sleep?: Sleep;
  /** getUpdates long-poll timeout in seconds (default 25). */
  pollTimeoutSeconds?: number;
  /** A Bot API call with no answer for this long (plus a long poll's wait) fails and is retried (default 30 s). */
  requestTimeoutMs?: number;
  /** Longest `retry_after` a reply waits for inline before failing with RateLimitedError (default 30 s). */
  maxRetryWaitMs?: number;
}

/** Editable messages are short status lines; longer text is cut to one message. */
const EDITABLE_LIMIT = 4000;

function chatIdOf(to: ConversationId): number {
  const m = to.match(/^telegram:(-?\d{1,20})$/);
  if (!m) throw new PermanentChannelError('not a Telegram conversation id');
  return Number(m[1]);
}

/** The Telegram adapter: long polling or webhook in, inline buttons and HTML out. */
export function createTelegramChannel(options: TelegramChannelOptions): Channel {
  const { token, webhook } = options;
  const logger = options.logger.child({ channel: 'telegram' });
  const sleep = options.sleep ?? realSleep;
  const { telegram, close } = createTelegramClient(token, options.apiRoot, options.requestTimeoutMs);
  const call = createApiCaller({
    token,
    sleep,
    logger,
    ...(options.maxRetryWaitMs !== undefined ? { maxWaitMs: options.maxRetryWaitMs } : {}),
  });
  const callbacks = createCallbackLedger();
  const sendReply = createReplySender({ telegram, call, logger, callbacks });
  // A proactive message (no inbound it answers) comes from the outbound queue, which pauses the
  // whole channel on a 429 and sends it again in its turn; waiting here would send it on top of
  // the queue's pace and run into the limit again.
  const proactiveCall = createApiCaller({ token, sleep, logger, maxWaitMs: 0 });
  const sendProactive = createReplySender({ telegram, call: proactiveCall, logger, callbacks });
  // Paid broadcasts (Bot API 7.11): up to 1,000/s, 0.1 Star each, for the jobs the queue paces so.
  const sendPaid = createReplySender({
    telegram,
    call: proactiveCall,
    logger,
    callbacks,
    extra: { allow_paid_broadcast: true },
  });
  const typing = createTypingIndicator(async (chatId) => {
    await call('sendChatAction', () => telegram.sendChatAction(chatId, 'typing'));
  });
  const intake = createUpdateIntake({
    inbox: options.inbox ?? createMemoryInbox({ store: options.store, logger }),
    sendBusy: (to) => sendProactive(chatIdOf(to), BUSY_REPLY),
    logger,
    now: options.clock ?? (() => new Date()),
    fetchFile: createFileDownloader({ telegram, call, token }),
    callbacks,
    answerCallback: (id) =>
      call('answerCallbackQuery', () => telegram.answerCbQuery(id)).then(
        () => undefined,
        (error: Error) => logger.debug({ err: error.message }, 'callback answer failed'),
      ),
  });
  const secret = webhook ? webhookSecret(token, webhook.secret) : undefined;
  const route =
    webhook && secret
      ? createWebhookRoute({
          path: new URL(webhook.url).pathname,
          secret,
          accept: async (u) => (await intake.accept(u)) !== 'stopped',
        })
      : undefined;
  let poller: Poller | undefined;
  let started = false;
  let stopping: Promise<void> | undefined;

  return {
    name: 'telegram',
    async start(handler) {
      const bot = await identifyBot({ telegram, token, sleep, logger });
      await registerCommands({ telegram, call, logger });
      if (webhook && secret) {
        await call('setWebhook', () =>
          telegram.setWebhook(webhook.url, {
            secret_token: secret,
            allowed_updates: [...ALLOWED_UPDATES],
            max_connections: 40,
          }),
        );
        await intake.open(handler, bot);
      } else {
        // A webhook left from an earlier deployment would make getUpdates fail with 409.
        await call('deleteWebhook', () => telegram.deleteWebhook()).catch((error: Error) =>
          logger.warn({ err: error.message }, 'deleteWebhook failed'),
        );
        await intake.open(handler, bot);
        poller = createPoller({
          telegram,
          token,
          logger,
          sleep,
          accept: (u) => intake.acceptRaw(u),
          timeoutSeconds: options.pollTimeoutSeconds ?? 25,
        });
        poller.start();
      }
      started = true;
      logger.info({ mode: webhook ? 'webhook' : 'polling', bot: bot.username }, 'telegram channel started');
    },
    stop() {
      stopping ??= (async () => {
        await poller?.stop();
        await intake.close();
        await poller?.confirm();
        typing.stopAll();
        close();
      })();
      return stopping;
    },
    async send(to, parts, sendOptions) {
      const chatId = chatIdOf(to);
      typing.stop(chatId);
      if (sendOptions?.inReplyTo)
        await sendReply(chatId, parts, telegramRefOf(sendOptions.inReplyTo), sendOptions.onPartSent);
      else if (sendOptions?.paid) await sendPaid(chatId, parts);
      else await sendProactive(chatId, parts);
    },
    async sendEditable(to, text) {
      const chatId = chatIdOf(to);
      const sent = await call('sendMessage', () =>
        telegram.sendMessage(chatId, escapeHtml(text.slice(0, EDITABLE_LIMIT)), {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
        }),
      );
      return String(sent.message_id);
    },
    async editText(to, handle, text) {
      const chatId = chatIdOf(to);
      const messageId = Number(handle);
      if (!Number.isInteger(messageId)) throw new PermanentChannelError('not a Telegram message handle');
      try {
        await call('editMessageText', () =>
          telegram.editMessageText(chatId, messageId, undefined, escapeHtml(text.slice(0, EDITABLE_LIMIT)), {
            parse_mode: 'HTML',
          }),
        );
      } catch (error) {
        // The same text again (two progress updates with equal figures) is not a failure.
        if (!(error instanceof PermanentChannelError && error.message.includes('message is not modified'))) throw error;
      }
    },
    async typing(to) {
      await typing.start(chatIdOf(to));
    },
    routes: () => (route ? [route] : []),
    async healthy() {
      return started && stopping === undefined && (poller?.healthy ?? true);
    },
  };
}
