import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  ADMIN,
  handoffStack,
  joinTeam,
  onboard,
  platformId,
  questionId,
  textOf,
  type HandoffStack,
} from '../handoff/handoff-stack.ts';
import { redisAvailable } from '../support/redis.ts';
import { csrfOf, signIn, startWebServer, webClient } from './support/web-client.ts';
import { loginLink } from './support/team.ts';

const hasRedis = await redisAvailable();
const LAN = 'telegram:71';
const HUNG = 'zalo:72';
const NAM = 'telegram:73';
const ASKER = 'zalooa:8842';
const OTHER_ASKER = 'telegram:8843';

async function ask(s: HandoffStack, learnerId: string, ward: string, question: string): Promise<string> {
  const learner = await onboard(s, learnerId, ward);
  await learner.say('gặp người hỗ trợ');
  await learner.say(question);
  return questionId(await learner.press('k:ho-send'));
}

/** Two wards with a team each, one question in each; returns signed-in web clients. */
async function setup() {
  const s = await handoffStack();
  await joinTeam(s, LAN, 'Nguyễn Thị Lan');
  await joinTeam(s, HUNG, 'Lê Văn Hùng', 'anh');
  await joinTeam(s, NAM, 'Đỗ Văn Nam', 'anh', 'xa-bat-trang');
  const here = await ask(s, ASKER, 'Phường Yên Hòa', 'Cháu ơi, làm sao <b>đặt lịch</b> khám bệnh trên VNeID?');
  const there = await ask(s, OTHER_ASKER, 'Xã Bát Tràng', 'Làm sao nhận tiền trợ cấp qua tài khoản?');
  await s.idle();
  const server = await startWebServer(s.app, { secret: 'q' });
  onTestFinished(server.close);
  const client = async (id: string) => {
    const c = webClient(server.base);
    expect((await signIn(c, (await loginLink(s.app, id))!)).status).toBe(303);
    return c;
  };
  return { s, here, there, client };
}

describe.runIf(hasRedis)('the question inbox on the dashboard (Redis)', () => {
  it('lists only the ward’s questions, answers 403 to another ward’s, and never shows a learner id', async () => {
    const { s, here, there, client } = await setup();
    const lan = await client(LAN);
    const inbox = await lan.get('/admin/questions');
    expect(inbox.status).toBe(200);
    expect(inbox.text).toContain(`data-question="${here}"`);
    expect(inbox.text).not.toContain(`data-question="${there}"`);
    expect(inbox.text).toContain('Bác ở Phường Yên Hòa');
    expect(inbox.text).toContain('Chưa ai nhận');
    // The question's text is escaped, never markup.
    expect(inbox.text).toContain('&#60;b&#62;đặt lịch&#60;/b&#62;');
    for (const id of [ASKER, platformId(ASKER), OTHER_ASKER, LAN, HUNG]) expect(inbox.text).not.toContain(id);

    for (const url of [
      '/admin/questions?ward=xa-bat-trang',
      '/admin/questions?ward=*',
      `/admin/questions/view?id=${there}`,
      '/admin/questions/view?id=../../x',
    ]) {
      expect((await lan.get(url)).status, url).toBe(403);
    }
    const csrf = csrfOf((await lan.get(`/admin/questions/view?id=${here}`)).text);
    for (const action of ['claim', 'answer', 'close', 'pass', 'promote']) {
      const res = await lan.post(`/admin/questions/${action}`, {
        _csrf: csrf,
        id: there,
        text: 'Tôi trả lời',
        target: '*',
      });
      expect(res.status, action).toBe(403);
    }
    expect((await s.app.handoff.view(there, (await s.app.learners.get(ADMIN))!))?.status).toBe('open');

    const admin = await client(ADMIN);
    const all = await admin.get('/admin/questions');
    expect(all.text).toContain(`data-question="${here}"`);
    expect(all.text).toContain(`data-question="${there}"`);
    const one = await admin.get('/admin/questions?ward=xa-bat-trang');
    expect(one.text).not.toContain(`data-question="${here}"`);
    expect(one.text).toContain(`data-question="${there}"`);
  });

  it('refuses question forms without the session’s CSRF token', async () => {
    const { s, here, client } = await setup();
    const lan = await client(LAN);
    const hung = await client(HUNG);
    const hungCsrf = csrfOf((await hung.get(`/admin/questions/view?id=${here}`)).text);
    for (const form of [{ id: here }, { id: here, _csrf: 'forged' }, { id: here, _csrf: hungCsrf }] as Array<
      Record<string, string>
    >) {
      expect((await lan.post('/admin/questions/claim', form)).status).toBe(403);
      expect((await lan.post('/admin/questions/answer', { ...form, text: 'Xin chào' })).status).toBe(403);
    }
    expect((await s.app.handoff.view(here, (await s.app.learners.get(LAN))!))?.status).toBe('open');
  });

  it('claims, answers (signed, through the queue), promotes and closes, and tells a second member it is taken', async () => {
    const { s, here, client } = await setup();
    const lan = await client(LAN);
    const page = await lan.get(`/admin/questions/view?id=${here}`);
    expect(page.text).toContain('Tôi nhận trả lời câu này');
    expect(page.text).toContain('Chị Lan, tổ công nghệ số Phường Yên Hòa');
    const csrf = csrfOf(page.text);

    const claimed = await lan.post('/admin/questions/claim', { _csrf: csrf, id: here });
    expect(claimed.status).toBe(303);
    expect(claimed.location).toBe(`/admin/questions/view?id=${here}&ok=claimed`);
    expect((await lan.get(claimed.location!)).text).toContain('Bạn đang trả lời');

    const hung = await client(HUNG);
    const hungPage = (await hung.get(`/admin/questions/view?id=${here}`)).text;
    expect(hungPage).toContain('Chị Lan đã nhận câu này');
    expect(hungPage).not.toContain('name="text"');
    const taken = await hung.post('/admin/questions/claim', { _csrf: csrfOf(hungPage), id: here });
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('đã có Chị Lan nhận rồi');
    expect(
      (await hung.post('/admin/questions/answer', { _csrf: csrfOf(hungPage), id: here, text: 'Tôi cũng trả lời' }))
        .status,
    ).toBe(409);

    expect((await lan.post('/admin/questions/answer', { _csrf: csrf, id: here, text: '   ' })).status).toBe(422);
    const answer = 'Bác mở VNeID, chọn "Đặt lịch khám", rồi chọn bệnh viện ạ. Cần giúp gọi cháu 0912 345 678.';
    const sent = await lan.post('/admin/questions/answer', { _csrf: csrf, id: here, text: answer });
    expect(sent.location).toBe(`/admin/questions/view?id=${here}&ok=redacted`);
    await s.idle();
    const received = s
      .sentTo(ASKER)
      .map(textOf)
      .find((t) => t.includes('Tổ công nghệ số trả lời'))!;
    expect(received).toContain('chọn "Đặt lịch khám"');
    expect(received).toContain('— Chị Lan, tổ công nghệ số Phường Yên Hòa');
    expect(received).not.toContain('0912 345 678');
    expect(s.sentTo(ASKER).map(textOf).join('\n')).not.toContain('Tôi cũng trả lời');

    const promoted = await lan.post('/admin/questions/promote', { _csrf: csrf, id: here });
    expect(promoted.location).toContain('ok=promoted');
    const drafts = await readdir(s.draftsDir);
    expect(drafts).toEqual([`tu-to-${here.toLowerCase()}.yaml`]);
    expect(await readFile(path.join(s.draftsDir, drafts[0]!), 'utf8')).toContain('chọn bệnh viện');
    expect((await lan.get(`/admin/questions/view?id=${here}`)).text).toContain('Đã có bản nháp kho kiến thức');

    const closed = await lan.post('/admin/questions/close', { _csrf: csrf, id: here });
    expect(closed.location).toContain('ok=closed');
    await s.idle();
    expect(s.sentTo(ASKER).map(textOf).at(-1)).toContain('đã đóng câu hỏi');
    expect((await lan.get('/admin/questions')).text).not.toContain(`data-question="${here}"`);
    const closedList = (await lan.get('/admin/questions?status=closed')).text;
    expect(closedList).toContain(`data-question="${here}"`);
    expect(closedList).toContain('Đã đóng');
    expect((await lan.post('/admin/questions/close', { _csrf: csrf, id: here })).status).toBe(409);
  });

  it('passes a question to another ward’s team, which then sees it', async () => {
    const { s, here, client } = await setup();
    const lan = await client(LAN);
    const page = (await lan.get(`/admin/questions/view?id=${here}`)).text;
    expect(page).toContain('<option value="xa-bat-trang">Tổ Xã Bát Tràng</option>');
    expect(page).toContain('<option value="*">Ban quản trị</option>');
    expect((await lan.post('/admin/questions/pass', { _csrf: csrfOf(page), id: here, target: 'nowhere' })).status).toBe(
      422,
    );
    const passed = await lan.post('/admin/questions/pass', { _csrf: csrfOf(page), id: here, target: 'xa-bat-trang' });
    expect(passed.location).toBe('/admin/questions?ok=passed');
    expect((await lan.get(`/admin/questions/view?id=${here}`)).status).toBe(403);
    await s.idle();
    expect(
      s
        .sentTo(NAM)
        .map(textOf)
        .some((t) => t.includes(`#${here}`)),
    ).toBe(true);
    const nam = await client(NAM);
    expect((await nam.get('/admin/questions')).text).toContain(`data-question="${here}"`);
  });
});
