import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of Redis that a test can cut (connections dropped, new ones refused) and
 * restore on the same port: a Redis outage as the bot's processes see it, without stopping the
 * Redis that other tests share.
 */
export async function startTcpProxy(targetUrl: string) {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  async function listen(): Promise<void> {
    const srv = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      track(client);
      track(upstream);
      client.pipe(upstream).on('close', () => client.destroy());
      upstream.pipe(client).on('close', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    srv.listen(port, '127.0.0.1');
    await once(srv, 'listening');
    port = (srv.address() as { port: number }).port;
    server = srv;
  }
  await listen();
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    /** The Redis URL to give the bot (same database as the target). */
    url: url.toString(),
    async cut(): Promise<void> {
      const srv = server;
      server = undefined;
      for (const s of sockets) s.destroy();
      if (srv) await new Promise((r) => srv.close(r));
    },
    restore: listen,
    close(): Promise<void> {
      return this.cut();
    },
  };
}
