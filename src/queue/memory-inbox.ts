import { SEEN_TTL_MS, type Inbox, type InboxEntry, type InboxHandler } from '../channels/inbox.ts';
import type { Logger } from '../core/logger.ts';
import type { Store } from '../core/store.ts';

/**
 * The {@link Inbox} without Redis (the terminal demo, tests, a single process): updates wait in
 * this process only, so a crash loses those not yet handled. Duplicates are recognised through
 * the store (across processes when that store is Redis); when the store is down an update is
 * handled anyway: a rare duplicate beats a lost message.
 */
export function createMemoryInbox(deps: { store: Store; logger: Logger }): Inbox {
  const waiting: InboxEntry[] = [];
  const inFlight = new Set<Promise<void>>();
  let handler: InboxHandler | undefined;

  function dispatch(handle: InboxHandler, entry: InboxEntry): void {
    const run: Promise<void> = handle(entry)
      .catch((error: Error) => deps.logger.error({ err: error.message }, 'inbox entry failed'))
      .finally(() => inFlight.delete(run));
    inFlight.add(run);
  }

  return {
    async add(key, body) {
      let first = true;
      try {
        first = await deps.store.setIfAbsent(`inbox:seen:${key}`, 1, { ttlMs: SEEN_TTL_MS });
      } catch (error) {
        deps.logger.warn(
          { err: (error as Error).message },
          'could not check for a duplicate update; handling it anyway',
        );
      }
      if (!first) return false;
      if (handler) dispatch(handler, { key, body });
      else waiting.push({ key, body });
      return true;
    },
    async start(handle) {
      handler = handle;
      for (const entry of waiting.splice(0)) dispatch(handle, entry);
    },
    async stop() {
      handler = undefined;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
