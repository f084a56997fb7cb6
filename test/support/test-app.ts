import { createApp, type App } from '../../src/app/create-app.ts';
import { renderConsole } from '../../src/channels/console/render-console.ts';
import { createConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/load-content.ts';
import type { Content } from '../../src/core/content/content.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Inbound, Reply } from '../../src/core/message.ts';
import type { Store } from '../../src/core/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';

let content: Promise<Content> | undefined;

/** The real content of the repository, loaded once per test file. */
export function repoContent(): Promise<Content> {
  content ??= loadContent({ dir: 'flows', promptsDir: 'prompts' });
  return content;
}

/** A clock tests move by hand. */
export function manualClock(start = '2026-11-25T02:00:00Z') {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => void (now = new Date(iso)),
    advanceDays: (days: number) => void (now = new Date(now.getTime() + days * 86_400_000)),
  };
}

/** The real tutor on real content, in memory unless a store is given. */
export async function testApp(
  options: { store?: Store; clock?: () => Date; env?: Record<string, string> } = {},
): Promise<App> {
  return createApp({
    config: createConfig(options.env ?? {}),
    content: await repoContent(),
    store: options.store ?? createMemoryStore(),
    logger: silentLogger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
}

/** A person chatting: `say` sends text (or a button payload) and returns the reply rendered as the terminal shows it. */
export function chatter(app: App, conversationId = 'console:test') {
  const send = async (inbound: Partial<Inbound>): Promise<{ reply: Reply; text: string }> => {
    const reply = await app.tutor.handle({ conversationId, kind: 'text', receivedAt: new Date(), ...inbound });
    return { reply, text: reply.map((p) => renderConsole(p)).join('\n\n') };
  };
  const say = async (text: string) => (await send({ text })).text;
  return {
    say,
    /** A first "menu" as a new learner types it: answers the two onboarding questions, returns the menu. */
    begin: async () => {
      await say('menu');
      await say('bác');
      return say('bỏ qua');
    },
    press: async (payload: string) => (await send({ kind: 'button', payload })).text,
    send,
    learner: () => app.learners.get(conversationId),
  };
}
