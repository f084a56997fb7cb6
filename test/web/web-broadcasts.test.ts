import { describe, expect, it, onTestFinished } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { ADMIN, broadcastStack, seedLearner, seedMember } from '../broadcasts/broadcast-stack.ts';
import { fakeChannel, type FakeChannel } from '../fakes/fake-channel.ts';
import { redisAvailable } from '../support/redis.ts';
import { manualClock } from '../support/test-app.ts';
import { csrfOf, signIn, startWebServer, webClient } from './support/web-client.ts';
import { loginLink } from './support/team.ts';

const hasRedis = await redisAvailable();
const YEN_HOA = 'phuong-yen-hoa';
const MEMBER = 'telegram:10';
const OTHER_MEMBER = 'zalo:20';
const TEXT =
  'Mời bà con 8 giờ sáng thứ Bảy đến nhà văn hóa tổ 5: tổ hướng dẫn cài VNeID.\nNhớ mang <căn cước> và điện thoại.';

const fields = (csrf: string, extra: Record<string, string> = {}) => ({
  _csrf: csrf,
  text: TEXT,
  image: '',
  link: '',
  ward: YEN_HOA,
  filter: 'all',
  lesson: 'vneid',
  days: '7',
  channel: 'telegram',
  ...extra,
});
const hiddenOf = (page: string, name: string) => page.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';

async function setup(clock = manualClock('2026-11-25T02:00:00Z')) {
  const stack = broadcastStack(clock.now);
  const app: App = await stack.process();
  await seedMember(app, MEMBER, YEN_HOA, 'Phường Yên Hòa');
  await seedMember(app, OTHER_MEMBER, 'xa-bat-trang', 'Xã Bát Tràng');
  for (const id of ['telegram:1', 'zalo:2', 'zalooa:3'])
    await seedLearner(app, app.store, id, { wardCode: YEN_HOA, lastSeenAt: '2026-11-24T00:00:00Z' });
  await seedLearner(app, app.store, 'telegram:99', { wardCode: 'xa-bat-trang' });
  const server = await startWebServer(app, { secret: 'b' });
  onTestFinished(server.close);
  const client = async (id: string) => {
    const c = webClient(server.base);
    expect((await signIn(c, (await loginLink(app, id))!)).status).toBe(303);
    return c;
  };
  return { app, clock, client, stack };
}

describe.runIf(hasRedis)('broadcasts on the dashboard (Redis, BullMQ)', () => {
  it('previews the message as each app shows it with the count, sends it once through the queue, and reports', async () => {
    const { app, client, stack } = await setup();
    const channels: FakeChannel[] = [fakeChannel('telegram'), fakeChannel('zalo'), fakeChannel('zalooa')];
    await stack.work(app, channels);
    const member = await client(MEMBER);
    const csrf = csrfOf((await member.get('/admin/broadcasts/new')).text);

    const form = fields(csrf, {
      text: TEXT.replace('\n', '\r\n'),
      image: 'https://example.org/lich.png',
      link: 'https://dichvucong.gov.vn',
    });
    const preview = await member.post('/admin/broadcasts/preview', form);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('data-testid="recipients">3<');
    expect(preview.text).toContain(
      '2 sẽ nhận miễn phí (đã nhắn trong 48 giờ) · 1 dùng hạn mức (còn 1.000/1.000 tháng này',
    );
    expect(preview.text).toContain('người học ở Phường Yên Hòa');
    for (const app of ['telegram', 'zalooa', 'zalobot']) expect(preview.text).toContain(`data-preview="${app}"`);
    expect(preview.text).toContain('📢 Tổ công nghệ số cộng đồng Phường Yên Hòa');
    expect(preview.text).toContain('&#60;căn cước&#62;');
    expect(preview.text).not.toContain('<căn cước>');
    expect(preview.text).toContain('src="https://example.org/lich.png"');

    const draft = hiddenOf(preview.text, 'draft');
    expect(draft).toMatch(/^[\w-]{16}$/);
    const send = { ...form, draft, when: 'now' };
    const sent = await member.post('/admin/broadcasts/send', send);
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(/^\/admin\/broadcasts\/view\?id=b[0-9a-f]{11}&ok=started$/);
    // Pressed twice (a slow connection): the same broadcast, sent once.
    expect((await member.post('/admin/broadcasts/send', send)).location).toBe(sent.location);
    await stack.settled();

    const expected = app.broadcasts.preview((await app.learners.get(MEMBER))!, {
      text: TEXT,
      image: 'https://example.org/lich.png',
      link: 'https://dichvucong.gov.vn',
    });
    for (const [channel, to] of [
      [channels[0]!, 'telegram:1'],
      [channels[1]!, 'zalo:2'],
      [channels[2]!, 'zalooa:3'],
    ] as const) {
      expect(channel.sent.filter((s) => s.to === to).map((s) => s.parts)).toEqual([expected]);
    }
    expect(channels[0]!.sentTo('telegram:99')).toBe(0);

    const view = await member.get(sent.location!);
    expect(view.text).toContain('Đã gửi xong');
    expect(view.text).toContain('data-testid="bc-delivered">3<');
    expect(view.text).not.toContain('data-poll');
    const list = await member.get('/admin/broadcasts');
    expect(list.text).toContain(`data-broadcast="${new URL(sent.location!, 'http://x').searchParams.get('id')}"`);
    for (const id of ['telegram:1', 'zalo:2', MEMBER]) expect(list.text + view.text).not.toContain(id);
  });

  it('keeps members to their own ward (403), refuses forms without CSRF, and explains bad content', async () => {
    const { app, client } = await setup();
    const member = await client(MEMBER);
    const csrf = csrfOf((await member.get('/admin/broadcasts/new')).text);
    for (const ward of ['xa-bat-trang', '*', '<x>']) {
      expect((await member.post('/admin/broadcasts/preview', fields(csrf, { ward }))).status, ward).toBe(403);
      expect(
        (await member.post('/admin/broadcasts/send', fields(csrf, { ward, when: 'now', draft: 'abcdefgh12' }))).status,
        ward,
      ).toBe(403);
    }
    expect((await member.get('/admin/broadcasts?ward=xa-bat-trang')).status).toBe(403);
    for (const bad of [{}, { _csrf: 'forged' }] as Array<Record<string, string>>) {
      const { _csrf: _c, ...rest } = fields(csrf, { when: 'now', draft: 'abcdefgh12' });
      expect((await member.post('/admin/broadcasts/send', { ...rest, ...bad })).status).toBe(403);
    }
    expect(await app.broadcasts.list(10)).toEqual([]);

    const empty = await member.post('/admin/broadcasts/preview', fields(csrf, { text: '   ' }));
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Nội dung thông báo đang trống');
    const script = await member.post('/admin/broadcasts/preview', fields(csrf, { image: 'javascript:alert(1)' }));
    expect(script.status).toBe(422);
    expect(script.text).toContain('Đường dẫn ảnh phải bắt đầu bằng http');
    expect(
      (await member.post('/admin/broadcasts/preview', fields(csrf, { filter: 'idle', days: '0' }))).text,
    ).toContain('Người nhận chưa hợp lệ');
    const zalo = await member.post('/admin/broadcasts/preview', fields(csrf, { filter: 'channel', channel: 'zalo' }));
    expect(zalo.text).toContain('data-testid="recipients">1<');
    expect(zalo.text).toContain('data-preview="zalobot"');
    expect(zalo.text).not.toContain('data-preview="telegram"');

    // Another ward's member can neither see nor stop this ward's broadcast; an admin can.
    const mine = await app.broadcasts.create(
      (await app.learners.get(MEMBER))!,
      { text: 'Họp tổ dân phố', audience: { ward: YEN_HOA } },
      app.clock(),
    );
    await app.broadcasts.schedule(
      (await app.learners.get(MEMBER))!,
      mine.id,
      new Date('2026-11-26T01:00:00Z'),
      app.clock(),
    );
    const other = await client(OTHER_MEMBER);
    const otherCsrf = csrfOf((await other.get('/admin/broadcasts')).text);
    expect((await other.get('/admin/broadcasts')).text).not.toContain(mine.id);
    expect((await other.get(`/admin/broadcasts/view?id=${mine.id}`)).status).toBe(403);
    expect((await other.post('/admin/broadcasts/cancel', { _csrf: otherCsrf, id: mine.id })).status).toBe(403);
    expect((await app.broadcasts.get(mine.id))?.status).toBe('scheduled');
    const admin = await client(ADMIN);
    expect((await admin.get('/admin/broadcasts')).text).toContain(`data-broadcast="${mine.id}"`);
    expect((await admin.get(`/admin/broadcasts/view?id=${mine.id}`)).status).toBe(200);
  });

  it('schedules for a time typed in the form, shows it waiting, and cancels it before it starts', async () => {
    const { app, clock, client, stack } = await setup();
    const channel = fakeChannel('telegram');
    await stack.work(app, [channel]);
    const member = await client(MEMBER);
    const csrf = csrfOf((await member.get('/admin/broadcasts/new')).text);
    const preview = await member.post('/admin/broadcasts/preview', fields(csrf));
    expect(preview.text).toContain('value="2026-11-26T08:00"'); // 8:00 tomorrow, Hà Nội time
    const draft = hiddenOf(preview.text, 'draft');
    const past = await member.post(
      '/admin/broadcasts/send',
      fields(csrf, { draft, when: 'later', at: '2026-11-25T08:30' }),
    );
    expect(past.status).toBe(422);
    expect(past.text).toContain('Chỉ hẹn được một thời điểm sắp tới');
    const scheduled = await member.post(
      '/admin/broadcasts/send',
      fields(csrf, { draft, when: 'later', at: '2026-11-26T08:00' }),
    );
    expect(scheduled.location).toContain('ok=scheduled');
    const view = await member.get(scheduled.location!);
    expect(view.text).toContain('Đã hẹn giờ');
    expect(view.text).toContain('Hẹn gửi lúc 8:00 ngày 26/11/2026');
    expect(view.text).toContain('data-poll=');
    const id = new URL(scheduled.location!, 'http://x').searchParams.get('id')!;

    const cancelled = await member.post('/admin/broadcasts/cancel', { _csrf: csrf, id });
    expect(cancelled.location).toBe(`/admin/broadcasts/view?id=${id}&ok=cancelled`);
    expect((await member.get(cancelled.location!)).text).toContain('Đã hủy lịch');
    // Cancelling again changes nothing.
    expect((await member.post('/admin/broadcasts/cancel', { _csrf: csrf, id })).status).toBe(303);
    clock.set('2026-11-26T01:00:30Z');
    await app.broadcasts.tick(clock.now());
    await stack.settled();
    expect(channel.sentTo('telegram:1')).toBe(0);
  });
});
