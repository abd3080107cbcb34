import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from '../maintenance/backups';

/**
 * SQLite's companions of a library file: the write-ahead log, its index, a rollback journal.
 * NB: they come and go while the library is open, so they are named, not looked for.
 */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/**
 * The real paths of the library's own files: the file, its SQLite companions and its backups
 * folder. An import of the folder that holds the library passes over them (review #19: the report
 * listed library.sqlite, -shm and -wal as skipped files nobody chose). None for an in-memory db.
 *
 * @example libraryOwnFiles('/home/ana/news/library.sqlite')
 * // ['/home/ana/news/library.sqlite', '/home/ana/news/library.sqlite-wal', …, '/home/ana/news/backups']
 */
export function libraryOwnFiles(libraryFile: string): string[] {
  if (libraryFile === '' || libraryFile === ':memory:') return [];
  const absolute = path.resolve(libraryFile);
  let folder: string;
  try {
    // The walk compares real paths: a library reached through a link is known by its target's.
    folder = fs.realpathSync(path.dirname(absolute));
  } catch {
    return [];
  }
  const file = path.join(folder, path.basename(absolute));
  return [...COMPANIONS.map((suffix) => file + suffix), backupsDir(file)];
}
