import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app.ts';
import { createConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { statsCsv } from '../../src/features/team/stats/report.ts';
import { readTargets } from '../../src/features/team/stats/targets.ts';
import { readWardStats } from '../../src/features/team/stats/ward-stats.ts';
import { StoreError } from '../../src/core/errors.ts';
import type { Store } from '../../src/core/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { chatter, manualClock, repoContent, testApp } from '../support/test-app.ts';
import { csrfOf, signIn, startWebServer, webClient } from './support/web-client.ts';
import { ADMIN, env, joinTeam, learnerFinishes, loginLink } from './support/team.ts';

const MEMBER = 'zalo:member-yh';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function signedIn(app: App, id = MEMBER) {
  const server = await startWebServer(app, { secret: 's' });
  cleanups.push(server.close);
  const browser = webClient(server.base);
  expect((await signIn(browser, (await loginLink(app, id))!)).status).toBe(303);
  return browser;
}

const number = (html: string, testId: string) => Number(html.match(new RegExp(`data-testid="${testId}">(\\d+)<`))?.[1]);

describe('dashboard pages', () => {
  it('shows the Zalo OA quota used this month on the overview, only when an OA is set up', async () => {
    const clock = manualClock('2026-12-02T03:00:00Z');
    const oa = {
      ZALO_OA_APP_ID: '360846524940903967',
      ZALO_OA_SECRET_KEY: 'k',
      ZALO_OA_APP_SECRET: 's',
      ZALO_OA_PROACTIVE_QUOTA: '1000',
    };
    const app = await testApp({ env: { ...env, ...oa }, clock: clock.now });
    await joinTeam(app, MEMBER, 'phuong-yen-hoa');
    expect(await app.zaloOa.ledger.reserve(700, clock.now())).toBe(true);
    const page = (await (await signedIn(app)).get('/admin/overview')).text;
    expect(page).toContain('Hạn mức Zalo OA tháng 12/2026');
    expect(page).toContain('data-testid="oa-quota">700/1.000<');
    expect(page).toContain('data-testid="oa-quota-left">300<');

    const plain = await testApp({ env, clock: clock.now });
    await joinTeam(plain, MEMBER, 'phuong-yen-hoa');
    expect((await (await signedIn(plain)).get('/admin/overview')).text).not.toContain('Hạn mức Zalo OA');
  });

  it('shows the ward numbers the chat keeps, against targets, and exports the same CSV', async () => {
    const clock = manualClock();
    const app = await testApp({ env, clock: clock.now });
    await joinTeam(app, MEMBER, 'phuong-yen-hoa');
    await learnerFinishes(app, 'telegram:101', 'Phường Yên Hòa', 'vneid', 0);
    await learnerFinishes(app, 'zalo:102', 'phuong yen hoa', 'vneid', 4);
    await learnerFinishes(app, 'telegram:103', 'Xã Bát Tràng', 'tro-ly-ai', 0);
    await chatter(app, ADMIN).say('/muctieu hoat dong 60');

    const browser = await signedIn(app);
    const page = (await browser.get('/admin/overview')).text;
    expect(number(page, 'learners')).toBe(2);
    expect(number(page, 'lessons-completed')).toBe(2);
    expect(page).toContain('Hoạt động tuần này');
    expect(page).toMatch(/100%<\/span><span class="badge ok">Đạt mục tiêu/);
    expect(page).toContain('2 / 2 người học · mục tiêu 60%');
    expect(page).toContain('1 / 2 lượt làm bài kiểm tra · mục tiêu 70%');
    expect(page).toContain('<svg class="chart"');
    expect(page).toContain('Chưa có số liệu'); // no questions asked yet

    const csv = await browser.get('/admin/overview.csv');
    const content = await repoContent();
    const stats = await readWardStats(app.store, 'phuong-yen-hoa', '2026-11-25');
    expect(csv.text).toBe(`\uFEFF${statsCsv(stats, await readTargets(app.store), content)}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
  });

  it('shows where learners stop in a lesson and which questions they miss most', async () => {
    const app = await testApp({ env });
    await joinTeam(app, MEMBER, 'phuong-yen-hoa');
    await learnerFinishes(app, 'telegram:201', 'Phường Yên Hòa', 'vneid', 2);
    await learnerFinishes(app, 'telegram:202', 'Phường Yên Hòa', 'vneid', 0, 1);
    const browser = await signedIn(app);
    const page = (await browser.get('/admin/funnel?lesson=vneid')).text;
    const lesson = (await repoContent()).lesson('vneid')!;
    expect(page).toMatch(new RegExp(`data-step="${lesson.steps[0]!.id}">[\\s\\S]*?data-testid="reached">2<`));
    expect(page).toContain('1 người đang dừng ở đây');
    expect(page).toContain(lesson.quiz[0]!.question.replace(/"/g, '&#34;'));
    expect(page).toContain('1 lần sai');
    expect(page).toContain('<h1>Tiến trình bài học</h1><p class="muted">Phường Yên Hòa</p>'); // the member's own ward (test/web/web-funnel.test.ts)
  });

  it('flags content reviewed too long ago and reports files broken after start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hv-content-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp('flows', dir, { recursive: true });
    const lessonFile = path.join(dir, 'lessons', 'vneid.yaml');
    await writeFile(
      lessonFile,
      (await readFile(lessonFile, 'utf8')).replace('reviewed: 2026-11-25', 'reviewed: 2025-01-10'),
    );
    const content = await loadContent({ dir, promptsDir: 'prompts' });
    const config = createConfig({ ...env, CONTENT_DIR: dir, CONTENT_REVIEW_DAYS: '180' });
    const app = createApp({
      config,
      content,
      store: createMemoryStore(),
      logger: silentLogger,
      clock: manualClock().now,
    });
    await joinTeam(app, MEMBER, 'phuong-yen-hoa');
    const browser = await signedIn(app);

    const page = (await browser.get('/admin/content')).text;
    expect(page).toContain('Tất cả tệp nội dung đều hợp lệ');
    expect(page).toMatch(/data-lesson="vneid">[\s\S]*?Cần xem lại \(684 ngày\)/);
    expect(page).toMatch(/data-lesson="zalo-an-toan">[\s\S]*?Còn mới/);
    expect(page).toContain(`${content.knowledge.length} mục hỏi đáp`);
    const stale = (await browser.get('/admin/content?stale=1')).text;
    expect(stale).toContain('data-lesson="vneid"');
    expect(stale).not.toContain('data-lesson="zalo-an-toan"');

    await writeFile(
      path.join(dir, 'lessons', 'zalo-an-toan.yaml'),
      (await readFile(path.join(dir, 'lessons', 'zalo-an-toan.yaml'), 'utf8')).replace(/^title:.*$/m, 'title: 42'),
    );
    const broken = (await browser.get('/admin/content')).text;
    expect(broken).toContain('Lỗi trong tệp nội dung (1)');
    expect(broken).toMatch(
      /data-lesson="zalo-an-toan">[\s\S]*?1 lỗi[\s\S]*?zalo-an-toan.yaml:\d+: title: expected string/,
    );
  });

  it('lets a member try a lesson to the end with plain form posts, in each app style', async () => {
    const app = await testApp({ env });
    await joinTeam(app, MEMBER, 'phuong-yen-hoa');
    const browser = await signedIn(app);
    let page = (await browser.get('/admin/simulator')).text;
    const csrf = csrfOf(page);
    const start = await browser.post('/admin/simulator/start', { _csrf: csrf, lesson: 'vneid', view: 'telegram' });
    expect(start.location).toBe('/admin/simulator?view=telegram');
    page = (await browser.get(start.location!)).text;
    expect(page).toContain('VNeID là ứng dụng định danh điện tử');
    for (let i = 0; i < 40 && !page.includes('muốn làm gì tiếp'); i++) {
      // The buttons under the newest message, as a person would press them.
      const newest = page.slice(page.lastIndexOf('<div class="msg-buttons'), page.indexOf('class="sim-keys"'));
      const payload = [...newest.matchAll(/name="payload" value="([^"]+)"/g)]
        .map((m) => m[1]!)
        .find((p) => !p.startsWith('k:'));
      expect(payload).toBeDefined();
      const res = await browser.post('/admin/simulator/send', { _csrf: csrf, view: 'telegram', payload: payload! });
      expect(res.status).toBe(303);
      page = (await browser.get(res.location!)).text;
    }
    expect(page).toContain('muốn làm gì tiếp');
    // The real learners' statistics are untouched.
    expect(await app.learners.ids()).not.toContainEqual(expect.stringMatching(/^web:/));

    const zaloBot = (await browser.get('/admin/simulator?view=zalobot')).text;
    expect(zaloBot).toMatch(/👉 Gõ 1, 2/);
    expect(zaloBot).toContain('class="msg-buttons numbers"');
    const consoleView = (await browser.get('/admin/simulator?view=console')).text;
    expect(consoleView).toContain('(Gõ số để chọn)');

    const typed = await browser.post('/admin/simulator/send', {
      _csrf: csrf,
      view: 'console',
      text: '<script>alert(1)</script> menu',
    });
    page = (await browser.get(typed.location!)).text;
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62; menu');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('opens every page of the menu, none of them a placeholder', async () => {
    const app = await testApp({ env });
    const browser = await signedIn(app, ADMIN);
    const menu = [...(await browser.get('/admin/overview')).text.matchAll(/<nav[\s\S]*?<\/nav>/g)][0]![0];
    const paths = [...menu.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toEqual(expect.arrayContaining(['/admin/questions', '/admin/broadcasts']));
    for (const path of [...paths, '/admin/broadcasts/new']) {
      const page = await browser.get(path);
      expect(page.status, path).toBe(200);
      expect(page.text).not.toContain('Sắp có');
    }
    expect((await browser.get('/admin/nothing-here')).status).toBe(404);
    expect((await browser.get('/admin')).location).toBe('/admin/overview');
  });

  it('answers politely, without crashing, while the store is down', async () => {
    const memory = createMemoryStore();
    let down = false;
    // A store that fails like Redis does when it is unreachable.
    const store = new Proxy(memory, {
      get:
        (target, name: keyof Store) =>
        (...args: unknown[]) => {
          if (down) throw new StoreError('redis get failed: connect ECONNREFUSED');
          return (target[name] as (...a: unknown[]) => unknown)(...args);
        },
    });
    const app = await testApp({ env, store });
    const browser = await signedIn(app, ADMIN);
    down = true;
    const page = await browser.get('/admin/overview');
    expect(page.status).toBe(503);
    expect(page.text).toContain('Hệ thống đang bận');
    down = false;
    expect((await browser.get('/admin/overview')).status).toBe(200);
  });
});
