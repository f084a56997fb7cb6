import { TelegramError } from 'telegraf';
import {
  type ChannelError,
  PermanentChannelError,
  RateLimitedError,
  RecipientUnreachableError,
  TransientChannelError,
} from '../../core/errors.ts';

/** Bot tokens look like `123456:AA…`; Telegraf puts them in every request URL. */
const TOKEN_IN_URL = /\b(bot|user)?\d{5,}:[A-Za-z0-9_-]{20,}/g;

/** Removes the bot token (and anything shaped like one) from a message meant for logs. */
export function redactToken(text: string, token: string): string {
  const literal = token === '' ? text : text.split(token).join('[redacted]');
  return literal.replace(TOKEN_IN_URL, (_m, prefix: string | undefined) => `${prefix ?? ''}[redacted]`);
}

/** The 429 wait Telegram asked for, in milliseconds (1 s when it forgot to say). */
function retryAfterMs(error: TelegramError): number {
  const seconds = error.parameters?.retry_after;
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : 1000;
}

/**
 * Turns whatever Telegraf threw into the core's channel errors: 429 → rate limited,
 * 403 → recipient unreachable (blocked, kicked, deactivated), 5xx and network failures →
 * transient, any other API refusal → permanent. Messages never contain the token.
 */
export function mapTelegramError(error: unknown, method: string, token: string): ChannelError {
  if (error instanceof TelegramError) {
    const message = `telegram ${method} failed: ${redactToken(error.message, token)}`;
    if (error.code === 429) return new RateLimitedError(retryAfterMs(error), message);
    if (error.code === 403) return new RecipientUnreachableError('blocked', message);
    if (error.code >= 500) return new TransientChannelError(message);
    return new PermanentChannelError(message);
  }
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new TransientChannelError(`telegram ${method} failed: ${redactToken(raw, token)}`);
}
