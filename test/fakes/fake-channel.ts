import type { Channel } from '../../src/channels/channel.ts';
import type { ChannelName, ConversationId, Reply } from '../../src/core/message.ts';

/** A channel that records what it sends and can be told to fail like a platform does. */
export interface FakeChannel extends Channel {
  /** Messages that went out, in order. */
  readonly sent: Array<{ to: ConversationId; parts: Reply; at: number }>;
  /** Every send call, failed ones included. */
  readonly attempts: Array<{ to: ConversationId; at: number; error?: string }>;
  /** The next sends (to `to`, or to anyone with `*`) throw these errors, in order. */
  failNext(to: ConversationId | '*', ...errors: Error[]): void;
  /** Every send to `to` throws this error. */
  failAlways(to: ConversationId, error: Error): void;
  /** Resolves once `count` messages were sent; rejects after `timeoutMs`. */
  waitForSent(count: number, timeoutMs?: number): Promise<void>;
  sentTo(to: ConversationId): number;
}

export function fakeChannel(name: ChannelName = 'telegram', options: { sendDelayMs?: number } = {}): FakeChannel {
  const sent: FakeChannel['sent'] = [];
  const attempts: FakeChannel['attempts'] = [];
  const scripted = new Map<string, Error[]>();
  const always = new Map<string, Error>();
  let waiters: Array<() => void> = [];
  const notify = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  return {
    name,
    sent,
    attempts,
    async start() {
      /* nothing to start */
    },
    async stop() {
      /* nothing to stop */
    },
    async send(to, parts) {
      if (options.sendDelayMs) await new Promise((r) => setTimeout(r, options.sendDelayMs));
      const error = always.get(to) ?? scripted.get(to)?.shift() ?? scripted.get('*')?.shift();
      attempts.push({ to, at: Date.now(), ...(error ? { error: error.name } : {}) });
      if (error) throw error;
      sent.push({ to, parts, at: Date.now() });
      notify();
    },
    failNext(to, ...errors) {
      scripted.set(to, [...(scripted.get(to) ?? []), ...errors]);
    },
    failAlways(to, error) {
      always.set(to, error);
    },
    async waitForSent(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${sent.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    sentTo: (to) => sent.filter((s) => s.to === to).length,
  };
}
