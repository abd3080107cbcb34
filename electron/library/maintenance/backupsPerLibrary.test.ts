import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type WritableLibrary, openLibrary } from '../library';
import { makeTempFolder } from '../testing/tempLibrary';
import { backupLibrary, backupStart, listBackups, olderBackupStart } from './backups';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

/** Two libraries, `library.sqlite` (the app's default name) and `syria.sqlite`, in one folder. */
function twoLibraries(): { dir: string; main: WritableLibrary; syria: WritableLibrary } {
  const dir = makeTempFolder({});
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const main = openLibrary(path.join(dir, 'library.sqlite'), { write: true });
  const syria = openLibrary(path.join(dir, 'syria.sqlite'), { write: true });
  cleanups.push(
    () => main.close(),
    () => syria.close()
  );
  return { dir, main, syria };
}

const at = (day: number) => new Date(`2026-12-0${day}T10:00:00.000Z`);

describe('backups of two libraries in one folder (review 13, finding 3)', () => {
  it('each library lists and prunes only its own backups', async () => {
    const { main, syria } = twoLibraries();
    await backupLibrary(syria.db, { libraryFile: syria.file, reason: 'manual', keep: 2, now: at(1) });
    await backupLibrary(syria.db, { libraryFile: syria.file, reason: 'manual', keep: 2, now: at(2) });
    for (const day of [3, 4, 5]) await backupLibrary(main.db, { libraryFile: main.file, reason: 'daily', keep: 2, now: at(day) });
    expect(listBackups(syria.file).map((b) => [path.basename(b.file), b.reason])).toEqual([
      ['syria.sqlite@20261202-100000-000-manual.sqlite', 'manual'],
      ['syria.sqlite@20261201-100000-000-manual.sqlite', 'manual']
    ]);
    expect(listBackups(main.file).map((b) => path.basename(b.file))).toEqual([
      'library.sqlite@20261205-100000-000-daily.sqlite',
      'library.sqlite@20261204-100000-000-daily.sqlite'
    ]);
  });

  it('the default library still lists the backups it took before, named library-…; another library does not take them for its own', () => {
    const { dir, main, syria } = twoLibraries();
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'backups', 'library-20261130-083000-000-daily.sqlite'), 'an older backup');
    expect(listBackups(main.file).map((b) => b.createdAt)).toEqual(['2026-11-30T08:30:00.000Z']);
    expect(listBackups(syria.file)).toEqual([]);
  });

  it('a library of another name alone in its folder lists its older library-… backups for restore, marked, and never prunes them (review 13, finding 5)', async () => {
    const dir = makeTempFolder({ 'backups/library-20261130-083000-000-daily.sqlite': 'an older backup' });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const syria = openLibrary(path.join(dir, 'syria.sqlite'), { write: true });
    cleanups.push(() => syria.close());
    const older = path.join(dir, 'backups', 'library-20261130-083000-000-daily.sqlite');
    expect(listBackups(syria.file)).toEqual([
      { file: older, createdAt: '2026-11-30T08:30:00.000Z', reason: 'daily', bytes: 15, olderName: true }
    ]);
    for (const day of [1, 2, 3]) await backupLibrary(syria.db, { libraryFile: syria.file, reason: 'manual', keep: 2, now: at(day) });
    expect(listBackups(syria.file).map((b) => [path.basename(b.file), b.olderName ?? false])).toEqual([
      ['syria.sqlite@20261203-100000-000-manual.sqlite', false],
      ['syria.sqlite@20261202-100000-000-manual.sqlite', false],
      ['library-20261130-083000-000-daily.sqlite', true]
    ]);
    expect(fs.existsSync(older)).toBe(true);
  });

  it('names backups after the whole library file name; a name that merely starts alike is another library', () => {
    expect(backupStart('/data/syria.sqlite')).toBe('syria.sqlite@');
    expect(backupStart('/data/Notes 2026.SQLITE')).toBe('Notes 2026.SQLITE@');
    expect(backupStart('/data/archive.db')).toBe('archive.db@');
    expect(olderBackupStart('/data/Notes 2026.SQLITE')).toBe('Notes 2026-');
    const dir = makeTempFolder({
      'backups/syria-north.sqlite@20261201-100000-000-manual.sqlite': 'x',
      'backups/syria-north-20261130-100000-000-manual.sqlite': 'an older one'
    });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    expect(listBackups(path.join(dir, 'syria.sqlite'))).toEqual([]);
    expect(listBackups(path.join(dir, 'syria-north.sqlite'))).toHaveLength(2);
  });
});

/** Libraries of the given file names in one new folder, opened, closed after the test. */
function librariesNamed(names: readonly string[], files: Record<string, string> = {}): { dir: string; libs: WritableLibrary[] } {
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const libs = names.map((name) => openLibrary(path.join(dir, name), { write: true }));
  cleanups.push(() => libs.forEach((l) => l.close()));
  return { dir, libs };
}

const shown = (lib: WritableLibrary) => listBackups(lib.file).map((b) => [path.basename(b.file), b.olderName ?? false]);

describe('libraries whose names differ only by .sqlite or its case (review 14, finding 6)', () => {
  for (const order of [
    ['news.sqlite', 'news'],
    ['news', 'news.sqlite']
  ])
    it(`${order.join(' then ')}: neither prunes nor lists the other's backups`, async () => {
      const { dir, libs } = librariesNamed(order);
      const [first, second] = libs as [WritableLibrary, WritableLibrary];
      await backupLibrary(first.db, { libraryFile: first.file, reason: 'manual', keep: 1, now: at(1) });
      await backupLibrary(second.db, { libraryFile: second.file, reason: 'manual', keep: 1, now: at(2) });
      await backupLibrary(second.db, { libraryFile: second.file, reason: 'daily', keep: 1, now: at(3) });
      expect(shown(first)).toEqual([[`${order[0]}@20261201-100000-000-manual.sqlite`, false]]);
      expect(shown(second)).toEqual([[`${order[1]}@20261203-100000-000-daily.sqlite`, false]]);
      expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual(
        [`${order[0]}@20261201-100000-000-manual.sqlite`, `${order[1]}@20261203-100000-000-daily.sqlite`].sort()
      );
    });

  it('news.sqlite and news.SQLITE keep their backups apart too (where the disk tells the two names apart)', async () => {
    const { dir } = librariesNamed([]);
    fs.writeFileSync(path.join(dir, 'probe'), '');
    if (fs.existsSync(path.join(dir, 'PROBE'))) return; // one file there: nothing to tell apart
    const { libs } = librariesNamed(['news.sqlite', 'news.SQLITE']);
    const [lower, upper] = libs as [WritableLibrary, WritableLibrary];
    await backupLibrary(lower.db, { libraryFile: lower.file, reason: 'manual', keep: 1, now: at(1) });
    await backupLibrary(upper.db, { libraryFile: upper.file, reason: 'manual', keep: 1, now: at(2) });
    expect(shown(lower)).toEqual([['news.sqlite@20261201-100000-000-manual.sqlite', false]]);
    expect(shown(upper)).toEqual([['news.SQLITE@20261202-100000-000-manual.sqlite', false]]);
  });

  it('a backup taken under the older names stays listed: its library’s own when no other file shares the stem, kept and marked when one does', async () => {
    const older = 'backups/news-20261130-100000-000-daily.sqlite';
    // Alone: news.sqlite's, as before, and pruned like its others.
    const alone = librariesNamed(['news.sqlite'], { [older]: 'an older backup' });
    const [news] = alone.libs as [WritableLibrary];
    expect(shown(news)).toEqual([['news-20261130-100000-000-daily.sqlite', false]]);
    await backupLibrary(news.db, { libraryFile: news.file, reason: 'manual', keep: 1, now: at(1) });
    expect(shown(news)).toEqual([['news.sqlite@20261201-100000-000-manual.sqlite', false]]);
    expect(fs.existsSync(path.join(alone.dir, older))).toBe(false);

    // Beside `news`: either could have taken it, so both list it, marked, and neither prunes it.
    const both = librariesNamed(['news', 'news.sqlite'], { [older]: 'an older backup' });
    for (const lib of both.libs) {
      expect(shown(lib)).toEqual([['news-20261130-100000-000-daily.sqlite', true]]);
      await backupLibrary(lib.db, { libraryFile: lib.file, reason: 'manual', keep: 1, now: at(1) });
      await backupLibrary(lib.db, { libraryFile: lib.file, reason: 'manual', keep: 1, now: at(2) });
      expect(shown(lib)).toEqual([
        [`${path.basename(lib.file)}@20261202-100000-000-manual.sqlite`, false],
        ['news-20261130-100000-000-daily.sqlite', true]
      ]);
    }
    expect(fs.existsSync(path.join(both.dir, older))).toBe(true);
  });
});
