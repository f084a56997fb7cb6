import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeEntry } from '../core/content/knowledge-schema.ts';
import type { Logger } from '../core/logger.ts';
import { checkContent, yamlFiles } from './load-content.ts';

/** Runs `tick` every `everyMs` until the returned function is called. */
export type Schedule = (tick: () => Promise<void>, everyMs: number) => () => void;

/** What one look at the knowledge folder did. */
export type ReloadOutcome = 'unchanged' | 'settling' | 'reloaded' | 'invalid' | 'failed' | 'stopped';

export interface KnowledgeReloadOptions {
  /** Folder holding `lessons/` and `knowledge/` (CONTENT_DIR); only `knowledge/` is watched. */
  contentDir: string;
  /** Folder of the prompt files (PROMPTS_DIR), checked like `flows check` does. */
  promptsDir?: string;
  /** Takes the validated entries, e.g. the answerer's `useKnowledge`. */
  apply(entries: readonly KnowledgeEntry[]): void;
  logger: Logger;
  /** How often the folder is looked at; default 30 s (a `stat` per file, nothing read unless something changed). */
  everyMs?: number;
  /**
   * Default: an unref'd `setInterval`, so a process never stays up for it. Tests pass their own to run ticks by hand.
   */
  schedule?: Schedule;
}

/** A running watch of the knowledge folder. */
export interface KnowledgeReload {
  /** Looks once now (what every tick does); resolves when done. Never throws. */
  check(): Promise<ReloadOutcome>;
  /** Stops the ticks and waits for a check in progress; nothing is applied afterwards. */
  stop(): Promise<void>;
}

export const DEFAULT_RELOAD_EVERY_MS = 30_000;

const intervalSchedule: Schedule = (tick, everyMs) => {
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
};

/** Names, sizes and modification times of the knowledge files: what changes when one is written, added or removed. */
async function signature(dir: string): Promise<string> {
  const files = await yamlFiles(dir);
  const parts = await Promise.all(
    files.map(async (file) => {
      const s = await stat(file).catch(() => undefined);
      return `${path.basename(file)}\t${s ? `${s.size}\t${s.mtimeMs}` : 'gone'}`;
    }),
  );
  return parts.join('\n');
}

/**
 * Makes approved knowledge answerable without a restart. Every tick compares the knowledge
 * files' names, sizes and times with the last look; on a change it validates ALL content with
 * the same check as `hocvuso flows check` (so it accepts exactly what a restart would) and hands
 * the knowledge entries to `apply`. Lessons and prompts are never replaced: learners may be in
 * the middle of a lesson. Broken files keep the previous knowledge in use and are logged once
 * per change as `file:line: message`. Takes its baseline now: the content loaded at start is
 * assumed to be what is on disk.
 */
export async function startKnowledgeReload(options: KnowledgeReloadOptions): Promise<KnowledgeReload> {
  const dir = path.join(options.contentDir, 'knowledge');
  const log = options.logger.child({ component: 'knowledge-reload' });
  let seen = await signature(dir).catch(() => '');
  let lastFailure: string | undefined;
  let stopped = false;
  let running: Promise<ReloadOutcome> | undefined;

  async function look(): Promise<ReloadOutcome> {
    if (stopped) return 'stopped';
    try {
      const now = await signature(dir);
      if (now === seen) return 'unchanged';
      const { content, problems } = await checkContent({
        dir: options.contentDir,
        ...(options.promptsDir !== undefined ? { promptsDir: options.promptsDir } : {}),
      });
      // A file still being written: look again at the next tick rather than judge half a file.
      if ((await signature(dir)) !== now) return 'settling';
      if (stopped) return 'stopped';
      seen = now;
      lastFailure = undefined;
      if (!content) {
        const lines = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
        log.error(
          { problems: lines },
          'knowledge not reloaded, the previous entries stay in use until this is fixed (check with `hocvuso flows ' +
            `check\`): ${lines.join('; ')}`,
        );
        return 'invalid';
      }
      options.apply(content.knowledge);
      log.info({ entries: content.knowledge.length }, 'knowledge reloaded');
      return 'reloaded';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastFailure)
        log.error({ err: message }, 'could not look at the knowledge files; the previous entries stay in use');
      lastFailure = message;
      return 'failed';
    }
  }

  // Looks never overlap: a tick during a look waits for that look's outcome.
  const check = () => {
    running ??= look().finally(() => {
      running = undefined;
    });
    return running;
  };
  const cancel = (options.schedule ?? intervalSchedule)(
    async () => void (await check()),
    options.everyMs ?? DEFAULT_RELOAD_EVERY_MS,
  );
  return {
    check,
    async stop() {
      stopped = true;
      cancel();
      await running;
    },
  };
}
