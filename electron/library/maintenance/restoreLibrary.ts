import fs from 'node:fs';
import path from 'node:path';
import type { OpenOptions } from '../db/connection';
import { openReadableDb } from '../db/connection';
import { LibraryInUseError, refuseIfHeldElsewhere } from '../db/libraryHolders';
import { latestSchemaVersion } from '../db/migrate';
import { verifyLibraryFile } from './backups';

/** What {@link restoreLibrary} did. */
export interface LibraryRestore {
  /** The library file, now holding the backup's contents. */
  readonly file: string;
  /** Where the library it replaced was put (with its `-wal` beside it, if it had one). */
  readonly setAside: string | undefined;
}

/** A restore refused before anything was touched: the message says why and what to do. */
export class RestoreRefusedError extends Error {
  readonly code = 'restore-refused';
}

/**
 * Replaces a library with a backup. The backup is checked first (it opens, `integrity_check` is
 * ok, its schema is one this version knows); then copied beside the library under a temporary
 * name and flushed to disk; then the current library (with its `-wal`/`-shm`, so nothing
 * committed is lost) is renamed aside as `<name>.before-restore-<time>.sqlite`, and the copy
 * renamed into place. Each rename is atomic: at every moment the library path holds either the old
 * library or the restored one.
 *
 * Refused, before anything is touched, while another process has the library open (it would go
 * on writing into the renamed file): the message names it (db/libraryHolders.ts).
 */
export function restoreLibrary(libraryFile: string, backupFile: string, options: OpenOptions & { now?: Date } = {}): LibraryRestore {
  const open = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  refuseInUse(libraryFile);
  const problem = verifyLibraryFile(backupFile, open);
  if (problem) throw new RestoreRefusedError(`Cannot restore: ${problem} The library was not changed.`);
  const version = schemaOf(backupFile, open);
  if (version > latestSchemaVersion())
    throw new RestoreRefusedError(
      `Cannot restore: ${path.basename(backupFile)} was written by a newer Crosscheck (schema ${version}). Update Crosscheck first. The library was not changed.`
    );
  const file = path.resolve(libraryFile);
  const incoming = `${file}.restoring`;
  fs.copyFileSync(backupFile, incoming);
  fsyncFile(incoming);
  const iso = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const aside = file.replace(/(\.sqlite)?$/, `.before-restore-${iso}.sqlite`);
  let setAside: string | undefined;
  if (fs.existsSync(file)) {
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    fs.renameSync(file, aside);
    setAside = aside;
  }
  fs.renameSync(incoming, file);
  fsyncFile(path.dirname(file));
  return { file, setAside };
}

/** A {@link RestoreRefusedError} naming the other process that has the library open, if one has. */
function refuseInUse(libraryFile: string): void {
  try {
    refuseIfHeldElsewhere(libraryFile, 'restore');
  } catch (error) {
    // The cause tells the command line to answer "busy" (exit 5), as for any lock held elsewhere.
    if (error instanceof LibraryInUseError)
      throw new RestoreRefusedError(`Cannot restore: ${error.message} The library was not changed.`, { cause: error });
    throw error;
  }
}

function schemaOf(file: string, open: OpenOptions): number {
  const db = openReadableDb(file, open);
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/** Flushes a file or folder to disk, where the platform allows it (Windows refuses folders). */
function fsyncFile(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'r');
    fs.fsyncSync(fd);
  } catch {
    // A folder cannot be opened for fsync on Windows; the rename is still atomic there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The file that asks the next {@link import('../library').openLibrary} to restore a backup. */
export function pendingRestoreFile(libraryFile: string): string {
  return `${path.resolve(libraryFile)}.restore-pending`;
}

/**
 * Asks for `backupFile` to replace the library the next time it is opened: the app cannot swap
 * the file it has open. The backup is checked now, so a bad one is refused at once.
 */
export function scheduleRestore(libraryFile: string, backupFile: string, options: OpenOptions = {}): void {
  // NB: asked again when the restore is carried out: another process may open it meanwhile.
  refuseInUse(libraryFile);
  const problem = verifyLibraryFile(backupFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  if (problem) throw new RestoreRefusedError(`Cannot restore: ${problem} The library was not changed.`);
  fs.writeFileSync(pendingRestoreFile(libraryFile), JSON.stringify({ backup: path.resolve(backupFile) }));
}

/**
 * Drops the restore {@link scheduleRestore} asked for, if one is still pending: the library was not
 * touched yet, so removing the request undoes it.
 *
 * @returns whether one was pending.
 */
export function cancelRestore(libraryFile: string): boolean {
  const marker = pendingRestoreFile(libraryFile);
  if (!fs.existsSync(marker)) return false;
  fs.rmSync(marker, { force: true });
  return true;
}

/**
 * Runs a restore {@link scheduleRestore} asked for, before the library is opened. The request is
 * removed whatever happens, so a backup that has gone bad cannot stop the app from starting; a
 * refused restore leaves the library as it was.
 *
 * @returns what was restored, an error message, or undefined when nothing was pending.
 */
export function runPendingRestore(libraryFile: string, options: OpenOptions = {}): LibraryRestore | { error: string } | undefined {
  const marker = pendingRestoreFile(libraryFile);
  let backup: string;
  try {
    backup = (JSON.parse(fs.readFileSync(marker, 'utf8')) as { backup: string }).backup;
  } catch {
    fs.rmSync(marker, { force: true });
    return undefined;
  }
  try {
    refuseIfHeldElsewhere(libraryFile, 'start Crosscheck again');
  } catch (error) {
    // The request stays: the user asked for it, and it is carried out at a start with no one else on the library.
    if (error instanceof LibraryInUseError) return { error: `The restore you asked for waits: ${error.message}` };
    throw error;
  }
  try {
    return restoreLibrary(libraryFile, backup, options);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    fs.rmSync(marker, { force: true });
  }
}
