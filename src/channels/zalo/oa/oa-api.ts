import type { Logger } from '../../../core/logger.ts';
import { OA_TOKEN_ERRORS, oaError, retryAfterMs, ZaloAuthError } from '../zalo-errors.ts';
import { zaloFetch } from '../zalo-http.ts';
import type { OaMessage, OaRecipient } from './oa-message.ts';
import { oaEnvelopeSchema } from './oa-schemas.ts';
import type { OaTokens } from './oa-tokens.ts';

/** A thin typed client of the Zalo OA Open API v3 (the parts the tutor uses). */
export interface ZaloOaApi {
  /**
   * Sends a customer-service message: a reply (`{message_id}`, free within Zalo's window) or a
   * proactive message (`{user_id}`). Token errors (-216/-220) refresh the token and retry once;
   * everything else throws a typed `ChannelError` without retrying.
   */
  sendCs(recipient: OaRecipient, message: OaMessage): Promise<void>;
}

export interface ZaloOaApiOptions {
  /** Default `https://openapi.zalo.me`. */
  apiRoot: string;
  tokens: OaTokens;
  logger: Logger;
  timeoutMs?: number;
}

export function createZaloOaApi(options: ZaloOaApiOptions): ZaloOaApi {
  const url = `${options.apiRoot.replace(/\/+$/, '')}/v3.0/oa/message/cs`;
  return {
    async sendCs(recipient, message) {
      let token = await options.tokens.accessToken();
      for (let attempt = 0; ; attempt++) {
        const res = await zaloFetch(
          url,
          {
            headers: { 'content-type': 'application/json', access_token: token },
            body: JSON.stringify({ recipient, message }),
            timeoutMs: options.timeoutMs ?? 15_000,
          },
          'Zalo OA message/cs',
        );
        const envelope = oaEnvelopeSchema.safeParse(res.body);
        const code = envelope.success ? envelope.data.error : undefined;
        if (code === 0 && res.status < 400) return;
        if (code !== undefined && OA_TOKEN_ERRORS.has(code) && attempt === 0) {
          token = await options.tokens.replaceRejected(token);
          continue;
        }
        const error = oaError(
          code,
          envelope.data?.message ?? (res.body === undefined ? 'response is not JSON' : 'request failed'),
          res.status,
          retryAfterMs(res.headers),
        );
        if (error instanceof ZaloAuthError)
          options.logger.error({ err: error.message }, 'zalo oa refused our access token after a refresh');
        throw error;
      }
    },
  };
}
