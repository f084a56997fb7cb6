import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/content/load-content.ts';

/** Entries whose facts were corrected against the page they now cite (issue 16, 2026-12-04). */
async function entry(id: string) {
  const { content } = await checkContent({ dir: 'flows', promptsDir: 'prompts' });
  const found = content!.knowledge.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

describe('corrected knowledge entries', () => {
  it('the national cyberspace entry says the work moved to the Ministry of Public Security on 1/3/2025', async () => {
    const e = await entry('bc-khong-gian-mang-quoc-gia');
    expect(e.answer).toContain('1/3/2025');
    expect(e.answer).toContain('Bộ Công an');
    expect(e.answer).toContain('VNeID');
    expect(e.answer).not.toContain('thuộc Cục An toàn thông tin');
    expect(new URL(e.source).hostname).toBe('vnexpress.net');
  });

  it('the fake security-agency page entry no longer names khonggianmang.vn as the real page', async () => {
    const e = await entry('bc-trang-gia-co-quan-an-ninh');
    expect(e.answer).not.toContain('Trang thật của NCSC');
    expect(e.answer).toContain('không thu phí');
  });

  it("a child's data: consent of child and parent is for publishing private life, as the law says", async () => {
    const e = await entry('tre-em-du-lieu-ca-nhan');
    expect(e.answer).toContain('công bố');
    expect(e.answer).toContain('đủ 7 tuổi');
  });

  it('corrected entries carry the review date of the correction', async () => {
    for (const id of ['bc-khong-gian-mang-quoc-gia', 'tre-em-du-lieu-ca-nhan', 'ld-ket-ban-roi-ru-dau-tu']) {
      expect(String((await entry(id)).reviewed)).toContain('2026-12-04');
    }
  });

  it('the known weak citations list keeps shrinking (145 left on 2026-12-04)', async () => {
    const data = parse(await readFile('test/content/weak-sources-known.yaml', 'utf8')) as Record<string, string[]>;
    const count = Object.values(data).reduce((n, ids) => n + ids.length, 0);
    expect(count).toBeLessThanOrEqual(145);
  });
});
