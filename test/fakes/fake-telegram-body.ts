import type { IncomingMessage } from 'node:http';

/** A file uploaded in a multipart request (sendDocument, sendPhoto with a buffer). */
export interface Upload {
  filename: string;
  content: Buffer;
}

export type Params = Record<string, unknown>;

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function multipart(body: Buffer, boundary: string): Params {
  const params: Params = {};
  const text = body.toString('latin1');
  for (const section of text.split(`--${boundary}`)) {
    const split = section.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const headers = section.slice(0, split);
    const name = headers.match(/name="([^"]+)"/)?.[1];
    if (!name) continue;
    const content = Buffer.from(section.slice(split + 4).replace(/\r\n$/, ''), 'latin1');
    const filename = headers.match(/filename="([^"]*)"/)?.[1];
    params[name] = filename !== undefined ? ({ filename, content } satisfies Upload) : content.toString('utf8');
  }
  return params;
}

/** Bot API parameters from the query string and a JSON, form or multipart body, as Telegram accepts them. */
export async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = Object.fromEntries(url.searchParams);
  const body = await read(req);
  const type = req.headers['content-type'] ?? '';
  if (body.length === 0) return params;
  if (type.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? { ...params, ...(parsed as Params) } : params;
  }
  if (type.startsWith('multipart/form-data')) {
    const boundary = type.match(/boundary=(.+)$/)?.[1];
    return boundary ? { ...params, ...multipart(body, boundary) } : params;
  }
  return { ...params, ...Object.fromEntries(new URLSearchParams(body.toString('utf8'))) };
}
