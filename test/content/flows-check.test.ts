import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';

async function copyFlows(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hv-flows-'));
  await cp('flows', dir, { recursive: true });
  return dir;
}

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}`);
  await writeFile(file, next);
}

function check(dir: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/hocvuso.js', 'flows', 'check', dir], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('content validation', () => {
  it('accepts every lesson and knowledge file in the repository', async () => {
    const { content, problems } = await checkContent({ dir: 'flows', promptsDir: 'prompts' });
    expect(problems).toEqual([]);
    expect(content!.lessons.length).toBeGreaterThanOrEqual(8);
    for (const lesson of content!.lessons) {
      expect(lesson.steps.length).toBeGreaterThanOrEqual(5);
      expect(lesson.quiz.length).toBeGreaterThanOrEqual(3);
    }
    expect(content!.knowledge.length).toBeGreaterThanOrEqual(80);
  });

  it('names wards from wards.yaml, and reports a ward listed twice or a name that cannot be one', async () => {
    const { content } = await checkContent({ dir: 'flows', promptsDir: 'prompts' });
    expect(content!.wardName('phuong-yen-hoa')).toBe('Phường Yên Hòa');
    expect(content!.wardName('phuong-khong-co')).toBeUndefined();

    const dir = await copyFlows();
    const wards = path.join(dir, 'wards.yaml');
    await writeFile(wards, 'wards:\n  - name: Phường Yên Hòa\n  - name: phuong yen hoa\n');
    const twice = check(dir);
    expect(twice.status).not.toBe(0);
    expect(twice.stderr).toContain(
      `${wards}:3: "phuong yen hoa" is the same ward as "Phường Yên Hòa" (both give the code phuong-yen-hoa); keep one`,
    );
    await writeFile(wards, 'wards:\n  - name: Xã Bát Tràng\n  - name: "0912345678"\n');
    const phone = check(dir);
    expect(phone.status).not.toBe(0);
    expect(phone.stderr).toContain(`${wards}:3: wards.1.name: a ward name has no long numbers`);
  });

  it('reports broken content as file:line with the fix, and exits non-zero', async () => {
    const dir = await copyFlows();
    const vneid = path.join(dir, 'lessons', 'vneid.yaml');
    const lines = (await readFile(vneid, 'utf8')).split('\n');
    // An unknown step target, a second correct answer and an over-long button label.
    const nextLine = lines.findIndex((l) => /^\s+next: /.test(l));
    lines[nextLine] = lines[nextLine]!.replace(/next: .*/, 'next: buoc-khong-co');
    const optionLine = lines.findIndex(
      (l, i) => i > nextLine && /^\s+- text: /.test(l) && !/correct/.test(lines[i + 1] ?? ''),
    );
    lines.splice(optionLine + 1, 0, `${lines[optionLine]!.match(/^\s+/)![0]}  correct: true`);
    await writeFile(vneid, lines.join('\n'));
    const zalo = path.join(dir, 'lessons', 'zalo-an-toan.yaml');
    const zaloLines = (await readFile(zalo, 'utf8')).split('\n');
    const labelLine = zaloLines.findIndex((l) => /^\s+- label: /.test(l));
    zaloLines[labelLine] = zaloLines[labelLine]!.replace(/label: .*/, `label: "${'Một nhãn nút rất dài '.repeat(3)}"`);
    await writeFile(zalo, zaloLines.join('\n'));

    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(`${vneid}:${nextLine + 1}: unknown step "buoc-khong-co"; use one of:`);
    expect(stderr).toMatch(
      new RegExp(`${vneid}:\\d+: a quiz question needs exactly one option with \`correct: true\` \\(found 2\\)`),
    );
    expect(stderr).toContain(`${zalo}:${labelLine + 1}:`);
    expect(stderr).not.toContain('unknown lesson');
    expect(stderr).toContain('button labels are at most 30 characters');
  });

  it('catches YAML syntax errors, duplicate ids and a lesson file named unlike its id', async () => {
    const dir = await copyFlows();
    await edit(path.join(dir, 'lessons', 'zalo-an-toan.yaml'), /^title: /m, 'title: : : broken\n  bad indent: [');
    const phone = path.join(dir, 'lessons', 'dien-thoai-co-ban.yaml');
    const text = await readFile(phone, 'utf8');
    const secondId = [...text.matchAll(/^ {2}- id: (.+)$/gm)][1]!;
    await writeFile(
      phone,
      text.replace(secondId[0], secondId[0].replace(secondId[1]!, [...text.matchAll(/^ {2}- id: (.+)$/gm)][0]![1]!)),
    );
    await edit(path.join(dir, 'lessons', 'tro-ly-ai.yaml'), /^id: tro-ly-ai$/m, 'id: tro-ly-ai-2');

    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/zalo-an-toan\.yaml:\d+: YAML syntax: .*check indentation and quotes/);
    expect(stderr).toMatch(/dien-thoai-co-ban\.yaml:\d+: duplicate step id/);
    expect(stderr).toMatch(/tro-ly-ai\.yaml:\d+: id "tro-ly-ai-2" must match the file name/);
  });

  it('refuses to start the chat on broken content, with the same messages', async () => {
    const dir = await copyFlows();
    await edit(path.join(dir, 'lessons', 'vneid.yaml'), /^reviewed: .*$/m, 'reviewed: hôm qua');
    const r = spawnSync(process.execPath, ['bin/hocvuso.js', 'chat'], {
      encoding: 'utf8',
      input: 'menu\n',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/vneid\.yaml:\d+: reviewed: write the review date as YYYY-MM-DD/);
    expect(r.stdout).toBe('');
  });
});
