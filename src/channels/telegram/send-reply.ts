import type { Telegram } from 'telegraf';
import type { ReplyParameters } from 'telegraf/types';
import { PermanentChannelError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Reply } from '../../core/message.ts';
import type { ApiCaller } from './api-caller.ts';
import type { CallbackLedger } from './callback-ledger.ts';
import { callbackToast, quizFeedbackHtml } from './quiz-feedback.ts';
import { imageFallback, renderPart, type Outgoing } from './render-part.ts';
import type { CallbackContext, TelegramRef } from './telegram-ref.ts';

export interface ReplySenderDeps {
  telegram: Telegram;
  call: ApiCaller;
  logger: Logger;
  /** What was already done about a pressed button (shared with the intake). */
  callbacks: CallbackLedger;
  /**
   * Parameters added to every message sent (e.g. `allow_paid_broadcast`, Bot API 7.11, newer than Telegraf's types).
   */
  extra?: Record<string, unknown>;
}

/** Sends a reply's parts in order; see {@link createReplySender}. */
export type ReplySender = (
  chatId: number,
  parts: Reply,
  ref?: TelegramRef,
  onPartSent?: (index: number) => Promise<void>,
) => Promise<void>;

/**
 * Delivers parts in order. When the reply answers a pressed button, the callback query is
 * answered first (the spinner stops), a quiz message is edited to show the feedback in place,
 * and the pressed message loses its buttons so old buttons are not pressed again.
 */
export function createReplySender(deps: ReplySenderDeps): ReplySender {
  const { telegram, call } = deps;

  async function answer(callback: CallbackContext, text?: string): Promise<void> {
    if (!deps.callbacks.claimAnswer(callback.id)) return;
    await call('answerCallbackQuery', () => telegram.answerCbQuery(callback.id, text)).catch((error: Error) =>
      deps.logger.debug({ err: error.message }, 'callback answer failed'),
    );
  }

  async function execute(chatId: number, out: Outgoing, replyTo?: ReplyParameters): Promise<void> {
    const thread = { ...deps.extra, ...(replyTo ? { reply_parameters: replyTo } : {}) };
    const captioned = (captionHtml: string | undefined) => ({
      ...(captionHtml ? { caption: captionHtml, parse_mode: 'HTML' as const } : {}),
      ...thread,
    });
    switch (out.method) {
      case 'sendMessage':
        await call('sendMessage', () =>
          telegram.sendMessage(chatId, out.html, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: out.preview !== true },
            ...(out.markup ? { reply_markup: out.markup } : {}),
            ...thread,
          }),
        );
        return;
      case 'sendPhoto':
        try {
          await call('sendPhoto', () => telegram.sendPhoto(chatId, out.url, captioned(out.captionHtml)));
        } catch (error) {
          if (!(error instanceof PermanentChannelError)) throw error;
          deps.logger.warn({ err: error.message }, 'photo refused; sending a link instead');
          await execute(chatId, imageFallback(out.url), replyTo);
        }
        return;
      case 'uploadPhoto':
        await call('sendPhoto', () =>
          telegram.sendPhoto(chatId, { source: out.data, filename: out.filename }, captioned(out.captionHtml)),
        );
        return;
      case 'sendDocument':
        await call('sendDocument', () =>
          telegram.sendDocument(chatId, { source: out.content, filename: out.filename }, captioned(out.captionHtml)),
        );
        return;
    }
  }

  async function editQuiz(chatId: number, callback: CallbackContext, html: string): Promise<boolean> {
    const messageId = callback.message?.id;
    if (messageId === undefined) return false;
    try {
      await call('editMessageText', () =>
        telegram.editMessageText(chatId, messageId, undefined, html, { parse_mode: 'HTML' }),
      );
      // The edit dropped the buttons: nothing left to remove.
      deps.callbacks.claimKeyboard(callback.id);
      return true;
    } catch (error) {
      deps.logger.debug({ err: (error as Error).message }, 'quiz message not edited; sending feedback instead');
      return false;
    }
  }

  return async (chatId, parts, ref, onPartSent) => {
    const callback = ref?.chatId === chatId ? ref.callback : undefined;
    if (callback) await answer(callback, callbackToast(parts));
    let replyTo: ReplyParameters | undefined =
      ref?.group && ref.chatId === chatId && ref.messageId !== undefined
        ? { message_id: ref.messageId, allow_sending_without_reply: true }
        : undefined;
    let edited = false;
    for (const [index, part] of parts.entries()) {
      if (part.type === 'feedback' && callback && !edited) {
        const html = quizFeedbackHtml(callback, part);
        if (html !== undefined && (await editQuiz(chatId, callback, html))) {
          edited = true;
          await onPartSent?.(index);
          continue;
        }
      }
      for (const out of renderPart(part, { private: chatId > 0 })) {
        await execute(chatId, out, replyTo);
        replyTo = undefined;
      }
      await onPartSent?.(index);
    }
    const pressed = callback?.message;
    if (callback && pressed?.hasKeyboard && !edited && deps.callbacks.claimKeyboard(callback.id)) {
      await call('editMessageReplyMarkup', () =>
        telegram.editMessageReplyMarkup(chatId, pressed.id, undefined, undefined),
      ).catch((error: Error) => deps.logger.debug({ err: error.message }, 'old buttons not removed'));
    }
  };
}
