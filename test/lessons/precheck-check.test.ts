import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../src/core/content/check-lesson.ts';
import { lessonSchema } from '../../src/core/content/lesson-schema.ts';
import { parseYaml } from '../../src/core/content/parse-yaml.ts';

const FILE = 'flows/lessons/vneid.yaml';

async function problemsOf(edit: (text: string) => string): Promise<string[]> {
  const text = edit(await readFile(FILE, 'utf8'));
  const parsed = parseYaml(FILE, text, lessonSchema);
  if (!parsed.ok) return parsed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  return checkLesson(parsed.value, 'vneid').map((p) => `${p.file}:${p.line}: ${p.message}`);
}

const lineOf = async (pattern: RegExp) =>
  (await readFile(FILE, 'utf8')).split('\n').findIndex((l) => pattern.test(l)) + 1;

describe('flows check of the check before a lesson', () => {
  it('accepts every lesson as it is, each with a check and a task', async () => {
    expect(await problemsOf((t) => t)).toEqual([]);
  });

  it('names an unknown mirrored quiz question, a second right answer and a lone question by file:line', async () => {
    const mirrors = await lineOf(/^ {4}mirrors: q1$/);
    expect(await problemsOf((t) => t.replace('mirrors: q1', 'mirrors: q9'))).toEqual([
      `${FILE}:${mirrors}: unknown quiz question "q9"; name the quiz question that tests the same skill ` +
        '(q1, q2, q3, q4, q5)',
    ]);
    // The check comes after the quiz in the file: its copy of the option is the last one.
    const option = '      - text: "Qua một đường link lạ"\n';
    const both = await problemsOf((t) => {
      const at = t.lastIndexOf(option) + option.length;
      return `${t.slice(0, at)}        correct: true\n${t.slice(at)}`;
    });
    expect(both).toEqual([
      expect.stringMatching(
        /^flows\/lessons\/vneid\.yaml:\d+: a check question needs exactly one option .*\(found 2\)$/,
      ),
    ]);
    const lone = await problemsOf((t) => t.slice(0, t.indexOf('  - id: p2\n')));
    expect(lone).toEqual([expect.stringMatching(/vneid\.yaml:\d+: .*2 or 3 questions/)]);
  });
});
