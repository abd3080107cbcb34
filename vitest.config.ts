import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests: colocated `*.test.ts` files in electron/, shared/, renderer/ and scripts/, run on
 * plain Node. A `.only` fails its file on every machine (vitest allows it outside CI by
 * default, and then silently skips the file's other tests). `@shared/*` is shared/, as in
 * tsconfig.base.json.
 *
 * NB: vitest runs `availableParallelism() - 1` files at a time, so one on the 2-core machines CI
 * runs on; but many files spend most of their time waiting on a child process (the CLI suite runs
 * the built `crosscheck`) or a worker thread, leaving the second core idle. Two at a time at least
 * took the CLI suite from 683 s to 379 s on a loaded 2-core machine.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    allowOnly: false
  }
});
