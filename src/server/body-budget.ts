/** Limits on request bodies being received; see {@link createBodyBudget}. */
export interface BodyLimits {
  /** Largest body accepted on any route (webhook updates and dashboard forms are small). */
  maxBodyBytes: number;
  /** Bodies one client address may be sending at once before any secret vouched for them. */
  unverifiedPerClient: number;
  /** Bytes of all bodies being received at once, on every route together. */
  inFlightBytes: number;
  /** Time allowed to receive a whole body; a client that stalls longer is cut off (408). */
  bodyTimeoutMs: number;
  /** After a refusal, how many more body bytes are read and thrown away so the answer reaches the client. */
  drainBytes: number;
  /** How long a refused request may keep sending before its connection is closed. */
  drainMs: number;
  /** Open connections per socket address (only enforced when no proxy is trusted). */
  connectionsPerAddress: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  maxBodyBytes: 1024 * 1024,
  unverifiedPerClient: 8,
  inFlightBytes: 32 * 1024 * 1024,
  bodyTimeoutMs: 15_000,
  drainBytes: 4 * 1024 * 1024,
  drainMs: 5_000,
  connectionsPerAddress: 256,
};

/** One body being received; release it when the body is complete or abandoned. */
export interface BodySlot {
  /** Counts received bytes; false once the server-wide budget is spent. */
  add(bytes: number): boolean;
  release(): void;
}

/** Who may send a body now, and how much the server holds in flight. */
export interface BodyBudget {
  /** A slot for a body from `client`, or undefined when that client is over its share. */
  open(client: string, authenticated: boolean): BodySlot | undefined;
  /** Bytes held by bodies being received (for tests and metrics). */
  inFlight(): number;
}

/**
 * Counts bodies per client address and bytes server-wide. Bodies of requests a secret header
 * already vouched for (Telegram, Zalo Bot) are counted in bytes only, so a busy platform
 * sending many updates at once from one address is never refused for its number of bodies.
 */
export function createBodyBudget(limits: Pick<BodyLimits, 'unverifiedPerClient' | 'inFlightBytes'>): BodyBudget {
  const perClient = new Map<string, number>();
  let bytes = 0;
  return {
    open(client, authenticated) {
      const count = perClient.get(client) ?? 0;
      if (!authenticated && count >= limits.unverifiedPerClient) return undefined;
      if (!authenticated) perClient.set(client, count + 1);
      let held = 0;
      let released = false;
      return {
        add(n) {
          held += n;
          bytes += n;
          return bytes <= limits.inFlightBytes;
        },
        release() {
          if (released) return;
          released = true;
          bytes -= held;
          if (authenticated) return;
          const left = (perClient.get(client) ?? 1) - 1;
          if (left > 0) perClient.set(client, left);
          else perClient.delete(client);
        },
      };
    },
    inFlight: () => bytes,
  };
}
