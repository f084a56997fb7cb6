/** Base of every error hocvuso raises on purpose; `code` is stable for logs and metrics. */
export class HocvusoError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration value is missing or malformed. */
export class ConfigError extends HocvusoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
  }
}

/** One problem found in a content file, with the place it was found and how to fix it. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** Content files (flows, knowledge, prompts) are broken; lists every problem. */
export class ContentError extends HocvusoError {
  constructor(readonly problems: ContentProblem[]) {
    super('content', problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  }
}

/** The store could not complete an operation (Redis down, too much contention). */
export class StoreError extends HocvusoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store', message, options);
  }
}

/** Sending through a channel failed. Subclasses tell the queue what to do next. */
export class ChannelError extends HocvusoError {}

/** The platform asked us to slow down; retry the same message after `retryAfterMs`. */
export class RateLimitedError extends ChannelError {
  constructor(
    readonly retryAfterMs: number,
    message = 'rate limited',
  ) {
    super('rate_limited', message);
  }
}

/** The recipient cannot be reached now; never retried. */
export class RecipientUnreachableError extends ChannelError {
  constructor(
    readonly reason: 'blocked' | 'outside_window' | 'not_follower',
    message: string,
  ) {
    super(`unreachable_${reason}`, message);
  }
}

/** Network failure or a 5xx: worth retrying with backoff. */
export class TransientChannelError extends ChannelError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('transient', message, options);
  }
}

/** The platform rejected the request for good (bad parameters, unknown chat). */
export class PermanentChannelError extends ChannelError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('permanent', message, options);
  }
}

/**
 * The month's proactive-message quota (Zalo OA) is used up: not sent, and never retried, since
 * retrying cannot help before the quota renews. Counted as the outcome `quota`.
 */
export class QuotaExhaustedError extends ChannelError {
  constructor(message: string) {
    super('quota', message);
  }
}
