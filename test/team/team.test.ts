import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../src/core/flows/payload.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { chatter, repoContent, testApp } from '../support/test-app.ts';
import type { App } from '../../src/app/create-app.ts';

const ADMIN = 'telegram:1';
const env = { ADMIN_IDS: `${ADMIN},zalo:boss` };
const hasRedis = await redisAvailable();

async function inviteCode(app: App, ward: string): Promise<string> {
  const reply = await chatter(app, ADMIN).say(`/moi ${ward}`);
  const code = reply.match(/HV-[A-Z0-9]{6}/)?.[0];
  if (!code) throw new Error(`no code in: ${reply}`);
  return code;
}

/** A learner who onboards in a ward and finishes a lesson with the given number of wrong answers. */
async function learnerFinishes(app: App, id: string, ward: string, lessonId: string, wrong: number): Promise<void> {
  const content = await repoContent();
  const chat = chatter(app, id);
  await chat.say('xin chao');
  await chat.say('bác');
  await chat.say(ward);
  await chat.press(encodePayload({ kind: 'lesson', lessonId }));
  let answered = 0;
  for (let i = 0; i < 40; i++) {
    const pos = (await chat.learner())?.position;
    if (!pos) return;
    if (pos.mode === 'lesson') await chat.say('1');
    else if (pos.mode === 'quiz') {
      const q = content.lesson(lessonId)!.quiz[pos.question]!;
      const right = q.options.findIndex((o) => o.correct);
      await chat.say(String((answered++ < wrong ? (right + 1) % q.options.length : right) + 1));
    }
  }
}

describe('community team roles and ward statistics', () => {
  it('lets an admin invite a team member who then sees only their own ward', async () => {
    const app = await testApp({ env });
    const code = await inviteCode(app, 'Phường Yên Hòa');
    const member = chatter(app, 'zalo:member1');
    await member.say('xin chao');
    const joined = await member.say(code.toLowerCase());
    expect(joined).toContain('Chào mừng');
    expect(joined).toContain('Phường Yên Hòa');
    expect((await member.learner())!.team?.wardCode).toBe('phuong-yen-hoa');
    expect(await app.directory.members('phuong-yen-hoa')).toEqual(['zalo:member1']);
    // The code works once.
    expect(await chatter(app, 'zalo:other').say(code)).toContain('đã được dùng');

    expect(await member.say('/thongke')).toContain('📊 Thống kê Phường Yên Hòa');
    expect(await member.say('/thongke phuong-cau-giay')).toContain('chỉ xem được thống kê của phường mình');
    expect(await member.say('/moi phuong-cau-giay')).toContain('Chỉ quản trị viên');
    const audit = await app.audit.recent(10);
    expect(audit.map((a) => a.action)).toEqual(['invite.create', 'team.join', 'stats.view']);
  });

  it('never shows team commands to learners', async () => {
    const app = await testApp({ env });
    const learner = chatter(app, 'telegram:55');
    await learner.say('menu');
    for (const cmd of ['/thongke', '/moi phuong-yen-hoa', '/muctieu hoat dong 60']) {
      const reply = await learner.say(cmd);
      expect(reply).not.toContain('Thống kê');
      expect(reply).not.toContain('Mã mời');
      expect(reply).not.toContain('mục tiêu');
    }
  });

  it('keeps ward numbers up to date as learners learn, against the configured targets, with CSV export', async () => {
    const app = await testApp({ env });
    await learnerFinishes(app, 'telegram:101', 'Phường Yên Hòa', 'vneid', 0);
    // Typed without "phường": still counted in Phường Yên Hòa.
    await learnerFinishes(app, 'zalo:102', 'yen hoa', 'vneid', 4);
    await learnerFinishes(app, 'telegram:103', 'Xã Bát Tràng', 'tro-ly-ai', 0);
    const admin = chatter(app, ADMIN);
    expect(await admin.say('/muctieu hoat dong 60')).toContain('60%');

    const ward = await admin.say('/thongke phuong-yen-hoa');
    expect(ward).toContain('Người học: 2');
    expect(ward).toContain('Hoạt động tuần này: 2 (100% – mục tiêu 60%) ✅');
    expect(ward).toContain('Đạt bài kiểm tra: 1 (50% – mục tiêu 70%) ⚠️');
    expect(ward).toContain('VNeID – tài khoản định danh điện tử: 2 người');
    expect(await admin.say('/thongke yen hoa')).toContain('📊 Thống kê Phường Yên Hòa');
    expect(await admin.say('/moi p. yen hoa')).toContain('Mã mời cho tổ Phường Yên Hòa');
    const all = await admin.say('/thongke');
    expect(all).toContain('tất cả các phường, xã');
    // The admin is a learner too (one more in "chưa rõ").
    expect(all).toMatch(/Người học: [34]/);

    const csv = await admin.send({ text: '/thongke csv phuong-yen-hoa' });
    const doc = csv.reply.find((p) => p.type === 'document');
    expect(doc?.type === 'document' && doc.filename).toMatch(/^thong-ke-phuong-yen-hoa-\d{4}-W\d\d\.csv$/);
    const rows = doc?.type === 'document' ? doc.content.split('\n') : [];
    expect(rows[0]).toBe('chi_tieu,gia_tri,ty_le_phan_tram,muc_tieu_phan_tram');
    expect(rows).toContain('nguoi_hoc,2,,');
    expect(rows).toContain('bai:vneid,2,,');
    expect(rows).toContain('Đạt bài kiểm tra,1,50,70');
  });

  it.runIf(hasRedis)('gives a code shared by two people at once to exactly one of them (Redis)', async () => {
    const prefix = uniquePrefix('team');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
    try {
      const app = await testApp({ env, store });
      const code = await inviteCode(app, 'phuong-yen-hoa');
      const replies = await Promise.all(['telegram:7', 'zalo:8'].map((id) => chatter(app, id).say(code)));
      expect(replies.filter((r) => r.includes('Chào mừng'))).toHaveLength(1);
      expect(replies.filter((r) => r.includes('đã được dùng'))).toHaveLength(1);
    } finally {
      await store.close();
      await cleanupPrefix(prefix);
    }
  });
});

describe('team commands need their slash', () => {
  it('does not take a sentence starting with "Mời" for an invite', async () => {
    const app = await testApp({ env });
    const reply = await chatter(app, ADMIN).say('Mời bà con đến nhà văn hóa tối nay');
    expect(reply).not.toContain('Mã mời');
  });
});
