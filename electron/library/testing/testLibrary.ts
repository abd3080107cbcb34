import fs from 'node:fs';
import { onTestFinished } from 'vitest';
import { makeTempFolder, makeTempLibrary } from './tempLibrary';

/**
 * Temp libraries and folders that remove themselves when the running test finishes, passed or
 * failed: the setup the import tests each wrote as a `cleanups` list emptied by `afterEach`.
 * NB: call these inside a test (`it`), not at a file's or a `describe`'s top level: vitest ties
 * the removal to the test that is running.
 */

/**
 * A fresh library in a temp folder, migrated from zero, closed and removed when the test finishes.
 *
 * @example
 * it('imports the seeds', async () => {
 *   const { db } = makeTestLibrary();
 *   await importPaths(db, [SEEDS_DIR]);
 * });
 */
export function makeTestLibrary(): ReturnType<typeof makeTempLibrary> {
  const lib = makeTempLibrary();
  onTestFinished(() => lib.dispose());
  return lib;
}

/**
 * Writes files (name → contents; a name may hold folders) into a new temp folder, removed when the
 * test finishes, and returns its path.
 *
 * @example
 * const dir = makeTestFolder({ 'a.txt': 'Talks fail\n\nRebels said the talks failed.' });
 */
export function makeTestFolder(files: Record<string, string | Uint8Array>): string {
  const dir = makeTempFolder(files);
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
