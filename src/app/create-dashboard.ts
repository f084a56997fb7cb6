import { createMemoryStore } from '../store/memory/memory-store.ts';
import { createSimulator } from '../web/simulator.ts';
import { createWebRoutes, type WebOptions } from '../web/web-routes.ts';
import type { HttpRoute } from '../server/http-server.ts';
import { type App, createApp } from './create-app.ts';
import { renderForView } from './sim-renderers.ts';

/**
 * The dashboard's routes, wired here because only the composition root may build a second tutor:
 * the lesson simulator runs each try-out on its own app over an empty in-memory store, and the
 * previews draw replies through the channel adapters' renderers.
 */
export function createDashboardRoutes(app: App, options: WebOptions = {}): HttpRoute[] {
  const simulator = createSimulator({
    content: app.content,
    clock: app.clock,
    newSession: () =>
      createApp({
        config: app.config,
        content: app.content,
        store: createMemoryStore(),
        logger: app.logger,
        clock: app.clock,
      }),
  });
  return createWebRoutes(app, { simulator, renderView: renderForView }, options);
}
