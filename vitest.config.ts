import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Redis-backed suites share one server; separate files use unique key prefixes.
    fileParallelism: true,
  },
});
