import { z } from 'zod';
import { zaloFetch } from '../zalo-http.ts';
import { botError, retryAfterMs } from '../zalo-errors.ts';
import { botEnvelopeSchema, readUpdates, type BotUpdate } from './bot-schemas.ts';

/** Options of the Bot API client. */
export interface ZaloBotApiOptions {
  /** `<bot_id>:<secret>`; never logged. */
  token: string;
  /** Default `https://bot-api.zaloplatforms.com`. */
  apiRoot: string;
  /** Timeout of a normal call (default 15 s); long polls add their own timeout. */
  timeoutMs?: number;
}

/** A thin typed client of the Zalo Bot API (`POST <root>/bot<token>/<method>`). */
export interface ZaloBotApi {
  getMe(): Promise<{ id: string; name?: string }>;
  /** Long poll. Resolves to [] when nothing new arrived (error 408). */
  getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<BotUpdate[]>;
  setWebhook(url: string, secretToken: string): Promise<void>;
  deleteWebhook(): Promise<void>;
  sendMessage(chatId: string, text: string): Promise<void>;
  sendPhoto(chatId: string, photoUrl: string, caption?: string): Promise<void>;
  sendChatAction(chatId: string, action: 'typing' | 'upload_photo'): Promise<void>;
}

const botInfoSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  account_name: z.string().optional(),
});

export function createZaloBotApi(options: ZaloBotApiOptions): ZaloBotApi {
  const root = options.apiRoot.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  /** Calls a method; returns the raw body (getUpdates may answer with a flat update, without `ok`). */
  async function call(
    method: string,
    body: Record<string, unknown>,
    extra: { timeoutMs?: number; signal?: AbortSignal; quietCodes?: number[] } = {},
  ): Promise<unknown> {
    const res = await zaloFetch(
      `${root}/bot${options.token}/${method}`,
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        timeoutMs: extra.timeoutMs ?? timeoutMs,
        ...(extra.signal ? { signal: extra.signal } : {}),
      },
      `Zalo Bot API ${method}`,
    );
    const envelope = botEnvelopeSchema.safeParse(res.body);
    const failed = res.status >= 400 || (envelope.success && !envelope.data.ok) || res.body === undefined;
    if (!failed) return res.body;
    const code = (envelope.success ? envelope.data.error_code : undefined) ?? (res.status >= 400 ? res.status : 500);
    if (extra.quietCodes?.includes(code)) return undefined;
    const description =
      (envelope.success ? envelope.data.description : undefined) ??
      (res.body === undefined ? 'response is not JSON' : 'request failed');
    throw botError(method, code, description, retryAfterMs(res.headers));
  }

  const result = (raw: unknown): unknown => botEnvelopeSchema.safeParse(raw).data?.result;

  return {
    async getMe() {
      const info = botInfoSchema.parse(result(await call('getMe', {})));
      return { id: info.id, ...(info.account_name ? { name: info.account_name } : {}) };
    },
    async getUpdates(timeoutSeconds, signal) {
      const raw = await call(
        'getUpdates',
        { timeout: String(timeoutSeconds) },
        { timeoutMs: (timeoutSeconds + 10) * 1000, quietCodes: [408], ...(signal ? { signal } : {}) },
      );
      return raw === undefined ? [] : readUpdates(raw);
    },
    async setWebhook(url, secretToken) {
      await call('setWebhook', { url, secret_token: secretToken });
    },
    async deleteWebhook() {
      await call('deleteWebhook', {});
    },
    async sendMessage(chatId, text) {
      await call('sendMessage', { chat_id: chatId, text });
    },
    async sendPhoto(chatId, photoUrl, caption) {
      await call('sendPhoto', { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) });
    },
    async sendChatAction(chatId, action) {
      await call('sendChatAction', { chat_id: chatId, action });
    },
  };
}
