import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/telegram-channel.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Inbound } from '../../src/core/message.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { startFakeTelegram } from '../fakes/fake-telegram.ts';
import type { Update } from '../fakes/fake-telegram-updates.ts';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const fixture = (name: string): Update =>
  JSON.parse(readFileSync(new URL(`../fixtures/telegram/${name}.json`, import.meta.url), 'utf8')) as Update;
const GROUP = -1002233445566;

describe('Telegram: recorded updates replayed', () => {
  it('gives every kind of private message a kind reply and ignores what is not meant for the bot', async () => {
    const h = await startHarness();
    harness = h;
    h.fake.registerQuery('4382910577215530003');
    // Not for the bot: chatter in a group, and a user blocking the bot. Queued first, so they are fetched first.
    h.fake.push(fixture('group-message'));
    h.fake.push(fixture('my-chat-member'));
    const replies: Array<[string, number, string]> = [
      ['message-text', 6100000001, 'Kính chào! 🌷 Đây là trợ lý Học vụ số'],
      ['message-start-deeplink', 6100000002, 'mình muốn được gọi là gì'],
      ['callback-query', 6100000003, 'Kính chào! 🌷 Đây là trợ lý Học vụ số'],
      ['voice', 6100000004, 'chưa nghe được tin nhắn thoại'],
      ['sticker', 6100000005, 'cảm ơn bác'],
      ['photo', 6100000006, 'đừng gửi ảnh căn cước'],
      ['edited-message', 6100000007, 'chưa đọc được tin nhắn này'],
      ['location', 6100000011, 'đã nhận vị trí'],
      ['document', 6100000012, 'chưa xem được ảnh hay tệp'],
      ['group-command', GROUP, '📊 Kết quả học của bác'],
      ['group-mention', -1002233445577, 'Kính chào! 🌷 Đây là trợ lý Học vụ số'],
    ];
    for (const [name, chatId, expected] of replies) {
      await h.deliver(fixture(name));
      expect(h.fake.texts(chatId).join('\n'), name).toContain(expected);
    }
    await h.channel.stop();

    expect((await h.app.learners.get('telegram:6100000002'))?.wardCode).toBe('xa-bat-trang');
    expect(h.fake.query('4382910577215530003')).toEqual({ answered: true });
    expect(h.fake.texts(GROUP)).toHaveLength(1);
    expect(h.fake.messages(GROUP)[0]?.reply_markup?.['keyboard'], 'no main keyboard in groups').toBeUndefined();
    const groupReply = h.fake.callsOf('sendMessage').find((c) => c.params['chat_id'] === GROUP);
    expect(groupReply?.params['reply_parameters']).toEqual({ message_id: 306, allow_sending_without_reply: true });
    expect(h.fake.texts(6100000010)).toEqual([]);
    expect(await h.app.learners.get('telegram:6100000010')).toBeUndefined();
    expect(h.handled.map((i) => i.kind)).toEqual([
      'text',
      'text',
      'button',
      'voice',
      'sticker',
      'image',
      'unknown',
      'location',
      'file',
      'text',
      'text',
    ]);
  });

  it('hands the core a voice note it can download through getFile, and skips a redelivered update', async () => {
    // The channel with a handler that only records what the core would receive.
    const seen: Inbound[] = [];
    const fake = await startFakeTelegram();
    const audio = Buffer.from('OggS fake opus audio');
    fake.addFile('AwACAgUAAxkBAAIBQ2dVoiceFixture0001', 'voice/file_7.oga', audio);
    const channel = createTelegramChannel({
      token: fake.token,
      apiRoot: fake.url,
      store: createMemoryStore(),
      logger: silentLogger,
      pollTimeoutSeconds: 5,
    });
    await channel.start(async (inbound) => void seen.push(inbound));
    const voice = fake.push(fixture('voice'));
    fake.redeliver(voice); // Telegram delivering the same update twice
    fake.push(fixture('sticker'));
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 5 });
    await channel.stop();

    expect(seen.map((i) => i.kind).sort()).toEqual(['sticker', 'voice']);
    const inbound = seen.find((i) => i.kind === 'voice')!;
    expect(inbound).toMatchObject({
      conversationId: 'telegram:6100000004',
      voice: { mimeType: 'audio/ogg', durationSeconds: 4 },
      displayName: 'Năm',
    });
    expect(Buffer.from(await inbound.voice!.fetch())).toEqual(audio);
    expect(fake.callsOf('getFile')[0]?.params).toEqual({ file_id: 'AwACAgUAAxkBAAIBQ2dVoiceFixture0001' });
    expect(fake.callsOf('file')[0]?.params).toEqual({ path: 'voice/file_7.oga' });
    await fake.close();
  });
});
