import type { Channel } from '../channel.ts';

/** A Zalo channel plus `idle()`, which resolves once every accepted message was handled. */
export type ZaloChannel = Channel & { idle(): Promise<void> };
