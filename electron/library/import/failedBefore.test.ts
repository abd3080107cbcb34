import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../library';
import { getSearchIndex } from '../search/searchIndex';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A file named .docx that is no Word file: a failure of the file, remembered. */
const corrupt = (seed: number) => Uint8Array.from({ length: 3000 }, (_, i) => (i * 131 + seed * 17 + ((i * i) >> 3)) & 255);

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Which files each problem of an import names, and as what. */
const problems = (report: { problems: ReadonlyArray<{ path: string; code: string }> }) =>
  report.problems.map((p) => [path.basename(p.path), p.code]);

describe('the files an import remembers as failing (review 15, findings 4-6)', () => {
  it('two imports of one library at once keep each other’s failures (#4)', async () => {
    const lib = makeTempLibrary();
    // A second connection to the same file, as the CLI beside the app's watched-folder import.
    const other = openLibrary(lib.db.name, { write: true });
    cleanups.push(
      () => getSearchIndex(other.db).dispose(),
      () => other.close(),
      () => getSearchIndex(lib.db).dispose(),
      () => lib.dispose()
    );
    const slowDir = folder({ 'bad4.docx': corrupt(4), 'ok.txt': 'Talks fail\n\nThe talks failed on Wednesday, rebels said.' });
    const quickDir = folder({ 'bad2.docx': corrupt(2) });
    // The first starts first and ends last: it would write its whole map over the second's.
    const slow = importPaths(lib.db, [slowDir], { fileDelayMs: 400 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await importPaths(other.db, [quickDir])).failed).toBe(1);
    expect((await slow).failed).toBe(1);

    for (const dir of [quickDir, slowDir]) {
      const again = await importPaths(other.db, [dir]);
      expect(again.failed, dir).toBe(0);
      expect(problems(again).filter(([, code]) => code !== 'unchanged')).toEqual([
        [dir === quickDir ? 'bad2.docx' : 'bad4.docx', 'still-unreadable']
      ]);
    }
  }, 60_000);
});
