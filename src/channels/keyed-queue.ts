/**
 * Runs tasks one at a time per key (per chat, so a person's messages are answered in order)
 * and concurrently across keys, and knows what is still running so shutdown can wait for it.
 */
export interface KeyedQueue {
  run(key: string, task: () => Promise<void>): void;
  /** Resolves once every task accepted so far (and any they queued) has finished. */
  drain(): Promise<void>;
  readonly pending: number;
}

export function createKeyedQueue(onError: (error: unknown) => void): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(task).catch(onError);
      tails.set(key, next);
      inFlight.add(next);
      void next.finally(() => {
        inFlight.delete(next);
        if (tails.get(key) === next) tails.delete(key);
      });
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    get pending() {
      return inFlight.size;
    },
  };
}
