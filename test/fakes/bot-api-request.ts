import type { IncomingMessage } from 'node:http';

/** One Bot API call as a fake server reads it: the method from the URL, the JSON parameters. */
export interface BotApiCall {
  method: string;
  params: Record<string, unknown>;
}

/**
 * Reads a JSON Bot API request (what Telegraf sends for text messages) and calls back with it;
 * a body that is not JSON gives empty parameters. Shared by the lean bench fake and the held
 * fake of the cluster test; the full test fake (fake-telegram.ts) also reads multipart uploads.
 */
export function readBotApiCall(req: IncomingMessage, done: (call: BotApiCall) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    let params: Record<string, unknown> = {};
    try {
      params = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      params = {};
    }
    done({ method, params });
  });
}
