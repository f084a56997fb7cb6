import type { Telegram } from 'telegraf';
import { PermanentChannelError, TransientChannelError } from '../../core/errors.ts';
import type { ApiCaller } from './api-caller.ts';
import { mapTelegramError } from './telegram-errors.ts';

/** The cloud Bot API lets bots download files up to 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** getFile, then a download from `<apiRoot>/file/bot<token>/<file_path>`; errors never show the token. */
export function createFileDownloader(deps: {
  telegram: Telegram;
  call: ApiCaller;
  token: string;
}): (fileId: string) => Promise<Uint8Array> {
  return async (fileId) => {
    const file = await deps.call('getFile', () => deps.telegram.getFile(fileId));
    if (file.file_path === undefined) throw new PermanentChannelError('telegram getFile returned no file path');
    if ((file.file_size ?? 0) > MAX_FILE_BYTES)
      throw new PermanentChannelError('telegram file is too large to download');
    let response: Response;
    try {
      const url = await deps.telegram.getFileLink(file);
      response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    } catch (error) {
      throw mapTelegramError(error, 'file download', deps.token);
    }
    if (!response.ok) {
      const message = `telegram file download failed: HTTP ${response.status}`;
      throw response.status >= 500 ? new TransientChannelError(message) : new PermanentChannelError(message);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_FILE_BYTES) throw new PermanentChannelError('telegram file is too large to download');
    return bytes;
  };
}
