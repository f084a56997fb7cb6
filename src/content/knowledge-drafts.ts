import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { knowledgeEntrySchema, type KnowledgeEntry } from '../core/content/knowledge-schema.ts';
import { parseYaml } from '../core/content/parse-yaml.ts';
import type { ContentProblem } from '../core/errors.ts';
import type { DraftWriter } from '../features/handoff/knowledge-draft.ts';

/** Draft file names: the entry id and `.yaml`, nothing that could leave the folder. */
const SAFE_NAME = /^[a-z0-9][a-z0-9-]{0,80}\.ya?ml$/;

/** Writes drafts into a folder (created on first use), never over an existing file. */
export function createFileDraftWriter(dir: string): DraftWriter {
  return {
    async write(name, text) {
      if (!SAFE_NAME.test(name)) throw new Error(`unsafe draft file name: ${name}`);
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, name);
      await writeFile(file, text, { flag: 'wx' });
      return file;
    },
  };
}

/** One draft in the review folder, parsed with the same validator as the knowledge base. */
export interface DraftFile {
  name: string;
  file: string;
  text: string;
  entry?: KnowledgeEntry;
  problems: ContentProblem[];
}

/** Resolves a draft given as a file name (with or without `.yaml`) or path; undefined when unsafe. */
export function draftPath(dir: string, name: string): string | undefined {
  const base = path.basename(name);
  const withExt = /\.ya?ml$/.test(base) ? base : `${base}.yaml`;
  return SAFE_NAME.test(withExt) ? path.join(dir, withExt) : undefined;
}

export async function readDraft(file: string): Promise<DraftFile> {
  const text = await readFile(file, 'utf8');
  const parsed = parseYaml(file, text, knowledgeEntrySchema);
  return {
    name: path.basename(file),
    file,
    text,
    ...(parsed.ok ? { entry: parsed.value.data } : {}),
    problems: parsed.ok ? [] : parsed.problems,
  };
}

/** Every draft waiting for review, oldest name first. */
export async function listDrafts(dir: string): Promise<DraftFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => SAFE_NAME.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(names.map((n) => readDraft(path.join(dir, n))));
}

/** Moves a rejected draft to `<dir>/rejected/` (kept, so a wrong click can be undone by hand). */
export async function rejectDraft(dir: string, file: string): Promise<string> {
  const target = path.join(dir, 'rejected', path.basename(file));
  await mkdir(path.dirname(target), { recursive: true });
  await rename(file, target);
  return target;
}
