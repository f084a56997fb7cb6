import { createHmac } from 'node:crypto';
import { ConfigError } from '../../core/errors.ts';
import type { WebhookRoute } from '../channel.ts';
import { nestsDeeperThan } from '../json-depth.ts';
import { createSecretCheck } from '../secret.ts';
import { updateEnvelopeSchema, type UpdateEnvelope } from './update-schema.ts';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const SECRET_SHAPE = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * The configured webhook secret, or one derived from the token so that every process of the
 * same bot agrees on it without another setting. Telegram allows 1–256 of [A-Za-z0-9_-].
 */
export function webhookSecret(token: string, configured: string | undefined): string {
  if (configured === undefined) return createHmac('sha256', token).update('hocvuso telegram webhook').digest('hex');
  if (!SECRET_SHAPE.test(configured))
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET must be 1–256 characters of A-Z, a-z, 0-9, _ and -');
  return configured;
}

export interface WebhookRouteDeps {
  path: string;
  secret: string;
  /**
   * Keeps the update durably for processing: true once kept (or a duplicate), false while the
   * channel is not running; rejects when it could not be kept. Telegram retries both.
   */
  accept(update: UpdateEnvelope): Promise<boolean>;
}

/**
 * Telegram's webhook: 401 without the right secret header (checked before the body is read),
 * 400 for a body that is not an update or nests deeper than any update, 503 while stopped or
 * when the update could not be kept, otherwise 200 once it is kept (a Redis round trip); it is
 * processed afterwards so Telegram's request is never held open for an LLM call, and a crash
 * after the 200 does not lose it.
 */
export function createWebhookRoute(deps: WebhookRouteDeps): WebhookRoute {
  const matchesSecret = createSecretCheck(deps.secret);
  return {
    method: 'POST',
    path: deps.path,
    checkHeaders: (headers) => (matchesSecret(headers[SECRET_HEADER]) ? 'authenticated' : 'rejected'),
    async handle(headers, rawBody) {
      if (!matchesSecret(headers[SECRET_HEADER])) return { status: 401, body: 'unauthorized' };
      if (nestsDeeperThan(rawBody)) return { status: 400, body: 'nested too deeply' };
      let body: unknown;
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        return { status: 400, body: 'malformed JSON' };
      }
      const update = updateEnvelopeSchema.safeParse(body);
      if (!update.success) return { status: 400, body: 'not a Telegram update' };
      try {
        return (await deps.accept(update.data)) ? { status: 200, body: 'ok' } : { status: 503, body: 'not running' };
      } catch {
        return { status: 503, body: 'busy' };
      }
    },
  };
}
