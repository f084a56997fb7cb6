import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Inbox, InboxEntry } from '../../src/channels/inbox.ts';

async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A full garbage collection, without starting the test process with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The suite every Inbox implementation passes. `make` returns a fresh inbox and its cleanup. */
export function inboxContract(name: string, make: () => Promise<{ inbox: Inbox; cleanup: () => Promise<void> }>): void {
  describe(`Inbox contract: ${name}`, () => {
    const withInbox = (fn: (inbox: Inbox) => Promise<void>) => async () => {
      const { inbox, cleanup } = await make();
      try {
        await fn(inbox);
      } finally {
        await inbox.stop();
        await cleanup();
      }
    };

    it(
      'keeps an update once per key, and hands each kept update out once',
      withInbox(async (inbox) => {
        expect(await inbox.add('telegram:1:100', { text: 'menu' })).toBe(true);
        expect(await inbox.add('telegram:1:100', { text: 'menu' })).toBe(false);
        const seen: InboxEntry[] = [];
        await inbox.start(async (entry) => void seen.push(entry));
        expect(await inbox.add('telegram:1:101', { text: 'tiến độ' })).toBe(true);
        await until(() => seen.length === 2, 'both updates');
        expect(seen.map((e) => e.key).sort()).toEqual(['telegram:1:100', 'telegram:1:101']);
        expect(seen.find((e) => e.key === 'telegram:1:101')?.body).toEqual({ text: 'tiến độ' });
        expect(await inbox.add('telegram:1:101', { text: 'tiến độ' })).toBe(false);
      }),
    );

    it(
      'goes on after a handler fails, and stop waits for the update being handled',
      withInbox(async (inbox) => {
        const done: string[] = [];
        let release: () => void = () => undefined;
        const slow = new Promise<void>((r) => (release = r));
        let slowStarted = false;
        await inbox.start(async (entry) => {
          if (entry.key === 'bad') throw new Error('handler failed');
          if (entry.key === 'slow') {
            slowStarted = true;
            await slow;
          }
          done.push(entry.key);
        });
        await inbox.add('bad', {});
        await inbox.add('good', {});
        await inbox.add('slow', {});
        await until(() => done.includes('good'), 'the good update');
        // Stop only once the slow update is being handled: on a busy machine it may not have been picked up yet.
        await until(() => slowStarted, 'the slow update being handled');
        const stopped = inbox.stop();
        setTimeout(release, 50);
        await stopped;
        expect(done).toContain('slow');
      }),
    );

    it(
      'forgets each update once handled: a bot running for months does not keep every message',
      withInbox(async (inbox) => {
        let handled = 0;
        await inbox.start(async () => void handled++);
        const text = 'tin nhắn dài '.repeat(200); // about 2.6 KB, as a long question with its update
        const feed = async (from: number, count: number) => {
          for (let i = from; i < from + count; i++) {
            await inbox.add(`telegram:1:${i}`, { text: `${text}${i}` });
            await until(() => handled === i + 1, `update ${i}`);
          }
        };
        await feed(0, 200);
        collectGarbage();
        const before = process.memoryUsage().heapUsed;
        await feed(200, 1500);
        collectGarbage();
        const grown = process.memoryUsage().heapUsed - before;
        // Keeping every body would grow the heap by about 1,500 × 2.6 KB = 3.9 MB.
        expect(grown).toBeLessThan(1_500_000);
      }),
      60_000,
    );
  });
}
