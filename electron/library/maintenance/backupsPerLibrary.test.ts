import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type WritableLibrary, openLibrary } from '../library';
import { makeTempFolder } from '../testing/tempLibrary';
import { backupLibrary, backupPrefix, listBackups } from './backups';

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
      ['syria-20261202-100000-000-manual.sqlite', 'manual'],
      ['syria-20261201-100000-000-manual.sqlite', 'manual']
    ]);
    expect(listBackups(main.file).map((b) => path.basename(b.file))).toEqual([
      'library-20261205-100000-000-daily.sqlite',
      'library-20261204-100000-000-daily.sqlite'
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
      ['syria-20261203-100000-000-manual.sqlite', false],
      ['syria-20261202-100000-000-manual.sqlite', false],
      ['library-20261130-083000-000-daily.sqlite', true]
    ]);
    expect(fs.existsSync(older)).toBe(true);
  });

  it('names backups after the library file, without .sqlite; a name that merely starts alike is another library', () => {
    expect(backupPrefix('/data/syria.sqlite')).toBe('syria');
    expect(backupPrefix('/data/Notes 2026.SQLITE')).toBe('Notes 2026');
    expect(backupPrefix('/data/archive.db')).toBe('archive.db');
    const dir = makeTempFolder({ 'backups/syria-north-20261201-100000-000-manual.sqlite': 'x' });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    expect(listBackups(path.join(dir, 'syria.sqlite'))).toEqual([]);
    expect(listBackups(path.join(dir, 'syria-north.sqlite'))).toHaveLength(1);
  });
});
