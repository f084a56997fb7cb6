import type { Logger } from '../core/logger.ts';
import { channelOf, type ChannelName } from '../core/message.ts';
import { deliver } from '../core/outbound/deliver.ts';
import type { OutboundJob, OutboundQueue, OutboundWorkerDeps, Sender } from '../core/outbound/outbound-job.ts';
import { limitsFor, type ChannelLimits } from './channel-limits.ts';

export interface MemoryOutboundOptions {
  logger: Logger;
  limits?: Partial<Record<ChannelName, Partial<ChannelLimits>>>;
  /** Attempts for network errors and 5xx (default 5). */
  attempts?: number;
  /** First retry delay, doubled each attempt. Default 2000 ms. */
  backoffMs?: number;
  /** How long a job id is remembered to drop duplicates. Default 2 days. */
  dedupeMs?: number;
}

/** The in-process queue; `idle()` lets tests and the demo wait until everything queued was handled. */
export interface MemoryOutbound extends OutboundQueue {
  idle(): Promise<void>;
}

interface Entry {
  job: OutboundJob;
  attempts: number;
}

interface Lane {
  entries: Entry[];
  running: boolean;
  sender?: Sender;
  limits: ChannelLimits;
  lastSend: number;
  lastByChat: Map<string, number>;
}

/**
 * The outbound queue inside the process, for the no-Redis terminal demo: the same semantics
 * as the BullMQ one (dedupe by id, one lane per channel sending in order at the channel's
 * pace, 429 waits without spending attempts, transient errors retried with backoff,
 * permanent ones dropped), but nothing survives a restart.
 */
export function createMemoryOutbound(options: MemoryOutboundOptions): MemoryOutbound {
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 2000;
  const dedupeMs = options.dedupeMs ?? 2 * 86_400_000;
  const seen = new Map<string, number>();
  const lanes = new Map<ChannelName, Lane>();
  const timers = new Map<NodeJS.Timeout, () => void>();
  let deps: OutboundWorkerDeps | undefined;
  let stopped = false;
  let idleWaiters: Array<() => void> = [];

  const lane = (channel: ChannelName): Lane => {
    let l = lanes.get(channel);
    if (!l)
      lanes.set(
        channel,
        (l = {
          entries: [],
          running: false,
          limits: limitsFor(channel, options.limits),
          lastSend: 0,
          lastByChat: new Map(),
        }),
      );
    return l;
  };
  /** A timer that close() can cut short. */
  const later = (ms: number, then: () => void = () => undefined) =>
    new Promise<void>((resolve) => {
      const done = () => {
        timers.delete(timer);
        then();
        resolve();
      };
      const timer = setTimeout(done, ms);
      timers.set(timer, resolve);
    });
  const busy = () =>
    timers.size > 0 || [...lanes.values()].some((l) => l.running || (l.sender && l.entries.length > 0));
  const checkIdle = () => {
    if (busy()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  async function send(l: Lane, entry: Entry, d: OutboundWorkerDeps): Promise<void> {
    const now = Date.now();
    const gap = Math.max(
      l.lastSend + l.limits.durationMs / l.limits.max - now,
      (l.lastByChat.get(entry.job.to) ?? 0) + l.limits.perChatMs - now,
    );
    if (gap > 0) await later(gap);
    if (stopped) return;
    const outcome = await deliver(entry.job, l.sender!, d, entry.attempts + 1 >= attempts);
    l.lastSend = Date.now();
    l.lastByChat.set(entry.job.to, l.lastSend);
    if (l.lastByChat.size > 10_000) l.lastByChat.clear();
    if (outcome.status === 'rate_limited') {
      l.entries.unshift(entry);
      await later(outcome.retryAfterMs);
    } else if (outcome.status === 'retry') {
      entry.attempts += 1;
      if (entry.attempts >= attempts) {
        options.logger.warn({ kind: entry.job.kind, err: outcome.error.message }, 'outbound job failed after retries');
        return;
      }
      void later(backoffMs * 2 ** (entry.attempts - 1), () => {
        if (stopped) return;
        l.entries.push(entry);
        kick(l);
      });
    }
  }

  function kick(l: Lane): void {
    if (l.running || !l.sender || !deps || stopped) return;
    l.running = true;
    const d = deps;
    void (async () => {
      try {
        for (let entry = l.entries.shift(); entry && !stopped; entry = l.entries.shift()) await send(l, entry, d);
      } catch (error) {
        options.logger.error({ err: (error as Error).message }, 'outbound lane failed');
      } finally {
        l.running = false;
        if (l.entries.length > 0 && !stopped) kick(l);
        checkIdle();
      }
    })();
  }

  return {
    async enqueue(jobs) {
      const now = Date.now();
      if (seen.size > 100_000) for (const [id, until] of seen) if (until <= now) seen.delete(id);
      for (const job of jobs) {
        if ((seen.get(job.id) ?? 0) > now) continue;
        seen.set(job.id, now + dedupeMs);
        const l = lane(channelOf(job.to));
        l.entries.push({ job, attempts: 0 });
        kick(l);
      }
    },
    async start(workerDeps) {
      deps = workerDeps;
      for (const sender of workerDeps.senders) {
        const l = lane(sender.name);
        l.sender = sender;
        kick(l);
      }
    },
    async depth(channel) {
      const l = lanes.get(channel);
      return { waiting: l?.entries.length ?? 0, active: l?.running ? 1 : 0 };
    },
    idle() {
      return busy() ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve();
    },
    async close() {
      stopped = true;
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      while ([...lanes.values()].some((l) => l.running)) await new Promise((r) => setTimeout(r, 5));
      for (const w of idleWaiters) w();
      idleWaiters = [];
    },
  };
}
