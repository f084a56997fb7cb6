import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodySlot } from './body-budget.ts';

/** How reading a body ended; anything but `ok` has not kept the bytes. */
export type BodyRead =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'too-large' }
  | { kind: 'busy' }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

/**
 * Buffers a request body up to `maxBytes` within `timeoutMs`, counting it in `slot`. Stops
 * listening as soon as it gives up, so {@link refuse} can drain what the client still sends.
 */
export function readBody(
  req: IncomingMessage,
  options: { maxBytes: number; timeoutMs: number; slot: BodySlot },
): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      chunks.length = 0;
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxBytes) return finish({ kind: 'too-large' });
      if (!options.slot.add(chunk.length)) return finish({ kind: 'busy' });
      chunks.push(chunk);
    };
    const onEnd = () => {
      const body = Buffer.concat(chunks, size);
      finish({ kind: 'ok', body });
    };
    const onClose = () => {
      if (!req.complete) finish({ kind: 'aborted' });
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), options.timeoutMs);
    timer.unref();
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
  });
}

/**
 * Answers `status` and closes the connection without a reset the client could meet before
 * reading the answer: the whole response is written (its length declared) while whatever
 * body is still coming is read and thrown away, up to `drainBytes` or `drainMs`; only then is
 * the connection closed. Nothing of a refused body is kept.
 */
export function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  answer: { status: number; text: string; headers?: Record<string, string> },
  drain: { drainBytes: number; drainMs: number },
): void {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const body = Buffer.from(answer.text, 'utf8');
  res.writeHead(answer.status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(body.length),
    connection: 'close',
    ...answer.headers,
  });
  if (req.complete || req.destroyed) {
    res.end(body);
    return;
  }
  res.write(body);
  let drained = 0;
  const close = (hard: boolean) => {
    clearTimeout(timer);
    req.off('data', onData);
    if (!res.writableEnded) res.end();
    if (hard) res.once('finish', () => req.socket.destroy());
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > drain.drainBytes) close(true);
  };
  const timer = setTimeout(() => close(true), drain.drainMs);
  timer.unref();
  req.on('data', onData);
  req.once('end', () => close(false));
  req.once('close', () => close(false));
  req.resume();
}
