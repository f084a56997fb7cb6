import { startKnowledgeReload, type KnowledgeReload, type Schedule } from '../content/knowledge-reload.ts';
import type { App } from './create-app.ts';

/**
 * Starts answering from knowledge files changed on disk (CONTENT_DIR/knowledge) without a
 * restart, e.g. entries approved with `hocvuso knowledge review approve`. Stop it on shutdown.
 */
export function watchKnowledge(
  app: App,
  options: { schedule?: Schedule; everyMs?: number } = {},
): Promise<KnowledgeReload> {
  return startKnowledgeReload({
    contentDir: app.config.CONTENT_DIR,
    promptsDir: app.config.PROMPTS_DIR,
    apply: (entries) => app.answerer.useKnowledge(entries),
    logger: app.logger,
    ...options,
  });
}
