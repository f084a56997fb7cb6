import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { checkLesson } from '../core/content/check-lesson.ts';
import { createContent, type Content } from '../core/content/content.ts';
import { knowledgeFileSchema, type KnowledgeEntry } from '../core/content/knowledge-schema.ts';
import { lessonSchema, type Lesson } from '../core/content/lesson-schema.ts';
import { parseYaml } from '../core/content/parse-yaml.ts';
import { wardsFileSchema } from '../core/content/wards-schema.ts';
import { languageFileSchema } from '../core/content/language-schema.ts';
import { taskWordsFileSchema } from '../core/content/task-words-schema.ts';
import { scamSignalsFileSchema } from '../core/content/scam-signals-schema.ts';
import { safetyExamplesFileSchema } from '../core/content/safety-examples-schema.ts';
import { subjectsFileSchema } from '../core/content/subjects-schema.ts';
import { wardCode } from '../features/onboarding/ward.ts';
import { loadTalk } from './load-talk.ts';
import { ContentError, type ContentProblem } from '../core/errors.ts';

/** Prompt files every installation must have (checked like lessons). */
export const REQUIRED_PROMPTS = [
  'answer-system',
  'answer-user',
  'retrieve-system',
  'retrieve-user',
  'safety-system',
  'safety-user',
] as const;

export interface LoadContentOptions {
  /** Folder holding `lessons/` and `knowledge/`. */
  dir: string;
  /** Folder of `*.md` prompt files; omitted means prompts are not loaded. */
  promptsDir?: string;
}

/** The `*.yaml`/`*.yml` files of a folder, sorted; none when the folder does not exist. */
export async function yamlFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names
      .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
      .sort()
      .map((n) => path.join(dir, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads and validates every content file, collecting all problems before failing. */
export async function checkContent(
  options: LoadContentOptions,
): Promise<{ content?: Content; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const lessons: Lesson[] = [];
  const lessonFiles = await yamlFiles(path.join(options.dir, 'lessons'));
  if (lessonFiles.length === 0) {
    problems.push({
      file: path.join(options.dir, 'lessons'),
      line: 1,
      message: 'no lesson files found; add at least one *.yaml lesson',
    });
  }
  const lessonIds = new Map<string, string>();
  for (const file of lessonFiles) {
    const parsed = parseYaml(file, await readFile(file, 'utf8'), lessonSchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      // Keep the id known so knowledge entries pointing at this lesson are not reported too.
      const rawId = (parsed.raw as { id?: unknown } | undefined)?.id;
      if (typeof rawId === 'string') lessonIds.set(rawId, file);
      continue;
    }
    const expected = path.basename(file).replace(/\.ya?ml$/, '');
    problems.push(...checkLesson(parsed.value, expected));
    const lesson = parsed.value.data;
    const other = lessonIds.get(lesson.id);
    if (other)
      problems.push({
        file,
        line: parsed.value.lineOf(['id']),
        message: `lesson id "${lesson.id}" is already used by ${other}`,
      });
    lessonIds.set(lesson.id, file);
    lessons.push(lesson);
  }

  const knowledge: KnowledgeEntry[] = [];
  const entryIds = new Map<string, string>();
  for (const file of await yamlFiles(path.join(options.dir, 'knowledge'))) {
    const parsed = parseYaml(file, await readFile(file, 'utf8'), knowledgeFileSchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    parsed.value.data.entries.forEach((entry, i) => {
      const line = parsed.value.lineOf(['entries', i, 'id']);
      const other = entryIds.get(entry.id);
      if (other)
        problems.push({ file, line, message: `entry id "${entry.id}" is already used in ${other}; choose another id` });
      entryIds.set(entry.id, file);
      if (entry.lesson !== undefined && !lessonIds.has(entry.lesson)) {
        problems.push({
          file,
          line: parsed.value.lineOf(['entries', i, 'lesson']),
          message: `unknown lesson "${entry.lesson}"; use one of: ${[...lessonIds.keys()].join(', ')}`,
        });
      }
      knowledge.push(entry);
    });
  }

  const wards = new Map<string, string>();
  const wardsFile = path.join(options.dir, 'wards.yaml');
  const wardsText = await readFile(wardsFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined; // optional: names then come from the codes
    throw error;
  });
  if (wardsText !== undefined) {
    const parsed = parseYaml(wardsFile, wardsText, wardsFileSchema);
    if (!parsed.ok) problems.push(...parsed.problems);
    else {
      parsed.value.data.wards.forEach(({ name }, i) => {
        const line = parsed.value.lineOf(['wards', i, 'name']);
        const code = wardCode(name);
        const other = code === undefined ? undefined : wards.get(code);
        if (code === undefined)
          problems.push({
            file: wardsFile,
            line,
            message: `"${name}" cannot be a ward name; write it as people know it, e.g. Phường Yên Hòa`,
          });
        else if (other !== undefined)
          problems.push({
            file: wardsFile,
            line,
            message: `"${name}" is the same ward as "${other}" (both give the code ${code}); keep one`,
          });
        else wards.set(code, name);
      });
    }
  }

  const words = await loadData(path.join(options.dir, 'language', 'words.yaml'), languageFileSchema, problems);
  // Optional: content without AI tasks (test fixtures) reads words only.
  const tasksFile = path.join(options.dir, 'language', 'tasks.yaml');
  const tasks = existsSync(tasksFile) ? await loadData(tasksFile, taskWordsFileSchema, problems) : undefined;
  const language = words && tasks ? { ...words, tasks } : words;
  const scamSignals = await loadData(
    path.join(options.dir, 'safety', 'scam-signals.yaml'),
    scamSignalsFileSchema,
    problems,
  );
  const safetyExamples = await loadData(
    path.join(options.dir, 'safety', 'examples.yaml'),
    safetyExamplesFileSchema,
    problems,
  );
  const subjects = await loadData(path.join(options.dir, 'language', 'subjects.yaml'), subjectsFileSchema, problems);
  const talk = await loadTalk(options.dir, problems);

  const prompts: Record<string, string> = {};
  if (options.promptsDir !== undefined) {
    for (const name of REQUIRED_PROMPTS) {
      const file = path.join(options.promptsDir, `${name}.md`);
      try {
        const text = (await readFile(file, 'utf8')).trim();
        if (text === '')
          problems.push({ file, line: 1, message: 'prompt file is empty; write the instructions for the model' });
        prompts[name] = text;
      } catch {
        problems.push({ file, line: 1, message: `prompt file is missing; create ${name}.md` });
      }
    }
  }
  if (problems.length > 0 || !language || !scamSignals || !subjects || !safetyExamples) return { problems };
  return {
    content: createContent(
      lessons,
      knowledge,
      prompts,
      wards,
      { language, scamSignals, subjects, safetyExamples },
      talk,
    ),
    problems,
  };
}

/** One required data file validated by its schema; problems are collected, undefined when it fails. */
async function loadData<S extends z.ZodType>(
  file: string,
  schema: S,
  problems: ContentProblem[],
): Promise<z.output<S> | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    problems.push({ file, line: 1, message: `file is missing; create ${path.basename(file)} (see flows/README.md)` });
    return undefined;
  }
  const parsed = parseYaml(file, text, schema);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  return parsed.value.data;
}

/** Loads content or throws a {@link ContentError} listing every problem. */
export async function loadContent(options: LoadContentOptions): Promise<Content> {
  const { content, problems } = await checkContent(options);
  if (!content) throw new ContentError(problems);
  return content;
}
