import { Agent } from 'node:https';
import { Telegraf, type Telegram } from 'telegraf';

/** The Bot API client and the connections it keeps open. */
export interface TelegramClient {
  telegram: Telegram;
  /** Closes kept-alive connections (graceful shutdown). */
  close(): void;
}

/**
 * Creates the Telegraf API client for `apiRoot` (the public Bot API, a self-hosted one, or a
 * fake in tests). Only the client is used: polling, webhooks and routing are ours.
 */
export function createTelegramClient(token: string, apiRoot: string): TelegramClient {
  const agent = new Agent({ keepAlive: true, keepAliveMsecs: 10_000 });
  const bot = new Telegraf(token, { telegram: { apiRoot, agent, webhookReply: false } });
  return { telegram: bot.telegram, close: () => agent.destroy() };
}
