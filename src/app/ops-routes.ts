import type { Channel } from '../channels/channel.ts';
import type { Store } from '../core/store.ts';
import type { HttpRoute } from '../server/http-server.ts';
import type { PromMetrics } from './metrics.ts';
import { tickHealth } from './tick-health.ts';

/** A check that does not answer in time counts as down: a health probe must answer quickly. */
const CHECK_TIMEOUT_MS = 2000;

function within(check: () => Promise<boolean>): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
    check()
      .then(
        (ok) => resolve(ok),
        () => resolve(false),
      )
      .finally(() => clearTimeout(timer));
  });
}

/**
 * `GET /healthz`: 200 only when Redis (the store) and every enabled channel are reachable and
 * the minute tick ran in the last three minutes (in any process), 503 otherwise; the JSON says
 * which, e.g. `{"ok":false,"store":true,"channels":{"telegram":false},"tick":{"ok":true,"ageSeconds":42}}`.
 */
export function healthRoute(store: Store, channels: readonly Channel[], startedAt: number = Date.now()): HttpRoute {
  return {
    method: 'GET',
    path: '/healthz',
    async handle(_req, res) {
      let tick: { ok: boolean; ageSeconds: number | null } = { ok: false, ageSeconds: null };
      const tickOk = () => tickHealth(store, startedAt).then((t) => ((tick = t), t.ok));
      const [storeOk, tickAlive, ...channelOk] = await Promise.all([
        within(() => store.ping()),
        within(tickOk),
        ...channels.map((c) => within(async () => (await c.healthy?.()) ?? true)),
      ]);
      const checks = Object.fromEntries(channels.map((c, i) => [c.name, channelOk[i] === true]));
      const ok = storeOk === true && tickAlive === true && Object.values(checks).every(Boolean);
      res
        .writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify({ ok, store: storeOk, channels: checks, tick }));
    },
  };
}

/** `GET /metrics` in the Prometheus text format. */
export function metricsRoute(metrics: PromMetrics): HttpRoute {
  return {
    method: 'GET',
    path: '/metrics',
    async handle(_req, res) {
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics());
    },
  };
}
