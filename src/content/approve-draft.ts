import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isSeq, parseDocument, stringify } from 'yaml';
import type { ContentProblem } from '../core/errors.ts';
import { checkContent } from './load-content.ts';
import { readDraft } from './knowledge-drafts.ts';

/** Topic file that team answers go to unless another is chosen. */
export const TEAM_TOPIC = 'tu-to-cong-nghe-so';

export interface ApproveOptions {
  /** Folder holding `lessons/` and `knowledge/` (CONTENT_DIR). */
  contentDir: string;
  /** The draft file. */
  file: string;
  /** Topic file to add the entry to (`vneid` or `vneid.yaml`); default {@link TEAM_TOPIC}. */
  into?: string;
}

export type ApproveResult = { ok: true; target: string; entryId: string } | { ok: false; problems: ContentProblem[] };

const key = (p: ContentProblem) => `${p.file}\u0000${p.message}`;

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Moves a reviewed draft into the knowledge base: appends the entry to a topic file (keeping
 * its comments), then validates all content exactly like `flows check`. Any problem the new
 * entry brings (a duplicate id, a bad field) undoes the change and is reported; the draft is
 * deleted only once the knowledge base accepted it.
 */
export async function approveDraft(options: ApproveOptions): Promise<ApproveResult> {
  const draft = await readDraft(options.file);
  if (!draft.entry) return { ok: false, problems: draft.problems };
  const topic = path.basename(options.into ?? TEAM_TOPIC).replace(/\.ya?ml$/, '');
  if (!/^[a-z0-9][a-z0-9-]{0,60}$/.test(topic))
    return {
      ok: false,
      problems: [
        { file: options.into ?? '', line: 1, message: 'topic file names use lower-case letters, digits and dashes' },
      ],
    };
  const target = path.join(options.contentDir, 'knowledge', `${topic}.yaml`);
  const entry = parseDocument(draft.text).toJS() as Record<string, unknown>;

  const before = await readIfExists(target);
  let next: string;
  if (before === undefined) {
    const header =
      '# yaml-language-server: $schema=../schema/knowledge.schema.json\n# Hỏi đáp do tổ công nghệ số cộng đồng trả ' +
      'lời, được quản trị viên duyệt.\n';
    next = header + stringify({ topic, entries: [entry] }, { lineWidth: 0 });
  } else {
    const doc = parseDocument(before);
    if (!isSeq(doc.get('entries', true)))
      return {
        ok: false,
        problems: [{ file: target, line: 1, message: 'this topic file has no `entries:` list to add to' }],
      };
    doc.addIn(['entries'], doc.createNode(entry));
    next = doc.toString({ lineWidth: 0 });
  }

  const baseline = new Set((await checkContent({ dir: options.contentDir })).problems.map(key));
  await writeFile(target, next);
  const added = (await checkContent({ dir: options.contentDir })).problems.filter((p) => !baseline.has(key(p)));
  if (added.length > 0) {
    if (before === undefined) await unlink(target);
    else await writeFile(target, before);
    return { ok: false, problems: added };
  }
  await unlink(options.file);
  return { ok: true, target, entryId: draft.entry.id };
}
