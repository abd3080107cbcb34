import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { readersDigest } from './electron/library/import/readersDigest';

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
 *
 * `__READERS_DIGEST__` is put in as electron.vite.config.ts puts it into the build, so tests read
 * files as the same version of the readers the app would (readersVersion.ts).
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  define: { __READERS_DIGEST__: JSON.stringify(readersDigest(import.meta.dirname).digest) },
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    allowOnly: false
  }
});
