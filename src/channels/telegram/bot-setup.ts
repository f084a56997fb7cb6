import { TelegramError, type Telegram } from 'telegraf';
import { ConfigError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { ApiCaller } from './api-caller.ts';
import { BOT_COMMANDS } from './keyboards.ts';
import type { BotIdentity } from './normalize-message.ts';
import type { Sleep } from './sleep.ts';
import { mapTelegramError } from './telegram-errors.ts';

const IDENTIFY_ATTEMPTS = 5;

/** getMe, retried a few times while Telegram is unreachable; a rejected token is a config error. */
export async function identifyBot(deps: {
  telegram: Telegram;
  token: string;
  sleep: Sleep;
  logger: Logger;
}): Promise<BotIdentity> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const me = await deps.telegram.getMe();
      return { id: me.id, username: me.username };
    } catch (error) {
      const mapped = mapTelegramError(error, 'getMe', deps.token);
      if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
        throw new ConfigError(
          `TELEGRAM_BOT_TOKEN was rejected by the Bot API (${mapped.message}); check the token from @BotFather`,
        );
      }
      if (attempt >= IDENTIFY_ATTEMPTS) throw mapped;
      deps.logger.warn({ err: mapped.message, attempt }, 'telegram getMe failed; retrying');
      await deps.sleep(1000 * 2 ** (attempt - 1));
    }
  }
}

/** The "/" command list in Vietnamese and the menu button that opens it; failures only warn. */
export async function registerCommands(deps: { telegram: Telegram; call: ApiCaller; logger: Logger }): Promise<void> {
  try {
    await deps.call('setMyCommands', () => deps.telegram.setMyCommands(BOT_COMMANDS));
    await deps.call('setChatMenuButton', () => deps.telegram.setChatMenuButton({ menuButton: { type: 'commands' } }));
  } catch (error) {
    deps.logger.warn({ err: (error as Error).message }, 'telegram commands not registered');
  }
}
