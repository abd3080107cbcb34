import { defineConfig } from 'vitest/config';

/** Unit tests: colocated `*.test.ts` files in electron/, shared/ and renderer/, run on plain Node. */
export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks'
  }
});
