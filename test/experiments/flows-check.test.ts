import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';
import { LESSON_TEST } from './support.ts';

/** The repository's flows with the vneid lesson's A/B test edited; the problems as `flows check` prints them. */
async function problemsAfter(edits: Array<[string, string]>, extra?: [string, string]) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hv-ab-flows-'));
  await cp('flows', dir, { recursive: true });
  const file = path.join(dir, 'lessons', 'vneid.yaml');
  let text = await readFile(file, 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`no "${from}" in vneid.yaml`);
    text = text.replace(from, to);
  }
  await writeFile(file, text);
  if (extra) await writeFile(path.join(dir, 'lessons', extra[0]), extra[1]);
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const { problems } = await checkContent({ dir, promptsDir: 'prompts' });
  return { file, lineOf, printed: problems.map((p) => `${p.file}:${p.line}: ${p.message}`) };
}

describe('flows check on A/B variants', () => {
  it('accepts the example test in the vneid lesson', async () => {
    const { printed } = await problemsAfter([]);
    expect(printed).toEqual([]);
  });

  it('names a weight that is not positive, at its line, with the fix', async () => {
    const { file, lineOf, printed } = await problemsAfter([
      ['        weight: 50\n      - id: vi-du', '        weight: 0\n      - id: vi-du'],
    ]);
    expect(printed).toContainEqual(
      `${file}:${lineOf('weight: 0')}: steps.5.variants.0.weight: weight must be above 0 (e.g. 50 and 50 for an even split); remove a variant to stop showing it`,
    );
  });

  it('names a variant id used twice', async () => {
    const { file, lineOf, printed } = await problemsAfter([['      - id: vi-du', '      - id: goc']]);
    // The second "goc", two lines below the first (after its weight).
    const line = lineOf('      - id: goc') + 2;
    expect(printed).toContain(`${file}:${line}: duplicate variant id "goc"; give each variant of a test its own id`);
  });

  it('checks each variant as the step learners would see: a `next` to nowhere is reported in the variant', async () => {
    const { file, lineOf, printed } = await problemsAfter([
      ['        weight: 50\n        text: |', '        weight: 50\n        next: khong-co\n        text: |'],
    ]);
    expect(printed.find((p) => p.includes('khong-co'))).toMatch(
      new RegExp(
        `^${escape(file)}:${lineOf('next: khong-co')}: variant "vi-du": unknown step "khong-co"; use one of: `,
      ),
    );
  });

  it('checks each variant of a whole-lesson test, and one test per lesson', async () => {
    const broken = LESSON_TEST.replace(
      '        text: "Nhắc lại điều chính."',
      '        text: "Nhắc lại."\n        next: buoc-9',
    ).replace(
      '  - id: buoc-2\n',
      '  - id: buoc-2\n    variants:\n      - id: x\n        weight: 1\n      - id: y\n        weight: 1\n',
    );
    const { printed } = await problemsAfter([], ['thu-ca-bai.yaml', broken]);
    const file = printed.filter((p) => p.includes('thu-ca-bai.yaml'));
    expect(file.some((p) => p.includes('variant "ngan": unknown step "buoc-9"'))).toBe(true);
    expect(file.some((p) => p.includes('test one thing at a time'))).toBe(true);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
