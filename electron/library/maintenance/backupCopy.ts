import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '@shared/contract/result';
import { type OpenOptions, type ReadableDb, openReadableDb, openWritableDb } from '../db/connection';
import { diskIsFull, isDiskFull, probeWrite } from '../db/readOnly';
import { libraryOwnFile } from '../export/protectedTargets';
import { syncFolder } from '../export/writeAtomic';
import { backupFileName, verifyLibraryFile } from './backups';

/** A verified copy of the library written where the user said (`library:backupTo`). */
export interface BackupCopy {
  /** Where the copy is. */
  readonly path: string;
  readonly bytes: number;
  /** Articles in the copy, counted on the copy itself. */
  readonly articles: number;
  /** The copy passed `integrity_check` and is a Crosscheck library: always true, as a copy that fails is not kept. */
  readonly verified: true;
}

/** Where and how {@link backupLibraryTo} writes. */
export interface BackupCopyOptions {
  /** The library being copied: it and its `-wal`/`-shm`/`-journal` are never written. */
  readonly libraryFile: string;
  /** Replace an existing file at the destination (never the library's own). */
  readonly force: boolean;
  /** The time in a dated name (a folder as destination); now unless a test says. */
  readonly now?: Date;
  /** See {@link OpenOptions.nativeBinding}: the copy is opened to check it. */
  readonly nativeBinding?: string;
}

/**
 * Copies an open library to `destination` (a file, or an existing folder: then a dated name
 * inside it, as the backups folder names them) with SQLite's online backup API, which reads one
 * consistent moment and needs no write access to the library — so a library opened read-only (a
 * read-only disk or folder, a full disk) is backed up too. The copy goes to a hidden temporary
 * file in the destination's folder, is checked (`integrity_check`, an articles table) and synced,
 * and only then takes its name: a failure leaves nothing behind, and an existing file is replaced
 * only with `force` (without it, a file made meanwhile is not replaced either: a hard link fails).
 *
 * @throws AppFailure with a sentence: `not-found` (the folder is missing), `forbidden` (the
 * library's own file, an existing file without `force`, a folder), `disk-full`, `unavailable`
 * (the folder cannot be written, or the copy failed its check).
 */
export async function backupLibraryTo(db: ReadableDb, destination: string, options: BackupCopyOptions): Promise<BackupCopy> {
  const target = targetOf(destination, options);
  const dir = path.dirname(target);
  refuseTarget(target, options);
  const temp = path.join(dir, `.cc-backup-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  const open: OpenOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  try {
    await db.backup(temp);
    // A copy of a WAL library says WAL in its header; a backup is one file, never a pair.
    const copy = openWritableDb(temp, open);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const problem = verifyLibraryFile(temp, open);
    if (problem) throw new AppFailure('unavailable', `The backup failed its check and was not kept: ${problem}`);
    const articles = countArticles(temp, open);
    syncFile(temp);
    if (options.force) fs.renameSync(temp, target);
    else fs.linkSync(temp, target);
    syncFolder(dir);
    return { path: target, bytes: fs.statSync(target).size, articles, verified: true };
  } catch (error) {
    throw error instanceof AppFailure ? error : new AppFailure(codeOf(error, dir), writeFailure(target, dir, error));
  } finally {
    for (const leftover of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) removeQuietly(leftover);
  }
}

/** The file the copy becomes: `destination` itself, or a dated name inside it when it is a folder. */
function targetOf(destination: string, options: BackupCopyOptions): string {
  const resolved = path.resolve(destination);
  if (fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory() === true)
    return path.join(resolved, backupFileName(options.libraryFile, 'manual', options.now ?? new Date()));
  // NB: `backups/` (a trailing separator) names a folder: a missing one is not a file to make.
  if (/[\\/]$/.test(destination)) throw missingFolder(resolved);
  return resolved;
}

/** Says before any copying what makes `target` unusable; the copy's own failures are said after. */
function refuseTarget(target: string, options: BackupCopyOptions): void {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw missingFolder(dir);
  const own = libraryOwnFile(target, options.libraryFile);
  if (own !== undefined)
    throw new AppFailure(
      'forbidden',
      own === ''
        ? `${target} is the library itself: a backup never replaces it. Choose another file name, or a folder.`
        : `${target} is the library’s ${own} file: a backup never writes there. Choose another file name, or a folder.`
    );
  const stat = fs.lstatSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory() === true) throw new AppFailure('forbidden', `${target} is a folder.`);
  if (stat !== undefined && !options.force)
    throw new AppFailure('forbidden', `${target} already exists. Add --force to replace it, or choose another file name.`);
  const refused = probeWrite(dir);
  if (refused !== undefined) throw new AppFailure('unavailable', cannotWrite(target, dir, refused));
}

function missingFolder(dir: string): AppFailure {
  return new AppFailure(
    'not-found',
    `The folder ${dir} does not exist. Create it first, or choose another place for the backup.`
  );
}

function countArticles(file: string, open: OpenOptions): number {
  const copy = openReadableDb(file, open);
  try {
    return copy.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    copy.close();
  }
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * NB: a full disk reaches SQLite as SQLITE_FULL or, while it writes pages, an I/O error; only the
 * free space tells the latter from a failing disk.
 */
function codeOf(error: unknown, dir: string): 'disk-full' | 'unavailable' {
  const code = (error as { code?: unknown } | null)?.code;
  if (isDiskFull(error)) return 'disk-full';
  return typeof code === 'string' && code.startsWith('SQLITE_IOERR') && diskIsFull(path.join(dir, 'x'))
    ? 'disk-full'
    : 'unavailable';
}

/** A failure while writing the copy, as a sentence for a person, without SQLite's or the system's words. */
function writeFailure(target: string, dir: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (codeOf(error, dir) === 'disk-full')
    return `The disk holding ${dir} is full, so the backup ${target} was not written (nothing of it was left there). Free some space on it, or choose another disk.`;
  if (code === 'EEXIST') return `${target} already exists. Add --force to replace it, or choose another file name.`;
  if (
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'SQLITE_CANTOPEN' ||
    (typeof code === 'string' && code.startsWith('SQLITE_READONLY'))
  )
    return cannotWrite(target, dir, typeof code === 'string' ? code : 'EACCES');
  return `The backup ${target} could not be written (${typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown error'}); nothing was saved there. Try another place.`;
}

function cannotWrite(target: string, dir: string, code: string): string {
  const why = code === 'EROFS' ? 'its disk is mounted read-only' : 'you may not write to it';
  return `The backup ${target} cannot be written: ${why} (${dir}). Choose a folder you can write to.`;
}

/** Removes what a failed or finished copy left; never throws, as the copy's own outcome is what the user must hear. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // A folder gone read-only meanwhile keeps a hidden .cc-backup-….tmp; the outcome is said anyway.
  }
}
