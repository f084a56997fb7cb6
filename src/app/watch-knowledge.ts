import { startKnowledgeReload, type KnowledgeReload, type Schedule } from '../content/knowledge-reload.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import type { Answerer } from '../features/answers/answerer.ts';

/** What the reload reads (the content folders) and updates (the answerer's knowledge). */
export interface KnowledgeServices {
  config: Pick<Config, 'CONTENT_DIR' | 'PROMPTS_DIR'>;
  answerer: Pick<Answerer, 'useKnowledge'>;
  logger: Logger;
}

/**
 * Starts answering from knowledge files changed on disk (CONTENT_DIR/knowledge) without a
 * restart, e.g. entries approved with `hocvuso knowledge review approve`. Stop it on shutdown.
 */
export function watchKnowledge(
  app: KnowledgeServices,
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
