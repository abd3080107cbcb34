import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '@shared/contract/result';
import { backupsDir } from '../maintenance/backups';

/** The first 16 bytes of every SQLite database file (SQLite's file format, section 1.3). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * How SQLite's own files start (SQLite's file format, sections 4.1 and 4.4): a write-ahead log
 * (magic 0x377f0682 or 0x377f0683, big-endian) and a hot rollback journal (8 bytes). Neither
 * starts with {@link SQLITE_HEADER}, and each may hold committed transactions that are not yet
 * in its database file (review 15, finding 1).
 */
const SIDE_FILE_MAGICS = [
  Buffer.from('377f0682', 'hex'),
  Buffer.from('377f0683', 'hex'),
  Buffer.from('d9d505f920a163d7', 'hex')
] as const;

/** The files SQLite keeps beside a database: its write-ahead log, its shared-memory index, its rollback journal. */
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

/**
 * Refuses an export target that would destroy a library (review 14, finding 1): the open library
 * file, its `-wal`, `-shm` or `-journal`, anything in its `backups` folder, and, whatever library
 * is open, any existing file that starts with SQLite's header — a report is never a database, so
 * such a file is a library, a backup or someone's data, and replacing it with a report loses it.
 * The same holds for any library's side files (review 15, finding 1): a file that starts as a
 * write-ahead log or a rollback journal does, and any `<x>-wal`, `<x>-shm` or `<x>-journal` beside
 * an SQLite database `<x>`, existing or not — a log left by a crash holds transactions its
 * database lacks, and a report written in a side file's place would be read by SQLite as one.
 * Paths are compared after resolving links (`realpath`), and existing files by device and inode
 * too, so another spelling of the path, a symbolic link or a hard link to the library is caught.
 *
 * @param libraryFile the library the export is made from; left out, only the header is checked.
 * @throws AppFailure (`forbidden`) with a sentence naming the target and what it is.
 */
export function refuseProtectedTarget(target: string, libraryFile: string | undefined): void {
  const real = realPathOf(target);
  if (libraryFile !== undefined && libraryFile !== ':memory:') {
    const suffix = libraryOwnFile(target, libraryFile);
    if (suffix !== undefined)
      throw new AppFailure(
        'forbidden',
        suffix === ''
          ? `${target} is the library this export is made from: an export never replaces it. Choose another file name.`
          : `${target} is the ${suffix.slice(1)} file of the library this export is made from: an export never replaces it. Choose another file name.`
      );
    if (samePath(path.dirname(real), realPathOf(backupsDir(libraryFile))))
      throw new AppFailure(
        'forbidden',
        `${target} is in the library's backups folder, which holds only backups: an export never writes there. Choose another folder.`
      );
  }
  if (startsWith(target, [SQLITE_HEADER]))
    throw new AppFailure(
      'forbidden',
      `${target} is an SQLite database (a library or a backup, perhaps): an export never replaces one. Choose another file name.`
    );
  if (startsWith(target, SIDE_FILE_MAGICS))
    throw new AppFailure(
      'forbidden',
      `${target} is an SQLite write-ahead log or journal, which may hold a library's latest changes: an export never replaces one. Choose another file name.`
    );
  const suffix = SIDE_FILES.find((s) => samePath(real.slice(-s.length), s));
  if (suffix !== undefined && startsWith(real.slice(0, -suffix.length), [SQLITE_HEADER]))
    throw new AppFailure(
      'forbidden',
      `${target} is the ${suffix.slice(1)} file of the SQLite database ${path.basename(real.slice(0, -suffix.length))}: an export never writes there. Choose another file name.`
    );
}

/**
 * Which of the library's own files `target` is: `''` for the library file itself, `-wal`, `-shm`
 * or `-journal` for one SQLite keeps beside it (existing or not), else `undefined`. Compared after
 * resolving links, and by device and inode for an existing file, so another spelling of the path,
 * a symbolic link or a hard link is caught. Exports and `crosscheck backup --out` never write there.
 */
export function libraryOwnFile(target: string, libraryFile: string): '' | (typeof SIDE_FILES)[number] | undefined {
  const real = realPathOf(target);
  const library = realPathOf(libraryFile);
  const targetStat = statOf(target);
  return (['', ...SIDE_FILES] as const).find((suffix) => {
    const own = library + suffix;
    return samePath(real, own) || (targetStat !== undefined && sameFile(targetStat, statOf(own)));
  });
}

/**
 * The path with every link resolved: the file's own real path when it exists, else its folder's
 * real path and its name (a file about to be made); the path as given when neither resolves.
 */
function realPathOf(file: string): string {
  const resolved = path.resolve(file);
  try {
    return fs.realpathSync(resolved);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/** NB: Windows' and macOS's usual file systems ignore case, so `Library.SQLITE` is `library.sqlite` there. */
function samePath(a: string, b: string): boolean {
  const foldsCase = process.platform === 'win32' || process.platform === 'darwin';
  return foldsCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function sameFile(a: fs.Stats, b: fs.Stats | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * True when the file is a regular file that can be read and opens with one of the byte strings.
 * NB: only a regular file is opened: opening a named pipe to read would wait for a writer.
 */
function startsWith(file: string, starts: readonly Buffer[]): boolean {
  if (statOf(file)?.isFile() !== true) return false;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(Math.max(...starts.map((s) => s.length)));
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return starts.some((s) => read >= s.length && head.subarray(0, s.length).equals(s));
  } catch {
    // Unreadable: nothing an export could tell apart from a report, and the write says why it fails.
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
