import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { FakeZalo, OaCall } from '../fakes/fake-zalo.ts';
import { postOaWebhook, zaloFixture } from '../fakes/zalo-webhooks.ts';
import { OA_SECRET_KEY, type ZaloApp } from './zalo-harness.ts';

export interface OaButtonSeen {
  title: string;
  type: string;
  payload: unknown;
}

/** Buttons of a recorded OA message (empty when it has none). */
export function buttonsOf(call: OaCall | undefined): OaButtonSeen[] {
  const attachment = call?.message['attachment'] as { payload?: { buttons?: OaButtonSeen[] } } | undefined;
  return attachment?.payload?.buttons ?? [];
}

/** What a person sees of OA messages: texts and button titles. */
export function seen(calls: OaCall[]): string {
  return calls
    .map((c) => [String(c.message['text'] ?? '[media]'), ...buttonsOf(c).map((b) => `[${b.title}]`)].join('\n'))
    .join('\n\n');
}

/** A recorded OA event with the user's id, a fresh msg_id and timestamp. */
export function oaEvent(name: string, userId: string, text?: string): Record<string, unknown> {
  const event = zaloFixture(name);
  event['timestamp'] = String(Date.now());
  if (event['follower']) event['follower'] = { id: userId };
  if (event['sender']) event['sender'] = { id: userId };
  const message = event['message'] as Record<string, unknown> | undefined;
  if (message)
    event['message'] = { ...message, msg_id: randomUUID().replace(/-/g, ''), ...(text !== undefined ? { text } : {}) };
  return event;
}

/** A follower of the OA writing through signed webhooks; every call returns what the OA sent back. */
export function oaChat(fake: FakeZalo, h: ZaloApp, userId: string) {
  const delivered = () => fake.oaCalls.filter((c) => c.userId === userId && c.error === 0);
  async function post(event: Record<string, unknown>): Promise<OaCall[]> {
    const before = delivered().length;
    if (event['timestamp'] !== undefined) event['timestamp'] = String(h.clock().getTime());
    const res = await postOaWebhook(`${h.base}/webhook/zalo-oa`, event, {
      appId: fake.appId,
      oaSecretKey: OA_SECRET_KEY,
    });
    expect(res.status).toBe(200);
    await h.oa.idle();
    return delivered().slice(before);
  }
  return {
    userId,
    delivered,
    send: post,
    event: (name: string) => post(oaEvent(name, userId)),
    say: (text: string) => post(oaEvent('oa-user-send-text', userId, text)),
    /** Pressing an `oa.query.hide` button: Zalo sends its payload back as the user's text. */
    press: (button: OaButtonSeen | undefined) => {
      expect(button?.type).toBe('oa.query.hide');
      return post(oaEvent('oa-user-send-text', userId, String(button?.payload)));
    },
    learner: () => h.app.learners.get(`zalooa:${userId}`),
  };
}
