import type { WebhookRoute } from '../../channel.ts';
import { parseZaloJson } from '../parse-json.ts';
import { headerValue } from '../../secret.ts';
import { oaEventSchema, type OaEvent } from './oa-schemas.ts';
import { OA_SIGNATURE_HEADER, verifyOaSignature } from './oa-signature.ts';

export interface OaWebhookOptions {
  path: string;
  appId: string;
  /** The OA secret key (not the app secret). */
  oaSecretKey: string;
  /** Keeps a verified event for asynchronous handling; false while the channel is not running, rejects when it could not be kept. */
  accept: (event: OaEvent) => Promise<boolean>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The OA webhook: 401 without a valid `X-ZEvent-Signature` (checked over the raw bytes with the
 * body's timestamp), 400 for a body that is not an event, 200 at once otherwise — Zalo retries
 * slow webhooks, so the work happens after answering. Unknown events are accepted and ignored.
 */
export function oaWebhookRoute(options: OaWebhookOptions): WebhookRoute {
  return {
    method: 'POST',
    path: options.path,
    async handle(headers, rawBody) {
      const signature = headerValue(headers, OA_SIGNATURE_HEADER);
      if (!signature) return { status: 401, body: 'unauthorized' };
      const raw = parseZaloJson(rawBody);
      if (!isRecord(raw)) return { status: 400, body: 'bad request' };
      const timestamp =
        typeof raw['timestamp'] === 'string' || typeof raw['timestamp'] === 'number' ? String(raw['timestamp']) : '';
      if (!verifyOaSignature(signature, options.appId, rawBody, timestamp, options.oaSecretKey))
        return { status: 401, body: 'unauthorized' };
      const event = oaEventSchema.safeParse(raw);
      if (!event.success) return { status: 400, body: 'bad request' };
      // 200 only once the event is kept (durable): a crash after it loses nothing.
      const kept = await options.accept(event.data).catch(() => undefined);
      return kept ? { status: 200, body: 'ok' } : { status: 503, body: kept === undefined ? 'busy' : 'not ready' };
    },
  };
}
