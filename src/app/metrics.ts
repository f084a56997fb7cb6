import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { OA_TOKEN_REFRESHES_KEY } from '../channels/zalo/oa/oa-tokens.ts';
import type { BroadcastService } from '../features/broadcasts/service.ts';
import type { ChannelName } from '../core/message.ts';
import type { Metrics } from '../core/metrics.ts';
import type { OutboundQueue } from '../core/outbound/outbound-job.ts';
import { REMINDER_COUNTS_KEY } from '../features/reminders/fanout.ts';
import type { Store } from '../core/store.ts';

/** Extra gauges read at scrape time (queue depths, outbound outcome counters kept in the store). */
export type GaugeSource = () => Promise<Array<{ labels: Record<string, string>; value: number }>>;

export interface PromMetrics extends Metrics {
  registry: Registry;
  /** Registers a gauge whose values are read on each scrape. */
  addGauge(name: string, help: string, labelNames: string[], source: GaugeSource): void;
}

/** prom-client hashes the labels on every call; the few label pairs of the hot metrics are bound once each. */
function boundPairs<T>(bind: (a: string, b: string) => T): (a: string, b: string) => T {
  const bound = new Map<string, T>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let child = bound.get(key);
    if (child === undefined) bound.set(key, (child = bind(a, b)));
    return child;
  };
}

/** Prometheus metrics (prom-client) with a registry of its own, so tests can create several. */
export function createPromMetrics(): PromMetrics {
  const registry = new Registry();
  // process_resident_memory_bytes, nodejs_eventloop_lag_seconds… as hocvuso_process_…, hocvuso_nodejs_….
  collectDefaultMetrics({ register: registry, prefix: 'hocvuso_' });
  const updates = new Histogram({
    name: 'hocvuso_updates_handled_seconds',
    help: 'Inbound updates handled, by channel and kind, with handling time',
    labelNames: ['channel', 'kind'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const answers = new Counter({
    name: 'hocvuso_answers_total',
    help: 'Answers to free-form questions by kind',
    labelNames: ['kind'],
    registers: [registry],
  });
  const llm = new Histogram({
    name: 'hocvuso_llm_call_seconds',
    help: 'LLM calls by outcome, with latency',
    labelNames: ['outcome'],
    buckets: [0.25, 0.5, 1, 2, 4, 8, 16, 32],
    registers: [registry],
  });
  const sent = new Counter({
    name: 'hocvuso_messages_total',
    help: 'Messages sent or failed by channel and outcome',
    labelNames: ['channel', 'outcome'],
    registers: [registry],
  });
  const updatesOf = boundPairs((channel, kind) => updates.labels({ channel, kind }));
  const sentOf = boundPairs((channel, outcome) => sent.labels({ channel, outcome }));
  return {
    registry,
    updateHandled: (channel, kind, seconds) => updatesOf(channel, kind).observe(seconds),
    answerGiven: (kind) => answers.inc({ kind }),
    llmCall: (outcome, seconds) => llm.observe({ outcome }, seconds),
    messageSent: (channel, outcome) => sentOf(channel, outcome).inc(),
    addGauge(name, help, labelNames, source) {
      new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        async collect() {
          this.reset();
          for (const { labels, value } of await source().catch(() => [])) this.set(labels, value);
        },
      });
    },
  };
}

/** Outbound outcome counters kept in the store (`reminder:sent`, `broadcast:unreachable:blocked`…). */
export function outboundGauge(store: Store): GaugeSource {
  return async () => {
    const counts = await store.counters('outbound:counts');
    return Object.entries(counts).map(([key, value]) => {
      const [kind = '', ...rest] = key.split(':');
      return { labels: { kind, outcome: rest.join(':') }, value };
    });
  };
}

/** Jobs of each channel's outbound queue by state (BullMQ getJobCounts), read at scrape time. */
export function queueDepthGauge(outbound: OutboundQueue, channels: () => readonly ChannelName[]): GaugeSource {
  return async () => {
    const rows = await Promise.all(
      channels().map(async (channel) =>
        Object.entries((await outbound.depth?.(channel)) ?? {}).map(([state, value]) => ({
          labels: { channel, state },
          value,
        })),
      ),
    );
    return rows.flat();
  };
}

/** Reminder progress kept in the store: jobs fanned out and reminders missed (the scheduler was down). */
export function reminderGauge(store: Store): GaugeSource {
  return async () =>
    Object.entries(await store.counters(REMINDER_COUNTS_KEY)).map(([event, value]) => ({ labels: { event }, value }));
}

/** Zalo OA token refreshes by outcome (`ok`, `refused`, `failed`), counted in the store by every process. */
export function oaTokenRefreshGauge(store: Store): GaugeSource {
  return async () =>
    Object.entries(await store.counters(OA_TOKEN_REFRESHES_KEY)).map(([outcome, value]) => ({
      labels: { outcome },
      value,
    }));
}

/** Recipients of the broadcasts running now, by state (`pending`, `delivered`, `failed`, `blocked`…), summed. */
export function broadcastGauge(broadcasts: Pick<BroadcastService, 'running'>): GaugeSource {
  return async () => {
    const reports = await broadcasts.running();
    const states = {
      pending: 0,
      delivered: 0,
      failed: 0,
      blocked: 0,
      unsubscribed: 0,
      outside_window: 0,
      quota: 0,
      cancelled: 0,
    };
    for (const r of reports) {
      states.pending += r.pending;
      states.delivered += r.delivered;
      states.failed += r.failed;
      states.blocked += r.blocked;
      states.unsubscribed += r.unsubscribed;
      states.outside_window += r.outsideWindow;
      states.quota += r.quota;
      states.cancelled += r.cancelled;
    }
    return [
      { labels: { state: 'broadcasts' }, value: reports.length },
      ...Object.entries(states).map(([state, value]) => ({ labels: { state }, value })),
    ];
  };
}
