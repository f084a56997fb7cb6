import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { knowledgeFileSchema } from '../core/content/knowledge-schema.ts';
import { lessonSchema } from '../core/content/lesson-schema.ts';
import { languageFileSchema } from '../core/content/language-schema.ts';
import { taskWordsFileSchema } from '../core/content/task-words-schema.ts';
import { scamSignalsFileSchema } from '../core/content/scam-signals-schema.ts';
import { subjectsFileSchema } from '../core/content/subjects-schema.ts';
import { wardsFileSchema } from '../core/content/wards-schema.ts';
import { stopFileSchema, talkFileSchema } from '../core/content/talk-schema.ts';
import { checkContent } from '../content/load-content.ts';

/** `hocvuso flows check [dir]`: every problem as `file:line: message`; non-zero exit when any. */
export async function flowsCheck(
  dir: string,
  promptsDir: string | undefined,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const { content, problems } = await checkContent({ dir, ...(promptsDir ? { promptsDir } : {}) });
  for (const p of problems) err.write(`${p.file}:${p.line}: ${p.message}\n`);
  if (!content) {
    err.write(`${problems.length} problem(s) found.\n`);
    return 1;
  }
  out.write(
    `OK: ${content.lessons.length} lessons, ${content.lessons.reduce((n, l) => n + l.quiz.length, 0)} quiz ` +
      `questions, ${content.knowledge.length} knowledge entries.\n`,
  );
  return 0;
}

/** `hocvuso flows schema`: writes JSON Schemas generated from the zod schemas, for editor autocomplete. */
export async function flowsSchema(dir: string, out: NodeJS.WritableStream): Promise<number> {
  const target = path.join(dir, 'schema');
  await mkdir(target, { recursive: true });
  const schemas = {
    'lesson.schema.json': lessonSchema,
    'knowledge.schema.json': knowledgeFileSchema,
    'wards.schema.json': wardsFileSchema,
    'language.schema.json': languageFileSchema,
    'scam-signals.schema.json': scamSignalsFileSchema,
    'subjects.schema.json': subjectsFileSchema,
    'tasks.schema.json': taskWordsFileSchema,
    'stop.schema.json': stopFileSchema,
    'talk.schema.json': talkFileSchema,
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const json = z.toJSONSchema(schema, { io: 'input' });
    await writeFile(path.join(target, name), `${JSON.stringify(json, null, 2)}\n`);
    out.write(`wrote ${path.join(target, name)}\n`);
  }
  return 0;
}
