import fs from 'node:fs';
import path from 'node:path';
import type { ReadableDb, WritableDb } from './connection';

/**
 * Says why a path may not be written: the system's error code (`EROFS` for a disk mounted
 * read-only, `EACCES`/`EPERM` for permissions), or `undefined` when it may be. Injectable so a
 * test can stand for a user without write access (tests run as root, for whom permissions stop
 * nothing; a read-only mount stops root too, and the CLI suite uses one where it may mount).
 */
export type WriteProbe = (file: string) => string | undefined;

/** The real probe: `access(2)` with `W_OK`, which answers `EROFS` even for root on a read-only mount. */
export const probeWrite: WriteProbe = (file) => {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : 'EACCES';
  }
};

/**
 * Why an existing library must be opened read-only, as the first half of a sentence that names
 * it, or `undefined` when it can be written. NB: the folder counts as much as the file: SQLite
 * writes the `-wal` and `-shm` files beside the library, so a writable file in a folder that is
 * not cannot be changed either.
 */
export function readOnlyReason(file: string, probe: WriteProbe = probeWrite): string | undefined {
  const shown = path.resolve(file);
  const onFile = probe(shown);
  const onFolder = probe(path.dirname(shown));
  if (onFile === 'EROFS' || onFolder === 'EROFS') return `The library ${shown} is on a disk that is mounted read-only`;
  if (onFile !== undefined) return `You may not write to the library file ${shown}`;
  if (onFolder !== undefined) return `You may not write to the folder of the library ${shown}`;
  return undefined;
}

/**
 * The reason for a library opened read-only because its disk is full: SQLite cannot even make the
 * small `-shm` file a WAL library needs, and a read-only open still lets the user read everything.
 */
export function diskFullReason(file: string): string {
  return `The disk holding the library ${path.resolve(file)} is full`;
}

/**
 * True when the disk holding `file` has (almost) no room left: less than SQLite needs for a WAL
 * library's `-shm` file and a page or two. NB: asked only after SQLite failed, to tell a full disk
 * (free some space) from a damaged file (doctor, restore), which fail with the same codes.
 */
export function diskIsFull(file: string): boolean {
  try {
    const stats = fs.statfsSync(path.dirname(path.resolve(file)));
    return stats.bavail * stats.bsize < 256 * 1024;
  } catch {
    return false;
  }
}

/** True for SQLite's and the system's words for a full disk. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

/**
 * The sentence for a write refused because the library is open read-only: the reason, what
 * still works, and what to do.
 */
export function readOnlyRefusal(reason: string): string {
  // NB: a full disk is fixed by freeing space, not by copying the library elsewhere.
  const advice = / is full$/.test(reason)
    ? 'Free some space on it and try again.'
    : 'To change it, copy it to a folder you can write to and open the copy (--db in the command line).';
  return (
    `${reason}, so Crosscheck opened it read-only: listing, searching, reading, comparing and exporting work, ` +
    `but nothing can be imported, annotated, edited or saved in it. ${advice}`
  );
}

/**
 * The sentence for a backup into the backups folder beside a library opened read-only: that folder
 * is on the same read-only (or full) disk or folder, but the library can still be read, so a copy
 * elsewhere works (`library:backupTo`).
 */
export function backupRefusal(reason: string): string {
  return (
    `${reason}, so Crosscheck opened it read-only and keeps no backups beside it. ` +
    'Back it up to another folder or disk instead: `crosscheck backup --out FOLDER`, or Back up to… in the desktop app’s Settings.'
  );
}

/**
 * The sentence for a write that ran out of disk space on a library open for writing. SQLite
 * rolled the transaction back: nothing of it was kept, and everything committed before is intact.
 */
export function diskFullRefusal(file: string): string {
  return `${diskFullReason(file)}: the change could not be saved, and nothing of it was kept (what was saved before is intact). Free some space on it and try again.`;
}

/** A write that ran out of disk space: `diskFullRefusal`'s sentence, or one the caller words. */
export class DiskFullError extends Error {
  readonly code = 'disk-full';
}

/** A write refused because the library is open read-only (`readOnlyRefusal`'s sentence). */
export class ReadOnlyLibraryError extends Error {
  readonly code = 'read-only';

  /** `refusal` words the sentence from the reason: {@link readOnlyRefusal} unless the write needs its own ({@link backupRefusal}). */
  constructor(reason: string, refusal: (reason: string) => string = readOnlyRefusal) {
    super(refusal(reason));
  }
}

/** True for SQLite's refusal to write through a read-only connection (`SQLITE_READONLY*`), or {@link requireWritable}'s. */
export function isReadOnlyWrite(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/** A write refused before SQLite saw it: the connection is read-only (see {@link requireWritable}). */
class ReadOnlyConnectionError extends Error {
  readonly code = 'SQLITE_READONLY';
}

/** True when the connection may write: narrows a {@link ReadableDb} (which a read-only library's is) to a {@link WritableDb}. */
export function isWritable(db: ReadableDb): db is WritableDb {
  return !db.readonly;
}

/**
 * The connection as a {@link WritableDb} for a write, or a refusal when it is read-only (a
 * library opened read-only, docs/reliability.md): the handlers narrow here before every write, so
 * a write on a read-only library does not compile without it. The refusal carries SQLite's code,
 * so hosts answer it as they answer SQLite's own (`readOnlyHandlers`: code `read-only`, the sentence).
 */
export function requireWritable(db: ReadableDb): WritableDb {
  if (isWritable(db)) return db;
  throw new ReadOnlyConnectionError(`The library ${db.name} is open read-only; it cannot be changed.`);
}
