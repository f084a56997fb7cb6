import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** Where pictures made here (certificates, charts) are saved as PNG files; a temp folder by default. */
  imageDir?: string;
}

/** Saves a picture's bytes as a PNG file the person can open; returns its path. */
async function savePicture(dir: string, data: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `hinh-${randomBytes(6).toString('hex')}.png`);
  await writeFile(path, data);
  return path;
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
      for (const part of parts) {
        const saved =
          part.type === 'image' && part.data
            ? await savePicture(options.imageDir ?? join(tmpdir(), 'hocvuso'), part.data)
            : undefined;
        write(`\n${renderConsole(part, saved)}`);
      }
    },
  };
}
