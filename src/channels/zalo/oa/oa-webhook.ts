import type { WebhookRoute } from '../../channel.ts';
import { headerValue } from '../../secret.ts';
import { parseZaloJson } from '../parse-json.ts';
import { oaEventSchema, type OaEvent } from './oa-schemas.ts';
import { OA_SIGNATURE_HEADER, parseOaSignatureHeader, verifyOaSignature } from './oa-signature.ts';
import { isFresh, timestampCandidates } from './oa-timestamp.ts';

export interface OaWebhookOptions {
  path: string;
  appId: string;
  /** The OA secret key (not the app secret). */
  oaSecretKey: string;
  clock: () => Date;
  /**
   * Keeps a verified event for asynchronous handling; false while the channel is not running, rejects when it could not
   * be kept.
   */
  accept: (event: OaEvent) => Promise<boolean>;
}

/** OA events are small (a text is at most 2,000 characters); a bigger body is not an event. */
export const OA_MAX_BODY_BYTES = 256 * 1024;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const UNAUTHORIZED = { status: 401, body: 'unauthorized' };

/**
 * The OA webhook, cheapest check first: 401 before the body is read without a well-formed
 * `X-ZEvent-Signature`; 401 when the signature does not match the raw bytes (the signed
 * timestamp is found by a scan, not a parse); 403 for an event older than 10 minutes (a
 * replay); only then is the JSON parsed: 400 for a body that is not an event, 200 at once
 * otherwise — Zalo retries slow webhooks, so the work happens after answering.
 */
export function oaWebhookRoute(options: OaWebhookOptions): WebhookRoute {
  return {
    method: 'POST',
    path: options.path,
    maxBodyBytes: OA_MAX_BODY_BYTES,
    checkHeaders: (headers) =>
      parseOaSignatureHeader(headerValue(headers, OA_SIGNATURE_HEADER)) ? 'unverified' : 'rejected',
    async handle(headers, rawBody) {
      const signature = headerValue(headers, OA_SIGNATURE_HEADER);
      const candidates = timestampCandidates(rawBody);
      const timestamp = (candidates.length ? candidates : ['']).find((t) =>
        verifyOaSignature(signature, options.appId, rawBody, t, options.oaSecretKey),
      );
      if (timestamp === undefined) return UNAUTHORIZED;
      if (timestamp === '') return { status: 400, body: 'bad request' };
      if (!isFresh(timestamp, options.clock())) return { status: 403, body: 'stale event' };
      const raw = parseZaloJson(rawBody);
      if (!isRecord(raw) || String(raw['timestamp']) !== timestamp) return { status: 400, body: 'bad request' };
      const event = oaEventSchema.safeParse(raw);
      if (!event.success) return { status: 400, body: 'bad request' };
      // 200 only once the event is kept (durable): a crash after it loses nothing.
      const kept = await options.accept(event.data).catch(() => undefined);
      return kept ? { status: 200, body: 'ok' } : { status: 503, body: kept === undefined ? 'busy' : 'not ready' };
    },
  };
}
