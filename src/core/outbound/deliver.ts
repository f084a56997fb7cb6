import {
  PermanentChannelError,
  QuotaExhaustedError,
  RateLimitedError,
  RecipientUnreachableError,
  StoreError,
  TransientChannelError,
} from '../errors.ts';
import { markUnreachable } from '../learners/reachability.ts';
import type { OutboundJob, OutboundWorkerDeps, Sender, UnreachableReason } from './outbound-job.ts';

/** What happened to one delivery attempt; queue implementations turn it into retries or pauses. */
export type DeliveryOutcome =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'unreachable'; reason: UnreachableReason }
  /** The platform said 429: pause the whole channel, then try the same job again (no attempt spent). */
  | { status: 'rate_limited'; retryAfterMs: number }
  /** Network error, 5xx or store hiccup: retry with backoff. */
  | { status: 'retry'; error: Error }
  /** Rejected for good: never retried. */
  | { status: 'failed'; error: Error };

export const OUTBOUND_COUNTS_KEY = 'outbound:counts';

/**
 * Renders and sends one job, classifying the result. Counts every final outcome in
 * `outbound:counts` (`reminder:sent`, `reminder:skipped:paused`, `broadcast:unreachable:blocked`…).
 * `finalAttempt` tells whether a transient failure now is the last one (counted as failed).
 */
export async function deliver(
  job: OutboundJob,
  sender: Sender,
  deps: Omit<OutboundWorkerDeps, 'senders'>,
  finalAttempt: boolean,
): Promise<DeliveryOutcome> {
  const count = (field: string) => deps.store.incr(OUTBOUND_COUNTS_KEY, `${job.kind}:${field}`).catch(() => 0);
  const handler = deps.handlers.get(job.kind);
  if (!handler) {
    await count('failed:no_handler');
    return { status: 'failed', error: new PermanentChannelError(`no handler for outbound kind ${job.kind}`) };
  }
  const now = deps.clock();
  /** A final failure: counted, and told to the handler (which must not break the worker). */
  const fail = async (field: string) => {
    await count(field);
    await handler
      .failed?.(job, field, deps.clock())
      .catch((error: Error) => deps.logger.warn({ kind: job.kind, err: error.message }, 'failure follow-up failed'));
  };
  let rendered;
  try {
    rendered = await handler.render(job, now);
  } catch (error) {
    return retryOrFail(error, finalAttempt, fail);
  }
  if (!Array.isArray(rendered)) {
    await count(`skipped:${rendered.skip}`);
    return { status: 'skipped', reason: rendered.skip };
  }
  let receipt;
  try {
    receipt = (await sender.send(job.to, rendered)) ?? undefined;
  } catch (error) {
    // Out of the month's quota: retrying cannot help before it renews.
    if (error instanceof QuotaExhaustedError) {
      await fail('quota');
      return { status: 'failed', error };
    }
    if (error instanceof RateLimitedError)
      return { status: 'rate_limited', retryAfterMs: Math.max(error.retryAfterMs, 1) };
    if (error instanceof RecipientUnreachableError) {
      await markUnreachable(deps.learners, job.to, error.reason, deps.clock()).catch(() => {
        /* best effort: the job is failed below either way */
      });
      await fail(`unreachable:${error.reason}`);
      return { status: 'unreachable', reason: error.reason };
    }
    if (error instanceof PermanentChannelError) {
      await fail('failed:permanent');
      return { status: 'failed', error };
    }
    return retryOrFail(error, finalAttempt, fail);
  }
  // Recorded first (a broadcast recipient settled): a crash between the send and this record is
  // the only one that sends a message again, so nothing else waits in between.
  try {
    await handler.delivered?.(job, rendered, deps.clock(), receipt);
  } catch (error) {
    // The message is out; a failed follow-up must not send it again.
    deps.logger.warn({ kind: job.kind, err: (error as Error).message }, 'after-send step failed');
  }
  await count('sent');
  return { status: 'sent' };
}

/** Unknown errors count as transient: a bug costs a few retries, a flaky network costs nothing. */
async function retryOrFail(
  error: unknown,
  finalAttempt: boolean,
  fail: (field: string) => Promise<void>,
): Promise<DeliveryOutcome> {
  const err = error instanceof Error ? error : new Error(String(error));
  if (finalAttempt)
    await fail(`failed:${err instanceof TransientChannelError || err instanceof StoreError ? 'transient' : 'error'}`);
  return { status: 'retry', error: err };
}

/** Outcome counters, e.g. `{ 'reminder:sent': 12, 'reminder:skipped:paused': 3 }`. */
export function outboundCounts(store: OutboundWorkerDeps['store']): Promise<Record<string, number>> {
  return store.counters(OUTBOUND_COUNTS_KEY);
}
