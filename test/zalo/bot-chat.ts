import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { FakeZalo } from '../fakes/fake-zalo.ts';
import { postBotWebhook, zaloFixture } from '../fakes/zalo-webhooks.ts';
import { BOT_SECRET, type ZaloApp } from './zalo-harness.ts';

interface BotUpdateFixture {
  event_name: string;
  message: { message_id: string; text?: string; chat: { id: string }; from: { id: string } };
}

/** The recorded text update with another chat, text and message id. */
export function botTextUpdate(
  chatId: string,
  text: string,
  messageId = randomUUID().replace(/-/g, '').slice(0, 20),
): BotUpdateFixture {
  const update = zaloFixture<BotUpdateFixture>('bot-text');
  update.message = {
    ...update.message,
    message_id: messageId,
    text,
    chat: { ...update.message.chat, id: chatId },
    from: { ...update.message.from, id: chatId },
  };
  return update;
}

/** Texts the bot sent to a chat, oldest first. */
export function botTexts(fake: FakeZalo, chatId: string): string[] {
  return fake.botCalls
    .filter((c) => c.method === 'sendMessage' && c.body['chat_id'] === chatId)
    .map((c) => String(c.body['text']));
}

/** A person typing to the bot through the webhook; `say` returns everything the bot answered. */
export function botChat(fake: FakeZalo, h: ZaloApp, chatId: string) {
  return {
    chatId,
    async say(text: string): Promise<string> {
      const before = botTexts(fake, chatId).length;
      const res = await postBotWebhook(`${h.base}/webhook/zalo-bot`, botTextUpdate(chatId, text), BOT_SECRET);
      expect(res.status).toBe(200);
      await h.bot.idle();
      return botTexts(fake, chatId).slice(before).join('\n\n');
    },
    learner: () => h.app.learners.get(`zalo:${chatId}`),
  };
}
