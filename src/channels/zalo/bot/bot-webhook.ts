import type { WebhookRoute } from '../../channel.ts';
import { parseZaloJson } from '../parse-json.ts';
import { createSecretCheck, headerValue } from '../../secret.ts';
import { readUpdates, type BotUpdate } from './bot-schemas.ts';

export const BOT_SECRET_HEADER = 'x-bot-api-secret-token';

/**
 * The Bot API webhook: checks `X-Bot-Api-Secret-Token` in constant time before the body is
 * read (401), reads the update in its flat or wrapped form (400 when unreadable or nested
 * deeper than any update), hands it over and answers at once.
 * `accept` returns false while the channel is not running (503, so Zalo delivers it again).
 */
export function botWebhookRoute(options: {
  path: string;
  secret: string;
  accept: (updates: BotUpdate[]) => Promise<boolean>;
}): WebhookRoute {
  const matchesSecret = createSecretCheck(options.secret);
  return {
    method: 'POST',
    path: options.path,
    checkHeaders: (headers) => (matchesSecret(headerValue(headers, BOT_SECRET_HEADER)) ? 'authenticated' : 'rejected'),
    async handle(headers, rawBody) {
      if (!matchesSecret(headerValue(headers, BOT_SECRET_HEADER))) return { status: 401, body: 'unauthorized' };
      const updates = readUpdates(parseZaloJson(rawBody));
      if (updates.length === 0) return { status: 400, body: 'bad request' };
      // 200 only once the updates are kept (durable): a crash after it loses nothing.
      const kept = await options.accept(updates).catch(() => undefined);
      return kept ? { status: 200, body: 'ok' } : { status: 503, body: kept === undefined ? 'busy' : 'not ready' };
    },
  };
}
