import { describe, expect, it } from 'vitest';
import type { Inbox, InboxEntry } from '../../src/channels/inbox.ts';

async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
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
        await inbox.start(async (entry) => {
          if (entry.key === 'bad') throw new Error('handler failed');
          if (entry.key === 'slow') await slow;
          done.push(entry.key);
        });
        await inbox.add('bad', {});
        await inbox.add('good', {});
        await inbox.add('slow', {});
        await until(() => done.includes('good'), 'the good update');
        const stopped = inbox.stop();
        setTimeout(release, 50);
        await stopped;
        expect(done).toContain('slow');
      }),
    );
  });
}
