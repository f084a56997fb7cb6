import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../core/logger.ts';
import { throttledLog } from '../core/throttled-log.ts';
import { channelOf, type ChannelName } from '../core/message.ts';
import { deliver } from '../core/outbound/deliver.ts';
import type {
  OutboundJob,
  OutboundQueue,
  OutboundWorkerDeps,
  ProactiveOptions,
  Sender,
} from '../core/outbound/outbound-job.ts';
import { limitsFor, type ChannelLimits } from './channel-limits.ts';
import { createSendPacer, type SendPacer } from './send-pacer.ts';

export interface BullmqOutboundOptions {
  url: string;
  /** BullMQ key prefix (`{hocvuso}`: a Redis Cluster hash tag); tests pass a unique one. */
  prefix: string;
  /** Queues are named `<name>-<channel>`. Default `outbound`. */
  name?: string;
  logger: Logger;
  limits?: Partial<Record<ChannelName, Partial<ChannelLimits>>>;
  /** Attempts for network errors and 5xx (default 5); 429s and permanent errors spend none. */
  attempts?: number;
  /** First retry delay, doubled each attempt. Default 5000 ms. */
  backoffMs?: number;
  /**
   * How long a job stays locked to its worker without renewal; a dead worker's jobs are taken over after about this
   * long. Default 30 000 ms.
   */
  lockMs?: number;
}

/**
 * Jobs per addBulk call, and addBulk calls in flight at once: Redis runs one while the next is encoded (about 1.7×
 * faster than one at a time).
 */
const BULK = 500;
const BULKS_IN_FLIGHT = 4;

const BLOCKING = ['bzpopmin', 'bzpopmax', 'blpop', 'brpop', 'brpoplpush', 'blmove', 'xread'];

export const outboundQueueName = (name: string, channel: ChannelName): string => `${name}-${channel}`;

/**
 * BullMQ rejects custom ids with ':' (conversation ids have one) and integer ids; this keeps ids unique and readable.
 */
export const bullmqJobId = (id: string): string => `o.${id.replaceAll('%', '%25').replaceAll(':', '%3A')}`;

/**
 * The outbound queue on BullMQ: one queue and one worker per channel, with the channel's rate
 * limit shared by every worker process. A 429 pauses the channel's queue for `retry_after`
 * and puts the job back without spending an attempt; network errors retry with exponential
 * backoff; unreachable recipients and permanent errors fail at once (UnrecoverableError).
 */
export function createBullmqOutbound(
  options: BullmqOutboundOptions,
): OutboundQueue & { queue(channel: ChannelName): Queue } {
  const name = options.name ?? 'outbound';
  const log = options.logger.child({ component: 'outbound' });
  // Auto-pipelining joins the commands of concurrent jobs into one write (about +40% jobs/s); blocking ones stay alone.
  const connection = new Redis(options.url, {
    maxRetriesPerRequest: null,
    enableAutoPipelining: true,
    autoPipeliningIgnoredCommands: BLOCKING,
  });
  // During an outage these repeat many times a second: one line per 10 s, with a count.
  const connectionError = throttledLog(log, 'warn');
  const workerError = throttledLog(log, 'error');
  connection.on('error', (err: Error) => connectionError({ err: err.message }, 'redis connection error'));
  const queues = new Map<ChannelName, Queue>();
  const workers: Worker[] = [];
  let closing: Promise<void> | undefined;

  function queue(channel: ChannelName): Queue {
    let q = queues.get(channel);
    if (!q) {
      q = new Queue(outboundQueueName(name, channel), {
        connection,
        prefix: options.prefix,
        defaultJobOptions: {
          attempts: options.attempts ?? 5,
          backoff: { type: 'exponential', delay: options.backoffMs ?? 5000 },
          // Completed jobs stay an hour so a late duplicate enqueue is still recognised.
          removeOnComplete: { age: 3600, count: 10_000 },
          removeOnFail: { age: 7 * 86_400 },
        },
      });
      q.on('error', (err: Error) => connectionError({ channel, err: err.message }, 'queue error'));
      queues.set(channel, q);
    }
    return q;
  }

  function processor(sender: Sender, limits: ChannelLimits, deps: OutboundWorkerDeps) {
    const key = `${options.prefix}:${outboundQueueName(name, sender.name)}`;
    const pacer = createSendPacer(connection, key, limits);
    const paidPacer = limits.paid
      ? createSendPacer(connection, `${key}:paid`, {
          ...limits,
          max: limits.paid.max,
          durationMs: limits.paid.durationMs,
        })
      : undefined;
    const pacedBy = (lane: SendPacer, options?: ProactiveOptions): Sender => ({
      name: sender.name,
      async send(to, parts) {
        await lane.nextSlot();
        return sender.send(to, parts, options);
      },
    });
    const free = pacedBy(pacer);
    const paid = paidPacer && pacedBy(paidPacer, { paid: true });
    const pacedFor = (kind: string) => (paid && limits.paid?.kinds.includes(kind) ? paid : free);
    return async (job: Job<OutboundJob>, token?: string): Promise<string> => {
      const data = job.data;
      if (!(await pacer.claimChat(data.to))) {
        // The chat got a message less than perChatMs ago: try again after the gap.
        await job.moveToDelayed(Date.now() + limits.perChatMs, token);
        throw new DelayedError();
      }
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const outcome = await deliver(data, pacedFor(data.kind), deps, final);
      switch (outcome.status) {
        case 'sent':
        case 'skipped':
          return outcome.status === 'sent' ? 'sent' : `skipped:${outcome.reason}`;
        case 'unreachable':
          throw new UnrecoverableError(`unreachable_${outcome.reason}`);
        case 'rate_limited':
          await queue(sender.name).rateLimit(outcome.retryAfterMs);
          throw Worker.RateLimitError();
        case 'retry':
          throw outcome.error;
        case 'failed':
          throw new UnrecoverableError(outcome.error.message);
      }
    };
  }

  return {
    queue,
    async enqueue(jobs) {
      const byChannel = new Map<ChannelName, OutboundJob[]>();
      for (const job of jobs) {
        const channel = channelOf(job.to);
        const list = byChannel.get(channel);
        if (list) list.push(job);
        else byChannel.set(channel, [job]);
      }
      for (const [channel, list] of byChannel) {
        // BullMQ sends jobs without a priority before prioritized ones: background jobs wait for the rest.
        const toAdd = list.map((job) => ({
          name: job.kind,
          data: job,
          opts: { jobId: bullmqJobId(job.id), ...(job.background ? { priority: 10 } : {}) },
        }));
        let next = 0;
        await Promise.all(
          Array.from({ length: Math.min(BULKS_IN_FLIGHT, Math.ceil(toAdd.length / BULK)) }, async () => {
            while (next < toAdd.length) {
              const from = next;
              next += BULK;
              await queue(channel).addBulk(toAdd.slice(from, from + BULK));
            }
          }),
        );
      }
    },
    async depth(channel) {
      const counts = await queue(channel).getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
      // Prioritized jobs (broadcast pages) wait too.
      const { prioritized = 0, waiting = 0, ...rest } = counts;
      return { ...rest, waiting: waiting + prioritized };
    },
    async start(deps) {
      for (const sender of deps.senders) {
        const limits = limitsFor(sender.name, options.limits);
        const worker = new Worker<OutboundJob, string>(
          outboundQueueName(name, sender.name),
          processor(sender, limits, deps),
          {
            connection,
            prefix: options.prefix,
            concurrency: limits.concurrency,
            lockDuration: options.lockMs ?? 30_000,
            stalledInterval: options.lockMs ?? 30_000,
            // The pacer keeps the rate; this limiter only lets a 429 pause the queue (queue.rateLimit).
            limiter: { max: 1_000_000_000, duration: limits.durationMs },
          },
        );
        worker.on('error', (err: Error) => workerError({ channel: sender.name, err: err.message }, 'worker error'));
        worker.on('failed', (job: Job<OutboundJob> | undefined, err: Error) =>
          log.warn(
            { channel: sender.name, kind: job?.data.kind, attempts: job?.attemptsMade, err: err.message },
            'outbound job failed',
          ),
        );
        workers.push(worker);
      }
      await Promise.all(workers.map((w) => w.waitUntilReady()));
    },
    close() {
      closing ??= (async () => {
        // Waits for the jobs being sent, so none is left half-done and sent again by another process.
        await Promise.all(workers.map((w) => w.close()));
        await Promise.all([...queues.values()].map((q) => q.close()));
        await connection.quit().catch(() => connection.disconnect());
      })();
      return closing;
    },
  };
}
