import { PermanentChannelError } from '../../../core/errors.ts';
import type { Logger } from '../../../core/logger.ts';
import { channelOf, type ConversationId, type Reply } from '../../../core/message.ts';
import type { ReplyWindows } from '../../../core/learners/reply-window.ts';
import type { QuotaLedger } from '../../../core/outbound/quota-ledger.ts';
import type { Store } from '../../../core/store.ts';
import { BUSY_REPLY } from '../../../core/router/tutor.ts';
import { createMemoryInbox } from '../../../queue/memory-inbox.ts';
import type { Inbox } from '../../inbox.ts';
import { createInboxIntake } from '../../inbox-intake.ts';
import type { ZaloChannel } from '../zalo-channel.ts';
import type { ZaloOaApi } from './oa-api.ts';
import { oaInbound } from './oa-inbound.ts';
import { createOaSender } from './oa-sender.ts';
import type { OaEvent } from './oa-schemas.ts';
import { OA_TOKENS_KEY, type OaTokens } from './oa-tokens.ts';
import { oaWebhookRoute } from './oa-webhook.ts';
import { renderOa } from './render-oa.ts';

/** Where the OA webhook is served. */
export const ZALO_OA_WEBHOOK_PATH = '/webhook/zalo-oa';

export interface ZaloOaChannelOptions {
  api: ZaloOaApi;
  tokens: OaTokens;
  /** Remembers delivered event ids (Zalo retries webhooks) with the memory inbox. */
  store: Store;
  /** Keeps events until answered; an in-process inbox deduping through `store` when omitted. */
  inbox?: Inbox;
  logger: Logger;
  clock: () => Date;
  appId: string;
  /** The OA secret key that signs webhooks. */
  oaSecretKey: string;
  /** Each person's free-reply window (opened by their messages, spent by sends). */
  windows: ReplyWindows;
  /** The month's proactive-message quota. */
  ledger: QuotaLedger;
}

function userIdOf(to: ConversationId): string {
  if (channelOf(to) !== 'zalooa') throw new PermanentChannelError(`not a Zalo OA conversation: ${to.split(':')[0]}`);
  return to.slice('zalooa:'.length);
}

/** Idempotency key of an event: its message id, or what identifies a follow/unfollow. */
function eventKey(event: OaEvent): string {
  const id =
    event.message?.msg_id ??
    `${event.event_name}:${event.follower?.id ?? event.sender?.id ?? ''}:${event.timestamp ?? ''}`;
  return `zalooa:${id}`;
}

/** The Zalo Official Account channel: signed webhooks in, customer-service messages with buttons out. */
export function createZaloOaChannel(options: ZaloOaChannelOptions): ZaloChannel {
  const log = options.logger.child({ channel: 'zalooa' });
  const sendOa = createOaSender({
    api: options.api,
    windows: options.windows,
    ledger: options.ledger,
    clock: options.clock,
  });
  const send = (to: ConversationId, parts: Reply) => sendOa(userIdOf(to), renderOa(parts));
  const intake = createInboxIntake({
    inbox: options.inbox ?? createMemoryInbox({ store: options.store, logger: log }),
    logger: log,
    toInbound: (body) => oaInbound(body as OaEvent, options.clock()),
    sendBusy: async (to) => void (await send(to, BUSY_REPLY)),
  });

  /** Keeps a verified event (durably with Redis); false while stopped; rejects when it could not be kept. */
  async function accept(event: OaEvent): Promise<boolean> {
    if (!oaInbound(event, options.clock())) {
      log.debug({ event: event.event_name }, 'zalo oa event ignored');
      return true;
    }
    // The person's latest message id opens free replies (Zalo's window and budget).
    const msgId = event.message?.msg_id;
    if (msgId && event.sender) await options.windows.opened(event.sender.id, msgId, options.clock());
    return (await intake.accept(eventKey(event), event)) !== 'stopped';
  }

  return {
    name: 'zalooa',
    async start(onInbound) {
      await intake.open(onInbound);
      const problem = await options.tokens.problem().catch(() => undefined);
      const stored = await options.store.get(OA_TOKENS_KEY).catch(() => 'unknown');
      if (problem || stored === undefined) log.warn({ problem }, 'zalo oa cannot send yet: run `hocvuso zalo oa-auth`');
    },
    stop: () => intake.close(),
    send,
    routes() {
      return [
        oaWebhookRoute({
          path: ZALO_OA_WEBHOOK_PATH,
          appId: options.appId,
          oaSecretKey: options.oaSecretKey,
          clock: options.clock,
          accept,
        }),
      ];
    },
    async healthy() {
      return (await options.tokens.problem().catch(() => undefined)) === undefined;
    },
    // Keeps the single-use refresh token young while the OA sends nothing for weeks.
    async maintain(now) {
      await options.tokens.keepAlive(now);
    },
    idle: () => intake.idle(),
  };
}
