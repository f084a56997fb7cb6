import { connect, type Socket } from 'node:net';

/** A raw TCP client on loopback: sends bytes as a misbehaving client would and keeps what comes back. */
export interface RawClient {
  socket: Socket;
  /** Everything received so far, as text. */
  received(): string;
  write(data: string | Buffer): Promise<void>;
  /** Resolves when the server closed the connection (or reset it), with everything received. */
  closed: Promise<{ text: string; reset: boolean }>;
  /** Resolves once the received text contains `needle`. */
  waitFor(needle: string): Promise<string>;
}

export async function rawClient(port: number): Promise<RawClient> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const chunks: Buffer[] = [];
  const waiters: Array<() => void> = [];
  let reset = false;
  socket.on('data', (c: Buffer) => {
    chunks.push(c);
    for (const w of waiters.splice(0)) w();
  });
  socket.on('error', () => {
    reset = true;
  });
  const received = () => Buffer.concat(chunks).toString('utf8');
  const closed = new Promise<{ text: string; reset: boolean }>((resolve) =>
    socket.once('close', () => resolve({ text: received(), reset })),
  );
  return {
    socket,
    received,
    write: (data) =>
      new Promise((resolve) => {
        if (socket.destroyed) return resolve();
        socket.write(data, () => resolve());
      }),
    closed,
    async waitFor(needle) {
      while (!received().includes(needle)) {
        if (socket.destroyed) throw new Error(`connection closed before "${needle}"; got: ${received().slice(0, 200)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          socket.once('close', resolve);
        });
      }
      return received();
    },
  };
}

/** The start of a POST with the given headers; the body is sent separately. */
export function postHead(path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries({ host: '127.0.0.1', ...headers }).map(([k, v]) => `${k}: ${v}`);
  return `POST ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}
