import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.ts';
import { watchKnowledge } from '../../src/app/watch-knowledge.ts';
import { knowledgeCommand } from '../../src/cli/knowledge-command.ts';
import { startServe } from '../../src/cli/serve-command.ts';
import { createConfig } from '../../src/config.ts';
import type { Schedule } from '../../src/content/knowledge-reload.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { chatter } from '../support/test-app.ts';
import { capturedLogger, onboardedChat } from './answers-support.ts';

const QUESTION = 'câu lạc bộ dưỡng sinh của phường đăng ký ở đâu';
const NEW_ANSWER = 'Câu lạc bộ dưỡng sinh Phường Yên Hòa nhận đăng ký tại nhà văn hóa tổ dân phố số 5';
const NOT_SURE = 'chưa chắc nên không dám trả lời bừa';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A copy of flows/ and an empty drafts folder, removed after the test. */
async function contentCopy() {
  const dir = await mkdtemp(path.join(tmpdir(), 'hv-reload-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp('flows', path.join(dir, 'flows'), { recursive: true });
  const env = {
    CONTENT_DIR: path.join(dir, 'flows'),
    PROMPTS_DIR: 'prompts',
    KNOWLEDGE_DRAFTS_DIR: path.join(dir, 'drafts'),
  };
  return { dir, env, knowledgeDir: path.join(env.CONTENT_DIR, 'knowledge') };
}

/** A schedule the test runs by hand: `tick()` is what the timer would do every 30 s. */
function handSchedule() {
  const state: { tick?: () => Promise<void>; everyMs?: number; cancelled: boolean } = { cancelled: false };
  const schedule: Schedule = (tick, everyMs) => {
    state.tick = tick;
    state.everyMs = everyMs;
    return () => void (state.cancelled = true);
  };
  return { schedule, state, tick: () => state.tick!() };
}

/** A team answer approved the way an admin does it: a draft, then `hocvuso knowledge review approve`. */
async function approve(env: Record<string, string>, id: string) {
  const draft = [
    '# Bản nháp từ câu hỏi #TH01 do Chị Lan, tổ công nghệ số Phường Yên Hòa trả lời.',
    `id: ${id}`,
    'questions:',
    '  - Câu lạc bộ dưỡng sinh của phường đăng ký ở đâu?',
    'keywords: [câu lạc bộ dưỡng sinh, dưỡng sinh, tập dưỡng sinh]',
    `answer: ${NEW_ANSWER}, sáng thứ Hai đến thứ Sáu; bác mang theo một ảnh chân dung.`,
    'source: https://binhdanhocvuso.gov.vn',
    'sourceTitle: Tổ công nghệ số Phường Yên Hòa',
    'reviewed: 2026-11-25',
    'author: Chị Lan, tổ công nghệ số Phường Yên Hòa',
    '',
  ].join('\n');
  await mkdir(env.KNOWLEDGE_DRAFTS_DIR!, { recursive: true });
  await writeFile(path.join(env.KNOWLEDGE_DRAFTS_DIR!, `${id}.yaml`), draft);
  let err = '';
  const sink = (keep: boolean) =>
    new Writable({ write: (chunk, _enc, done) => void (keep && (err += String(chunk)), done()) });
  const status = await knowledgeCommand(createConfig(env), ['review', 'approve', id], {
    stdout: sink(false),
    stderr: sink(true),
  });
  expect(err).toBe('');
  expect(status).toBe(0);
}

const BROKEN = [
  'topic: hong',
  'entries:',
  '  - id: mot-muc-hong',
  '    questions: ["Một câu hỏi thử?"]',
  '    answer: Trả lời thử.',
  '    source: chưa có địa chỉ',
  '    sourceTitle: Thử',
  '    reviewed: 2026-11-25',
  '',
].join('\n');

// Each test loads and indexes the whole knowledge base twice (start, then the reload): 25–35 s here.
describe('approved knowledge is answered without a restart', { timeout: 120_000 }, () => {
  it('answers from a newly approved entry after the next check; a broken file keeps the old knowledge and is logged once', async () => {
    const { env, knowledgeDir } = await contentCopy();
    const config = createConfig(env);
    const { logger, lines } = capturedLogger();
    const app = createApp({
      config,
      content: await loadContent({ dir: config.CONTENT_DIR, promptsDir: config.PROMPTS_DIR }),
      store: createMemoryStore(),
      logger,
    });
    const hand = handSchedule();
    const reload = await watchKnowledge(app, { schedule: hand.schedule });
    cleanups.push(() => reload.stop());
    expect(hand.state.everyMs).toBeGreaterThanOrEqual(30_000);
    expect(hand.state.everyMs).toBeLessThanOrEqual(60_000);

    const learner = await onboardedChat(app);
    expect(await learner.say(QUESTION)).toContain(NOT_SURE);
    await hand.tick();
    expect(await learner.say(QUESTION)).toContain(NOT_SURE);

    await approve(env, 'thue-mon-bai');
    // Not yet looked at: the running tutor still answers from what it had.
    expect(await learner.say(QUESTION)).toContain(NOT_SURE);
    const inFlight = app.answerer.draft(QUESTION);
    await hand.tick();
    // An answer begun before the swap finishes with the knowledge it started with.
    expect((await app.answerer.complete(inFlight)).text).toContain(NOT_SURE);
    const answered = await learner.say(QUESTION);
    expect(answered).toContain(NEW_ANSWER);
    expect(answered).toContain('Nguồn: https://binhdanhocvuso.gov.vn');
    expect(answered).not.toContain(NOT_SURE);
    expect(lines.filter((l) => l.includes('knowledge reloaded'))).toHaveLength(1);

    await writeFile(path.join(knowledgeDir, 'hong.yaml'), BROKEN);
    await hand.tick();
    expect(await learner.say(QUESTION)).toContain(NEW_ANSWER);
    expect(await learner.say('quên mật khẩu vneid')).toContain('VNeID');
    const errors = () => lines.filter((l) => JSON.parse(l).level === 50);
    expect(errors()).toHaveLength(1);
    const logged = JSON.parse(errors()[0]!) as { msg: string; problems: string[] };
    expect(logged.problems).toEqual([
      `${path.join(knowledgeDir, 'hong.yaml')}:6: entries.0.source: must be a full web address starting with https://`,
    ]);
    expect(logged.msg).toContain('hong.yaml:6: entries.0.source: must be a full web address');
    expect(logged.msg).toContain('previous entries stay in use');
    // Once per change, not at every check.
    await hand.tick();
    await hand.tick();
    expect(errors()).toHaveLength(1);

    await writeFile(
      path.join(knowledgeDir, 'hong.yaml'),
      BROKEN.replace('chưa có địa chỉ', 'https://binhdanhocvuso.gov.vn'),
    );
    await hand.tick();
    expect(errors()).toHaveLength(1);
    expect(app.answerer.knowledge().map((e) => e.id)).toEqual(expect.arrayContaining(['thue-mon-bai', 'mot-muc-hong']));
    expect(await learner.say(QUESTION)).toContain(NEW_ANSWER);
  });

  it('serve picks up knowledge by itself and stops looking when it stops', async () => {
    const { env, knowledgeDir } = await contentCopy();
    const hand = handSchedule();
    const running = await startServe(createConfig({ ...env, PORT: '0', WORKERS: 'off', LOG_LEVEL: 'silent' }), {
      knowledgeSchedule: hand.schedule,
    });
    let stopped = false;
    cleanups.push(async () => void (stopped || (await running.stop())));
    const learner = chatter(running.app, 'console:serve-learner');
    await learner.say('/start');
    await learner.say('bác');
    await learner.say('bỏ qua');
    expect(await learner.say(QUESTION)).toContain(NOT_SURE);

    await approve(env, 'thue-mon-bai');
    await hand.tick();
    expect(await learner.say(QUESTION)).toContain(NEW_ANSWER);

    expect(hand.state.cancelled).toBe(false);
    await running.stop();
    stopped = true;
    expect(hand.state.cancelled).toBe(true);
    const before = running.app.answerer.knowledge().length;
    await writeFile(
      path.join(knowledgeDir, 'sau-khi-dung.yaml'),
      BROKEN.replace('chưa có địa chỉ', 'https://binhdanhocvuso.gov.vn'),
    );
    // A tick that was already due when it stopped changes nothing.
    await hand.tick();
    expect(running.app.answerer.knowledge()).toHaveLength(before);
  });
});
