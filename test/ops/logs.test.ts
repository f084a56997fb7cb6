import { afterEach, describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis.ts';
import { BOT_TOKEN, startCluster, until, WEBHOOK_SECRET, type Cluster } from './cluster.ts';

const hasRedis = await redisAvailable();

const PHONE = '0912 345 678';
const CITIZEN_ID = '001203004567';
const OTP = '482913';
const NAME = 'Nguyễn Thị Lan';
const CHAT = 612_345_678;

function update(updateId: number, text: string): object {
  const person = { id: CHAT, first_name: 'Nguyễn Thị', last_name: 'Lan', username: 'lan_ha_dong' };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { ...person, type: 'private' },
      from: { ...person, is_bot: false },
      text,
    },
  };
}

describe.runIf(hasRedis)('structured logs', { timeout: 120_000 }, () => {
  let cluster: Cluster | undefined;
  afterEach(async () => {
    await cluster?.cleanup();
    cluster = undefined;
  });

  it('carry one JSON object a line, with a child logger per update, and no token or personal data even at debug level', async () => {
    cluster = await startCluster({ env: { LOG_LEVEL: 'debug' } });
    const c = cluster;
    const serve = await c.start('serve');
    const messages = [
      '/start',
      `số điện thoại của tôi là ${PHONE}, cháu gọi lại giúp nhé`,
      `căn cước của tôi ${CITIZEN_ID} có làm vneid được không`,
      `ngân hàng nhắn mã OTP ${OTP} thì có đọc cho người gọi không`,
      `tôi tên là ${NAME}`,
    ];
    for (const [i, text] of messages.entries()) {
      expect(await c.post(serve, update(i + 1, text))).toBe(200);
      await until(() => c.api.sent.filter((m) => m.chatId === CHAT).length > i, `a reply to message ${i + 1}`);
    }
    serve.child.kill('SIGTERM');
    await serve.exited;

    const log = serve.stderr();
    const lines = log.split('\n').filter((l) => l.trim() !== '');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.some((e) => e['msg'] === 'serving')).toBe(true);
    // Updates are traced by id (a child logger per update), at debug level.
    expect(entries.filter((e) => e['update_id'] !== undefined).length).toBeGreaterThan(0);
    expect(entries.some((e) => e['msg'] === 'answered')).toBe(true);
    const digits = log.replace(/\s+/g, '');
    for (const secret of [BOT_TOKEN, BOT_TOKEN.split(':')[1]!, WEBHOOK_SECRET]) expect(log).not.toContain(secret);
    for (const personal of [PHONE.replace(/ /g, ''), CITIZEN_ID, OTP, String(CHAT)])
      expect(digits).not.toContain(personal);
    for (const personal of [NAME, 'Lan', 'lan_ha_dong', 'căn cước', 'số điện thoại'])
      expect(log).not.toContain(personal);
  });
});
