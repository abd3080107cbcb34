import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../db/connection';
import { openLibrary } from '../library';
import { getSearchIndex } from '../search/searchIndex';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { getSetting, setSetting } from '../settings';
import { MOST_REMEMBERED } from './failedBefore';
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
  it('forgets files no longer on disk, and the oldest beyond the most it keeps (#5)', async () => {
    const lib = makeTempLibrary();
    cleanups.push(
      () => getSearchIndex(lib.db).dispose(),
      () => lib.dispose()
    );
    const remembered = (db: WritableDb) => Object.keys(JSON.parse(getSetting(db, 'import-failed-files') ?? '{}') as object);
    const kept = folder({ 'bad1.docx': corrupt(1) });
    const downloads = folder({ 'partial.docx': corrupt(3) });
    await importPaths(lib.db, [kept]);
    await importPaths(lib.db, [downloads]);
    expect(remembered(lib.db).map((f) => path.basename(f))).toEqual(['bad1.docx', 'partial.docx']);
    fs.rmSync(path.join(downloads, 'partial.docx'));
    // Another import, of another folder: the file that is gone is forgotten, the other kept.
    await importPaths(lib.db, [folder({ 'fine.txt': 'Talks fail\n\nThe talks failed on Wednesday, rebels said.' })]);
    expect(remembered(lib.db)).toEqual([path.join(kept, 'bad1.docx')]);
    expect((await importPaths(lib.db, [kept])).problems.map((p) => p.code)).toEqual(['still-unreadable']);

    // Full: the oldest are forgotten when a new failure comes. (Entries under spellings of one
    // file's path, none of them gone from disk.)
    const full = Object.fromEntries(
      Array.from({ length: MOST_REMEMBERED }, (_, i) => [
        `${kept}/${'./'.repeat(i)}bad1.docx`,
        { size: 3000, mtimeMs: 0, code: 'corrupt', message: 'old', attempt: 'old' }
      ])
    );
    setSetting(lib.db, 'import-failed-files', JSON.stringify(full));
    await importPaths(lib.db, [folder({ 'bad5.docx': corrupt(5) })]);
    const now = remembered(lib.db);
    expect(now).toHaveLength(MOST_REMEMBERED);
    expect(now[0]).toBe(`${kept}/./bad1.docx`);
    expect(path.basename(now.at(-1)!)).toBe('bad5.docx');
  }, 60_000);
  it('a failure remembered by another build of the readers is read again (#6)', async () => {
    const lib = makeTempLibrary();
    cleanups.push(
      () => getSearchIndex(lib.db).dispose(),
      () => lib.dispose()
    );
    const dir = folder({ 'bad.docx': corrupt(6) });
    const file = path.join(dir, 'bad.docx');
    expect((await importPaths(lib.db, [dir])).failed).toBe(1);
    expect((await importPaths(lib.db, [dir])).problems.map((p) => p.code)).toEqual(['still-unreadable']);
    // The entry as the build before this one wrote it: the same file, options and message, but no
    // version of the readers. An upgrade may read the file now, so it is tried again.
    const stored = JSON.parse(getSetting(lib.db, 'import-failed-files')!) as Record<string, { attempt: string }>;
    const older = { ...stored[file]!, attempt: JSON.stringify([null, null, null]) };
    setSetting(lib.db, 'import-failed-files', JSON.stringify({ [file]: older }));
    const upgraded = await importPaths(lib.db, [dir]);
    expect([upgraded.failed, upgraded.problems.map((p) => p.code)]).toEqual([1, ['corrupt']]);
    expect((await importPaths(lib.db, [dir])).problems.map((p) => p.code)).toEqual(['still-unreadable']);
  }, 60_000);
});
