import { describe } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createMemoryOutbound } from '../../src/queue/memory-outbound.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { outboundContract } from './outbound.contract.ts';

describe('in-process outbound queue', () => {
  outboundContract('memory', async ({ attempts, perChatMs }) => {
    const outbound = createMemoryOutbound({
      logger: silentLogger,
      attempts,
      backoffMs: 20,
      limits: { telegram: { perChatMs } },
    });
    return { outbound, store: createMemoryStore(), settled: () => outbound.idle(), cleanup: () => outbound.close() };
  });
});
