import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { conversationId, type Reply } from '../../core/message.ts';
import type { Channel, InboundHandler } from '../channel.ts';
import { renderConsole } from './render-console.ts';

export interface ConsoleChannelOptions {
  input: Readable;
  output: Writable;
  /** Show a "> " prompt (interactive terminals only; piped runs print replies alone). */
  prompt: boolean;
  /** Conversation id suffix; `console:local` by default. */
  user?: string;
}

/**
 * The terminal chat: one line in, the tutor's reply out. Lines are handled strictly in
 * order, so piped scripts behave exactly like a person typing. `done` resolves at end of input.
 */
export function createConsoleChannel(options: ConsoleChannelOptions): Channel & { done: Promise<void> } {
  const id = conversationId('console', options.user ?? 'local');
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let rl: ReturnType<typeof createInterface> | undefined;
  const write = (text: string) => options.output.write(`${text}\n`);

  return {
    name: 'console',
    done,
    async start(handler: InboundHandler) {
      rl = createInterface({ input: options.input, terminal: false });
      // The reader went away (`| head`): stop quietly instead of crashing on EPIPE.
      options.output.on('error', () => rl?.close());
      const showPrompt = () => options.prompt && options.output.write('> ');
      let queue = Promise.resolve();
      rl.on('line', (line) => {
        queue = queue.then(async () => {
          await handler({ conversationId: id, kind: 'text', text: line, receivedAt: new Date() });
          showPrompt();
        });
      });
      rl.on('close', () => void queue.then(finish));
      showPrompt();
    },
    async stop() {
      rl?.close();
      await done;
    },
    async send(_to: string, parts: Reply) {
      for (const part of parts) write(`\n${renderConsole(part)}`);
    },
  };
}
