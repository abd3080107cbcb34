import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests: colocated `*.test.ts` files in electron/, shared/, renderer/ and scripts/, run on
 * plain Node. A `.only` fails its file on every machine (vitest allows it outside CI by
 * default, and then silently skips the file's other tests). `@shared/*` is shared/, as in
 * tsconfig.base.json.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    allowOnly: false
  }
});
