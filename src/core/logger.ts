/** The logging surface the core needs; pino satisfies it. Never pass personal data or tokens. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
  /** Whether `debug` lines are written at all (pino has it); lets hot paths skip building them. */
  isLevelEnabled?(level: 'debug'): boolean;
}

/** A logger that drops everything (tests, the terminal chat). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

/**
 * A child logger made on first use: most updates log nothing at the default level, and a pino
 * child costs an object and its serialized bindings per message.
 */
export function lazyChild(parent: Logger, bindings: Record<string, unknown>): Logger {
  let made: Logger | undefined;
  const real = () => (made ??= parent.child(bindings));
  const debugOn = parent.isLevelEnabled?.('debug') ?? true;
  return {
    debug: (obj, msg) => (debugOn ? real().debug(obj, msg) : undefined),
    info: (obj, msg) => real().info(obj, msg),
    warn: (obj, msg) => real().warn(obj, msg),
    error: (obj, msg) => real().error(obj, msg),
    child: (more) => real().child(more),
  };
}
