import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';
import { ALL_WARDS } from '../../src/core/stats/stats-keys.ts';
import { feedbackKeys } from '../../src/features/feedback/record.ts';
import { chatter, manualClock, testApp } from '../support/test-app.ts';

/** The number in front of an option of a numbered list ("3. 🙋 Hỏi cán bộ hỗ trợ" → "3"). */
const numberOf = (text: string, label: string) => text.match(new RegExp(`(\\d+)\\. ${label}`))?.[1];

/** The tutor with one admin who takes questions, and a learner past onboarding. */
async function withAdmin() {
  const clock = manualClock();
  const app = await testApp({ clock: clock.now, env: { ADMIN_IDS: 'console:admin' } });
  await chatter(app, 'console:admin').say('menu');
  const learner = chatter(app, 'console:learner');
  await learner.begin();
  return { app, learner, clock };
}

describe('"không hiểu" / "nói lại"', () => {
  it('in a lesson, offers a person after the step; what is sent names the step the learner did not get', async () => {
    const { learner } = await withAdmin();
    await learner.say('3');
    const again = await learner.say('khong hieu');
    expect(again).toContain('(1/10)');
    expect(again).toContain('1. Tiếp tục ▶️');
    expect(again).not.toContain('UBND phường');
    const ask = numberOf(again, '🙋 Hỏi cán bộ hỗ trợ');
    expect(ask).toBe('3'); // after "1. Tiếp tục" and "2. ✍️ Thử 2 câu trước"
    expect(await learner.say(ask!)).toContain('phường hoặc xã nào');
    const confirm = await learner.say('1'); // "📨 Gửi cho ban quản trị"
    expect(confirm).toContain('Gửi câu hỏi này cho ban quản trị');
    expect(confirm).toContain('Tôi chưa hiểu bài "VNeID – tài khoản định danh điện tử", đoạn 1/10');
  });

  it('right after an answer, "không hiểu" is its 👎 "hard to read" once; "nói lại" and an earlier 👍 are kept', async () => {
    const { app, learner, clock } = await withAdmin();
    const counters = () => app.store.counters(feedbackKeys.counters(ALL_WARDS));
    await learner.say('quên mật khẩu vneid');
    expect(await learner.say('nói lại đi cháu')).toContain('bằng lời của mình');
    expect(await counters()).toEqual({});

    clock.set('2026-11-25T02:05:00Z'); // each answer is rated by the moment it was given
    const answer = await learner.say('quên mật khẩu vneid');
    const sorry = await learner.say('không hiểu gì cả');
    expect(sorry).toContain('đã ghi lại');
    expect(sorry).toMatch(/\d+\. 🙋 Hỏi cán bộ hỗ trợ/);
    expect(await counters()).toMatchObject({ down: 1, 'why:hard': 1 });
    expect(answer).toContain('👎 Chưa đúng');

    clock.set('2026-11-25T02:10:00Z');
    const next = await learner.say('quên mật khẩu vneid');
    await learner.say(numberOf(next, '👍 Hữu ích')!);
    expect(await learner.say('chưa hiểu')).not.toContain('đã ghi lại');
    expect(await counters()).toMatchObject({ up: 1, down: 1, 'why:hard': 1 });
  });
});

describe('content checks of "không hiểu" words and simpler steps', () => {
  it('names the file and line of a phrase that means two things and of an empty `simpler:`', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hv-explain-'));
    await cp('flows', dir, { recursive: true });
    const talk = path.join(dir, 'talk.yaml');
    const lines = (await readFile(talk, 'utf8')).split('\n');
    const again = lines.indexOf('  again:');
    lines.splice(again + 1, 0, '    - vâng', '    - không hiểu');
    await writeFile(talk, lines.join('\n'));
    const vneid = path.join(dir, 'lessons', 'vneid.yaml');
    const text = (await readFile(vneid, 'utf8')).replace(/ {4}simpler: \|\n( {6}.*\n)+/, '    simpler: ""\n');
    await writeFile(vneid, text);
    const simpler = text.split('\n').findIndex((l) => l.startsWith('    simpler:'));

    const { problems } = await checkContent({ dir, promptsDir: 'prompts' });
    const said = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(said).toContainEqual(expect.stringMatching(new RegExp(`^${talk}:${again + 2}: "vâng" is already`)));
    expect(said).toContainEqual(
      `${talk}:${again + 3}: "không hiểu" is also in \`explain.unclear\`; keep it in one list`,
    );
    expect(said).toContainEqual(expect.stringMatching(new RegExp(`^${vneid}:${simpler + 1}: .*simpler is empty`)));
  });
});
