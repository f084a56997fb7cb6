import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A recorded webhook body from test/fixtures/zalo, with fields replaced. */
export function zaloFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/zalo/${name}.json`, import.meta.url), 'utf8')) as T;
}

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

/** Posts a Bot API update the way Zalo does, with `X-Bot-Api-Secret-Token` unless `secret` is undefined. */
export function postBotWebhook(url: string, update: unknown, secret: string | undefined) {
  const body = typeof update === 'string' ? update : JSON.stringify(update);
  return post(url, body, secret === undefined ? {} : { 'x-bot-api-secret-token': secret });
}

/** Zalo's webhook signature: sha256(app_id + body + timestamp + OA secret key), hex. */
export function zeventMac(appId: string, body: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256')
    .update(appId + body + timestamp + oaSecretKey)
    .digest('hex');
}

/**
 * Posts an OA event signed with `X-ZEvent-Signature: mac=…` as Zalo does; `sign: 'forged'`
 * signs with a wrong key and `'none'` sends no header.
 */
export function postOaWebhook(
  url: string,
  event: unknown,
  keys: { appId: string; oaSecretKey: string },
  sign: 'valid' | 'forged' | 'none' = 'valid',
) {
  const body = typeof event === 'string' ? event : JSON.stringify(event);
  let timestamp = '';
  try {
    timestamp = String((JSON.parse(body) as { timestamp?: unknown }).timestamp ?? '');
  } catch {
    timestamp = '';
  }
  if (sign === 'none') return post(url, body, {});
  const mac = zeventMac(keys.appId, body, timestamp, sign === 'valid' ? keys.oaSecretKey : 'not-the-secret');
  return post(url, body, { 'x-zevent-signature': `mac=${mac}` });
}
