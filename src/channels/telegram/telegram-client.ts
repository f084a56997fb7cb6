import { Agent } from 'node:https';
import { Telegraf, type Telegram } from 'telegraf';
import { carriesMedia, createJsonTransport } from './json-transport.ts';

/** The Bot API client and the connections it keeps open. */
export interface TelegramClient {
  telegram: Telegram;
  /** Closes kept-alive connections (graceful shutdown). */
  close(): void;
}

/**
 * Creates the Telegraf API client for `apiRoot` (the public Bot API, a self-hosted one, or a
 * fake in tests). Only the client is used: polling, webhooks and routing are ours. Calls with a
 * JSON body (nearly all) go through our lean transport; uploads through Telegraf's own.
 */
export function createTelegramClient(token: string, apiRoot: string, timeoutMs?: number): TelegramClient {
  const agent = new Agent({ keepAlive: true, keepAliveMsecs: 10_000 });
  const bot = new Telegraf(token, { telegram: { apiRoot, agent, webhookReply: false } });
  const telegram = bot.telegram;
  const json = createJsonTransport(token, apiRoot, timeoutMs);
  const viaTelegraf = telegram.callApi.bind(telegram);
  // Every Telegram method of Telegraf goes through callApi: one place to reroute.
  telegram.callApi = ((method: string, payload: object, options?: { signal?: AbortSignal }) =>
    carriesMedia(payload)
      ? viaTelegraf(method as never, payload as never, options as never)
      : json.call(method, payload, options?.signal)) as typeof telegram.callApi;
  return {
    telegram,
    close: () => {
      agent.destroy();
      json.close();
    },
  };
}
