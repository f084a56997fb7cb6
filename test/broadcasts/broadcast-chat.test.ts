import { describe, expect, it } from 'vitest';
import { BroadcastError } from '../../src/features/broadcasts/error.ts';
import type { Reply } from '../../src/core/message.ts';
import { fakeChannel } from '../fakes/fake-channel.ts';
import { redisAvailable } from '../support/redis.ts';
import { chatter, manualClock } from '../support/test-app.ts';
import { ADMIN, broadcastStack, seedLearner, seedMember } from './broadcast-stack.ts';

const hasRedis = await redisAvailable();
const YEN_HOA = 'phuong-yen-hoa';
const texts = (reply: Reply) =>
  reply.map((p) => ('text' in p ? p.text : p.type === 'image' ? (p.caption ?? '') : '')).join('\n');

describe.runIf(hasRedis)('writing and sending a broadcast in the chat', () => {
  it('guides a team member from text to audience to preview, and recipients get exactly the preview', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const stack = broadcastStack(clock.now);
    const app = await stack.process();
    await seedMember(app, 'telegram:10', YEN_HOA, 'Phường Yên Hòa');
    for (const id of ['telegram:1', 'zalo:2', 'zalooa:3'])
      await seedLearner(app, app.store, id, { wardCode: YEN_HOA, lastSeenAt: '2026-11-24T00:00:00Z' });
    await seedLearner(app, app.store, 'telegram:99', { wardCode: 'xa-bat-trang' });

    const member = chatter(app, 'telegram:10');
    expect(await member.say('/guitin')).toContain('gõ nội dung thông báo');
    // Starts like "/moi" (invite) once folded: must still be read as the message.
    const message =
      'Mời bà con 8 giờ thứ Bảy đến nhà văn hóa tổ 5, tổ công nghệ số hướng dẫn cài VNeID.\nMang theo căn cước và điện thoại.';
    const asked = await member.say(`${message}\nhttps://example.org/lich-hoc.png\nhttps://dichvucong.gov.vn`);
    expect(asked).toContain('chọn người nhận');
    expect(asked).toContain('Người học ở Phường Yên Hòa');
    expect(asked).not.toContain('Tất cả các phường');

    const shown = await member.send({ kind: 'button', payload: 'k:bc-aud:ward' });
    const preview = shown.reply.slice(1, -1);
    expect(preview).toEqual([
      { type: 'image', url: 'https://example.org/lich-hoc.png', caption: expect.stringContaining(message) },
      { type: 'link', url: 'https://dichvucong.gov.vn', title: 'Xem chi tiết' },
    ]);
    expect(texts(preview)).toContain('📢 Tổ công nghệ số cộng đồng Phường Yên Hòa');
    expect(shown.text).toContain('Sẽ gửi tới 3 người: người học ở Phường Yên Hòa.');
    // The OA follower has not written to the OA within 48 hours: their message spends the quota.
    expect(shown.text).toContain(
      '📊 2 sẽ nhận miễn phí (đã nhắn trong 48 giờ) · 1 dùng hạn mức (còn 1.000/1.000 tháng này',
    );

    const channels = [fakeChannel('telegram'), fakeChannel('zalo'), fakeChannel('zalooa')];
    await stack.work(app, channels);
    const started = await member.say('1'); // "📤 Gửi ngay", typed as on Zalo
    expect(started).toContain('Đã bắt đầu gửi thông báo tới 3 người');
    await stack.settled();
    for (const [channel, to] of [
      [channels[0]!, 'telegram:1'],
      [channels[1]!, 'zalo:2'],
      [channels[2]!, 'zalooa:3'],
    ] as const) {
      expect(channel.sent.filter((s) => s.to === to).map((s) => s.parts)).toEqual([preview]);
    }
    expect(channels[0]!.sentTo('telegram:99')).toBe(0);
    // The sender's report, through the queue.
    const report = channels[0]!.sent
      .filter((s) => s.to === 'telegram:10')
      .map((s) => texts(s.parts))
      .join('\n');
    expect(report).toContain('Đã nhận: 3');
    expect((await member.learner())?.ext?.['broadcastDraft']).toBeUndefined();
    const actions = (await app.audit.recent(20)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['broadcast.create', 'broadcast.send', 'broadcast.finish']));
  });

  it('never shows broadcasting to learners and keeps team members to their own ward', async () => {
    const clock = manualClock();
    const stack = broadcastStack(clock.now);
    const app = await stack.process();
    await seedMember(app, 'zalo:m1', YEN_HOA, 'Phường Yên Hòa');
    await seedMember(app, 'zalo:m2', 'xa-bat-trang', 'Xã Bát Tràng');
    await seedLearner(app, app.store, 'telegram:5', { wardCode: YEN_HOA });

    const learner = chatter(app, 'telegram:5');
    for (const typed of ['/guitin', 'gửi thông báo'])
      expect(await learner.say(typed)).not.toContain('nội dung thông báo');
    expect(await learner.press('k:bc-aud:all')).not.toContain('gửi cho');
    await expect(
      app.broadcasts.create({ id: 'telegram:5' }, { text: 'Xin chào', audience: { ward: YEN_HOA } }, clock.now()),
    ).rejects.toThrow(BroadcastError);

    const other = { id: 'zalo:m2', team: { wardCode: 'xa-bat-trang', wardLabel: 'Xã Bát Tràng', joinedAt: '' } };
    await expect(
      app.broadcasts.create(other, { text: 'Xin chào', audience: { ward: YEN_HOA } }, clock.now()),
    ).rejects.toMatchObject({ reason: 'not_allowed' });
    await expect(app.broadcasts.count(other, { ward: '*' }, clock.now())).rejects.toMatchObject({
      reason: 'not_allowed',
    });

    const m1 = chatter(app, 'zalo:m1');
    await m1.say('/guitin');
    await m1.say('Họp tổ dân phố tối nay');
    expect(await m1.press('k:bc-aud:all')).toContain('Chỉ quản trị viên mới gửi được cho tất cả');
    // A broadcast of ward Yên Hòa cannot be cancelled by Bát Tràng's member, even with a forged button.
    const b = await app.broadcasts.create(
      { id: 'zalo:m1', team: { wardCode: YEN_HOA, wardLabel: 'Phường Yên Hòa', joinedAt: '' } },
      { text: 'Xin chào', audience: { ward: YEN_HOA } },
      clock.now(),
    );
    expect(await chatter(app, 'zalo:m2').press(`k:bc-cancel:${b.id}`)).toContain(
      'chỉ người soạn thông báo hoặc quản trị viên',
    );
    expect((await app.broadcasts.get(b.id))?.status).toBe('draft');
    // An admin may send to every ward.
    const admin = chatter(app, ADMIN);
    await admin.say('/guitin');
    expect(await admin.say('Chúc mừng năm mới')).toContain('Tất cả các phường');
    expect(await admin.press('k:bc-aud:all')).toContain('người học ở tất cả các phường, xã');
    expect(await admin.say('hủy')).toContain('Đã hủy');
  });

  it('schedules "ngày mai 8:00" and starts it at that time on the minute tick', async () => {
    const clock = manualClock('2026-11-25T08:00:00Z'); // 15:00 in Hà Nội
    const stack = broadcastStack(clock.now);
    const app = await stack.process();
    await seedMember(app, 'telegram:10', YEN_HOA, 'Phường Yên Hòa');
    await seedLearner(app, app.store, 'telegram:1', { wardCode: YEN_HOA });
    const channel = fakeChannel('telegram');
    await stack.work(app, [channel]);
    const member = chatter(app, 'telegram:10');
    await member.say('/guitin');
    await member.say('Sáng mai có lớp học tại nhà văn hóa.');
    await member.press('k:bc-aud:ward');
    expect(await member.press('k:bc-when')).toContain('chọn giờ gửi');
    // A time button from an old message, already past: asked again, the draft kept.
    expect(await member.press('k:bc-at:29000000')).toContain('Giờ này đã qua rồi');
    expect(await member.say('ngày mai 8:00')).toContain('Đã hẹn gửi lúc 8:00 ngày mai (26/11) tới khoảng 1 người');

    clock.set('2026-11-26T00:59:00Z'); // 7:59
    await app.broadcasts.tick(clock.now());
    await stack.settled();
    expect(channel.sentTo('telegram:1')).toBe(0);
    clock.set('2026-11-26T01:00:10Z');
    await app.broadcasts.tick(clock.now());
    await app.broadcasts.tick(clock.now()); // a second scheduler changes nothing
    await stack.settled();
    expect(channel.sentTo('telegram:1')).toBe(1);
    const toSender = channel.sent.filter((s) => s.to === 'telegram:10').map((s) => texts(s.parts));
    expect(toSender[0]).toContain('Đến giờ hẹn: bắt đầu gửi thông báo tới 1 người');
    expect(toSender.at(-1)).toContain('Đã nhận: 1');
    expect((await app.audit.recent(20)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['broadcast.schedule', 'broadcast.send']),
    );
  });
});
