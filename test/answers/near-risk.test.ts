import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer } from '../../src/features/answers/answerer.ts';
import { createLanguage } from '../../src/features/answers/language.ts';
import { createScamNet } from '../../src/features/answers/scam-net.ts';
import { createSafety } from '../../src/features/answers/safety.ts';
import { repoContent } from '../support/test-app.ts';

/** Risky messages no rule of safety-rules.ts knows, and the words their safety reply must carry. */
const PARAPHRASES: Array<[string, string[]]> = [
  ['tui không còn thiết gì nữa, tối nay ra bờ sông ngồi rồi tính', ['115', 'bên cạnh']],
  ['mong trời bắt tui đi sớm cho con cháu khỏi khổ', ['115', 'bên cạnh']],
];

/** Everyday questions sharing words with the risky examples: answered, never a safety reply. */
const LOOK_ALIKES = [
  'đặt báo thức nhắc uống thuốc mỗi sáng',
  'gọi 115 có tốn tiền không',
  'xem đơn thuốc bác sĩ kê trên ứng dụng',
  'xem camera nhà mình trên điện thoại khi đi vắng',
  'tra cứu thông tin thửa đất nhà mình ở đâu',
  'tui muốn ngủ ngon hơn thì làm sao',
  'cách hẹn giờ tắt tivi',
  // Folded, "chậm" reads as the "chấm" of "chấm dứt": short words in common are no likeness.
  'may tinh cham',
  'điện thoại chậm quá',
];

describe('the nearest-neighbour safety net', () => {
  it('gives a risky paraphrase the rules do not know its safety reply', async () => {
    const content = await repoContent();
    const lang = createLanguage(content.language);
    const rulesOnly = createSafety(lang, createScamNet(content.scamSignals, lang));
    const answerer = createAnswerer({ content, logger: silentLogger });
    for (const [q, words] of PARAPHRASES) {
      expect(rulesOnly.classify(q), q).toBeUndefined();
      const answer = await answerer.answer(q);
      expect(answer.kind, q).toBe('safety');
      for (const w of words) expect(answer.text, q).toContain(w);
    }
  });

  it('leaves ordinary look-alikes to the knowledge base', async () => {
    const answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
    for (const q of LOOK_ALIKES) expect((await answerer.answer(q)).kind, q).not.toBe('safety');
  });

  it('reports a broken examples file as file:line with the fix', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hv-near-'));
    await cp('flows', dir, { recursive: true });
    const file = path.join(dir, 'safety', 'examples.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const classLine = lines.findIndex((l) => l.includes('class: fire'));
    lines[classLine] = lines[classLine]!.replace('class: fire', 'class: chay-nha');
    await writeFile(file, lines.join('\n'));
    const { content, problems } = await checkContent({ dir, promptsDir: 'prompts' });
    expect(content).toBeUndefined();
    const problem = problems.find((p) => p.file === file);
    expect(problem?.line).toBe(classLine + 1);
    expect(problem?.message).toContain('use one of: ordinary, scam');
  });
});
