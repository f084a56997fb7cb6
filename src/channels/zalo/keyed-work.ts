/**
 * Runs tasks one after another per key (one conversation's messages stay in order) while
 * different keys run in parallel; `idle()` waits for everything in flight (graceful stop).
 */
export interface KeyedWork {
  run(key: string, task: () => Promise<void>): void;
  /** Resolves once no task is queued or running. */
  idle(): Promise<void>;
  readonly size: number;
}

export function createKeyedWork(onError: (error: unknown) => void): KeyedWork {
  const tails = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(task).catch(onError);
      tails.set(key, next);
      pending.add(next);
      void next.finally(() => {
        pending.delete(next);
        if (tails.get(key) === next) tails.delete(key);
      });
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    get size() {
      return pending.size;
    },
  };
}
