import type { ServerResponse } from 'node:http';
import type { Params, Upload } from './fake-telegram-body.ts';
import { apiMessage, FAKE_BOT, storeMessage, type FakeState } from './fake-telegram-state.ts';
import { ApiFailure, checkMarkup, visibleText } from './fake-telegram-validate.ts';

/** The Bot API methods the fake serves, each validating its parameters like Telegram. */

function chatIdOf(state: FakeState, params: Params): number {
  const id = Number(params['chat_id']);
  if (!Number.isInteger(id) || params['chat_id'] === undefined)
    throw new ApiFailure(400, 'Bad Request: chat_id is empty');
  if (state.blocked.has(id))
    throw new ApiFailure(
      403,
      id > 0 ? 'Forbidden: bot was blocked by the user' : 'Forbidden: bot was kicked from the group chat',
    );
  return id;
}

function messageOf(state: FakeState, params: Params) {
  const chatId = chatIdOf(state, params);
  const message = state.messages.get(chatId)?.find((m) => m.message_id === Number(params['message_id']));
  if (!message) throw new ApiFailure(400, 'Bad Request: message to edit not found');
  return message;
}

async function getUpdates(state: FakeState, params: Params, res: ServerResponse): Promise<unknown> {
  if (state.webhook)
    throw new ApiFailure(
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
  if (state.polling && !state.polling.writableEnded && !state.polling.destroyed)
    fail(
      state.polling,
      new ApiFailure(
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      ),
    );
  state.polling = res;
  const offset = Number(params['offset'] ?? 0);
  while (state.queue.length > 0 && state.queue[0]!.update_id < offset) state.queue.shift();
  if (state.queue.length === 0 && Number(params['timeout'] ?? 0) > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Number(params['timeout']) * 1000);
      function done() {
        clearTimeout(timer);
        state.listeners.delete(wake);
        res.off('close', done);
        resolve();
      }
      const wake = () => state.queue.length > 0 && done();
      state.listeners.add(wake);
      res.on('close', done);
    });
  }
  return state.queue.slice(0, Number(params['limit'] ?? 100));
}

export function answerOf(state: FakeState, method: string, params: Params, res: ServerResponse): unknown {
  const chatOf = (p: Params) => chatIdOf(state, p);
  const findMessage = (p: Params) => messageOf(state, p);
  const store = (chatId: number, m: Parameters<typeof storeMessage>[2]) => storeMessage(state, chatId, m);
  switch (method) {
    case 'getMe':
      return FAKE_BOT;
    case 'getUpdates':
      return getUpdates(state, params, res);
    case 'setWebhook': {
      const url = String(params['url'] ?? '');
      if (url === '') return delete state.webhook;
      if (!url.startsWith('https://'))
        throw new ApiFailure(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
      const secret = params['secret_token'];
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(secret)))
        throw new ApiFailure(400, 'Bad Request: bad webhook: secret token contains unallowed characters');
      state.webhook = {
        url,
        ...(secret !== undefined ? { secret_token: String(secret) } : {}),
        allowed_updates: params['allowed_updates'],
      };
      return true;
    }
    case 'deleteWebhook':
      delete state.webhook;
      if (params['drop_pending_updates'] === true) state.queue.length = 0;
      return true;
    case 'sendMessage': {
      const chatId = chatOf(params);
      const text = visibleText(params['text'], params['parse_mode'], 4096, 'message text');
      const markup = checkMarkup(params['reply_markup']);
      return apiMessage(store(chatId, { text, kind: 'text', ...(markup ? { reply_markup: markup } : {}) }));
    }
    case 'sendPhoto':
    case 'sendDocument': {
      const chatId = chatOf(params);
      const media = params[method === 'sendPhoto' ? 'photo' : 'document'];
      if (media === undefined || media === '')
        throw new ApiFailure(400, 'Bad Request: there is no document in the request');
      if (typeof media === 'string' && media.includes('broken'))
        throw new ApiFailure(400, 'Bad Request: wrong file identifier/HTTP URL specified');
      const caption =
        params['caption'] === undefined
          ? ''
          : visibleText(params['caption'], params['parse_mode'], 1024, 'message caption');
      const kind = method === 'sendPhoto' ? 'photo' : 'document';
      return apiMessage(
        store(chatId, { text: caption, kind, ...(typeof media === 'object' ? { document: media as Upload } : {}) }),
      );
    }
    case 'sendPoll': {
      const chatId = chatOf(params);
      const options = params['options'];
      const question = String(params['question'] ?? '');
      if (question.length < 1 || question.length > 300)
        throw new ApiFailure(400, 'Bad Request: poll question length must not exceed 300');
      if (!Array.isArray(options) || options.length < 2 || options.length > 10)
        throw new ApiFailure(400, 'Bad Request: poll must have at least 2 option');
      return apiMessage(store(chatId, { text: question, kind: 'poll' }));
    }
    case 'editMessageText': {
      const message = findMessage(params);
      const text = visibleText(params['text'], params['parse_mode'], 4096, 'message text');
      const markup = checkMarkup(params['reply_markup']);
      if (text === message.text && JSON.stringify(markup) === JSON.stringify(message.reply_markup)) {
        throw new ApiFailure(
          400,
          'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
        );
      }
      Object.assign(message, { text, reply_markup: markup, edits: message.edits + 1 });
      return apiMessage(message);
    }
    case 'editMessageReplyMarkup': {
      const message = findMessage(params);
      const markup = checkMarkup(params['reply_markup']);
      if (JSON.stringify(markup) === JSON.stringify(message.reply_markup))
        throw new ApiFailure(400, 'Bad Request: message is not modified');
      Object.assign(message, { reply_markup: markup, edits: message.edits + 1 });
      return apiMessage(message);
    }
    case 'answerCallbackQuery': {
      const query = state.queries.get(String(params['callback_query_id']));
      if (!query || query.answered)
        throw new ApiFailure(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
      if (typeof params['text'] === 'string' && params['text'].length > 200)
        throw new ApiFailure(400, 'Bad Request: MESSAGE_TOO_LONG');
      Object.assign(query, { answered: true, ...(typeof params['text'] === 'string' ? { text: params['text'] } : {}) });
      return true;
    }
    case 'sendChatAction':
      chatOf(params);
      if (!['typing', 'upload_photo', 'record_voice', 'upload_document'].includes(String(params['action'])))
        throw new ApiFailure(400, 'Bad Request: wrong parameter action in request');
      return true;
    case 'getFile': {
      const id = String(params['file_id'] ?? '');
      const file = state.files.get(id);
      if (!file) throw new ApiFailure(400, 'Bad Request: invalid file_id');
      return { file_id: id, file_unique_id: `u${id}`, file_size: file.content.length, file_path: file.path };
    }
    case 'setMyCommands': {
      const list = params['commands'];
      if (!Array.isArray(list) || list.length > 100)
        throw new ApiFailure(400, 'Bad Request: commands must be an array');
      for (const c of list as Array<Record<string, unknown>>) {
        if (!/^[a-z0-9_]{1,32}$/.test(String(c['command'])))
          throw new ApiFailure(400, 'Bad Request: BOT_COMMAND_INVALID');
        const description = String(c['description'] ?? '');
        if (description.length < 1 || description.length > 256)
          throw new ApiFailure(400, 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
      }
      state.commands = list;
      return true;
    }
    case 'setChatMenuButton':
      return true;
    default:
      throw new ApiFailure(404, 'Not Found');
  }
}

export function fail(res: ServerResponse, failure: ApiFailure): void {
  const body = {
    ok: false,
    error_code: failure.code,
    description: failure.description,
    ...(failure.parameters ? { parameters: failure.parameters } : {}),
  };
  res.writeHead(failure.code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
