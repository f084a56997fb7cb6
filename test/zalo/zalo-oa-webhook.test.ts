import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeZalo } from '../fakes/fake-zalo.ts';
import { postOaWebhook, zeventMac } from '../fakes/zalo-webhooks.ts';
import { oaChat, oaEvent, seen } from './oa-chat.ts';
import { OA_SECRET_KEY, startOaApp, type ZaloApp } from './zalo-harness.ts';

describe('Zalo OA webhook', () => {
  let fake: FakeZalo;
  let h: ZaloApp;
  let close: () => Promise<void>;
  let url: string;
  let keys: { appId: string; oaSecretKey: string };
  beforeAll(async () => {
    ({ fake, h, close } = await startOaApp());
    url = `${h.base}/webhook/zalo-oa`;
    keys = { appId: fake.appId, oaSecretKey: OA_SECRET_KEY };
  });
  afterAll(() => close());

  it('rejects unsigned, forged and tampered events with 401 and malformed bodies with 400', async () => {
    const event = oaEvent('oa-user-send-text', 'intruder', 'menu');
    expect((await postOaWebhook(url, event, keys, 'none')).status).toBe(401);
    expect((await postOaWebhook(url, event, keys, 'forged')).status).toBe(401);
    const body = JSON.stringify(event);
    const mac = zeventMac(fake.appId, body, String(event['timestamp']), OA_SECRET_KEY);
    const tampered = await fetch(url, {
      method: 'POST',
      headers: { 'x-zevent-signature': `mac=${mac}` },
      body: body.replace('menu', 'dung'),
    });
    expect(tampered.status).toBe(401);
    const wrongHeader = await fetch(url, { method: 'POST', headers: { 'x-zevent-signature': mac }, body });
    expect(wrongHeader.status).toBe(401);
    expect((await postOaWebhook(url, '{"event_name":"user_send_te', keys)).status).toBe(400);
    expect((await postOaWebhook(url, `{"timestamp":"${Date.now()}","app_id":"1"}`, keys)).status).toBe(400);
    expect((await postOaWebhook(url, '"just a string"', keys)).status).toBe(400);
    await h.oa.idle();
    expect(fake.oaCalls.filter((c) => c.userId === 'intruder')).toEqual([]);
    expect(await h.app.learners.get('zalooa:intruder')).toBeUndefined();
    expect((await postOaWebhook(url, event, keys)).status).toBe(200);
    await h.oa.idle();
    expect(seen(fake.oaCalls.filter((c) => c.userId === 'intruder'))).toContain('Kính chào');
  });

  it('refuses a correctly signed event from 2020 (a replay) and deeply nested bodies, before handling them', async () => {
    const old = {
      ...oaEvent('oa-user-send-text', 'replayed', 'menu'),
      timestamp: String(Date.parse('2020-06-01T08:00:00Z')),
    };
    expect((await postOaWebhook(url, old, keys)).status).toBe(403);
    const elevenMinutesAgo = {
      ...oaEvent('oa-user-send-text', 'replayed', 'menu'),
      timestamp: String(Date.now() - 11 * 60_000),
    };
    expect((await postOaWebhook(url, elevenMinutesAgo, keys)).status).toBe(403);
    const deep = `{"event_name":"user_send_text","timestamp":"${Date.now()}","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect((await postOaWebhook(url, deep, keys)).status).toBe(400);
    await h.oa.idle();
    expect(fake.oaCalls.filter((c) => c.userId === 'replayed')).toEqual([]);
    // A "timestamp" key nested before the signed one does not confuse the check.
    const fresh = oaEvent('oa-user-send-text', 'replayed', 'menu');
    const nested = { ...fresh, message: { ...(fresh['message'] as object), timestamp: '1' } };
    expect(JSON.stringify(nested).indexOf('"timestamp":"1"')).toBeLessThan(
      JSON.stringify(nested).lastIndexOf('"timestamp"'),
    );
    expect((await postOaWebhook(url, nested, keys)).status).toBe(200);
  });

  it('accepts and ignores events it does not know, without errors', async () => {
    const chat = oaChat(fake, h, 'quiet-user');
    expect(await chat.event('oa-user-seen-message')).toEqual([]);
    expect(await chat.send({ ...oaEvent('oa-user-seen-message', 'quiet-user'), event_name: 'oa_send_text' })).toEqual(
      [],
    );
    expect(
      await chat.send({
        event_name: 'shop_has_order',
        timestamp: String(Date.now()),
        order: { id: 12345678901234567890 },
      }),
    ).toEqual([]);
    expect(await chat.learner()).toBeUndefined();
  });

  it('answers pictures, stickers and locations kindly', async () => {
    const chat = oaChat(fake, h, 'photo-user');
    await chat.event('oa-follow');
    await chat.say('bác');
    await chat.say('k:skip-ward');
    expect(seen(await chat.event('oa-user-send-image'))).toContain('chưa xem được ảnh');
    expect(seen(await chat.event('oa-user-send-sticker'))).toContain('cảm ơn bác');
    expect(seen(await chat.event('oa-user-send-location'))).toContain('đã nhận vị trí');
  });

  it('unsubscribes on unfollow without sending anything', async () => {
    const chat = oaChat(fake, h, 'leaving-user');
    await chat.event('oa-follow');
    expect((await chat.learner())?.subscribed).toBe(true);
    expect(await chat.event('oa-unfollow')).toEqual([]);
    expect((await chat.learner())?.subscribed).toBe(false);
  });

  it('keeps ids that overflow JS numbers exact and handles a redelivered event once', async () => {
    // Recorded in 2023: restamped, or it would be refused as a replay.
    const recorded = readFileSync(
      new URL('../fixtures/zalo/oa-user-send-text-bigint.json', import.meta.url),
      'utf8',
    ).replace('1699003950000', String(Date.now()));
    expect(String((JSON.parse(recorded) as { sender: { id: number } }).sender.id)).not.toBe('2468458835291979220');
    expect((await postOaWebhook(url, recorded, keys)).status).toBe(200);
    await h.oa.idle();
    expect(await h.app.learners.get('zalooa:2468458835291979220')).toBeDefined();
    const sent = fake.oaCalls.filter((c) => c.userId === '2468458835291979220').length;
    expect(sent).toBeGreaterThan(0);
    expect((await postOaWebhook(url, recorded, keys)).status).toBe(200);
    await h.oa.idle();
    expect(fake.oaCalls.filter((c) => c.userId === '2468458835291979220')).toHaveLength(sent);
  });
});
