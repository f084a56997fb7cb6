import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { storeContract } from '../contract/store.contract.ts';

storeContract('memory', async () => ({ store: createMemoryStore(), cleanup: async () => undefined }));
