import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '@shared/contract/result';
import { removeLeftoverTemps } from './leftoverTemps';
import { refuseProtectedTarget } from './protectedTargets';
import { rememberWrittenFile } from './writtenFiles';

/** How {@link writeFileAtomic} may treat the target. */
export interface WriteTargetOptions {
  /** Replace an existing file (`--force`; the desktop Save dialog asked already). */
  readonly force: boolean;
  /**
   * The library the content comes from: it, its `-wal`/`-shm`, and its backups are never
   * replaced ({@link refuseProtectedTarget}). Left out, only existing SQLite databases are refused.
   */
  readonly libraryFile?: string;
}

/**
 * Writes a file so that it is either wholly there or not touched: the content goes to a temporary
 * file in the same folder (same file system, so the rename is atomic), is synced to disk, then
 * takes the target's name. An existing file is replaced only when `force` is set; without it the
 * temporary file is hard-linked into place, which fails if the name exists even when another
 * process creates it meanwhile. Any failure removes the temporary file: no partial file is left.
 * Never replaces a library, its side files, its backups or any SQLite database.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteTargetOptions): void {
  const { force } = options;
  const dir = checkWriteTarget(target, options);
  removeLeftoverTemps(dir);
  // NB: a short name of its own, not the target's with more added: any name the folder accepts
  // then has a temporary file the folder accepts too (review 14, finding 2). Hidden (a leading
  // dot), so a watched folder's walk skips it.
  const temp = path.join(dir, `.cc-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', 0o644);
    try {
      if (typeof content === 'string') fs.writeFileSync(fd, content, 'utf8');
      else fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (force) fs.renameSync(temp, target);
    else {
      fs.linkSync(temp, target);
      fs.unlinkSync(temp);
    }
    syncFolder(dir);
  } catch (error) {
    removeQuietly(temp);
    throw error instanceof AppFailure ? error : new AppFailure('unavailable', describeWriteError(target, error));
  }
  // A watched folder leaves it out: a report is not an article (writtenFiles.ts).
  rememberWrittenFile(target);
}

/**
 * Refuses a target {@link writeFileAtomic} could not or must not write, with the sentence it would
 * give: a missing folder, a folder as the target (said so even with `force`, not "already
 * exists"), the library or one of its files or backups, or any SQLite database (even with `force`:
 * review 14, finding 1), an existing file without `force`. `crosscheck export` calls it before the
 * report is made, so a mistaken `--out` is answered at once rather than after a PDF's rendering.
 * @returns the folder the file goes into.
 * @throws AppFailure with the sentence.
 */
export function checkWriteTarget(target: string, options: WriteTargetOptions): string {
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir))
    throw new AppFailure('not-found', `The folder ${dir} does not exist. Create it first, or choose another place to save to.`);
  if (isFolder(target)) throw new AppFailure('forbidden', describeWriteError(target, { code: 'EISDIR' }));
  const unusable = lookUpProblem(target);
  if (unusable !== undefined) throw new AppFailure('forbidden', describeWriteError(target, { code: unusable }));
  // Before "already exists", whose advice (--force) would only lead to this refusal.
  refuseProtectedTarget(target, options.libraryFile);
  if (!options.force && fs.existsSync(target))
    throw new AppFailure('forbidden', `${target} already exists. Add --force to replace it, or choose another file name.`);
  return dir;
}

function isFolder(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why the folder cannot even look the name up (the system's code), or undefined. NB: only the
 * folder's file system knows how long a name it takes (255 bytes on ext4, 255 UTF-16 units on
 * NTFS), and looking the name up asks it, so a name too long is said before the report is made.
 */
function lookUpProblem(target: string): string | undefined {
  try {
    fs.lstatSync(target);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENAMETOOLONG' || code === 'ENOTDIR' || code === 'EACCES' ? code : undefined;
  }
}

/**
 * Removes the temporary file after a failure, never throwing: the failure that brought us here is
 * the one to report. NB: `rmSync`'s `force` ignores only a missing file; before review 14 a name
 * the folder refused failed here again, and the system's words replaced the sentence.
 */
function removeQuietly(temp: string): void {
  try {
    fs.rmSync(temp, { force: true });
  } catch {
    // Whatever stops the removal (a folder gone read-only, say) leaves a hidden .cc-….tmp behind;
    // the write's own failure is what the user must hear.
  }
}

/** Syncs the folder so the new name survives a power cut; some systems (Windows) cannot, which is no failure. */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Opening a folder for sync is not possible everywhere; the file itself is synced already.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A write failure as a sentence for a person, without the system's own message. */
function describeWriteError(target: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EEXIST') return `${target} already exists. Add --force to replace it, or choose another file name.`;
  if (code === 'EACCES' || code === 'EPERM') return `Crosscheck may not write to ${target}. Choose a folder you can write to.`;
  if (code === 'ENOSPC') return `The disk is full, so ${target} was not written. Free some space and export again.`;
  if (code === 'EISDIR') return `${target} is a folder. Give a file name to export to.`;
  if (code === 'ENAMETOOLONG') return nameTooLong(target);
  if (code === 'ENOTDIR')
    return `A part of the folder path of ${target} is a file, not a folder. Choose another place to save to.`;
  return `${target} could not be written (${code ?? 'unknown error'}). Nothing was saved; try another place.`;
}

/** The longest file name most file systems take, in bytes of UTF-8 (ext4, APFS, btrfs, XFS: 255). */
const USUAL_NAME_MAX = 255;

function nameTooLong(target: string): string {
  const bytes = Buffer.byteLength(path.basename(target), 'utf8');
  return bytes > USUAL_NAME_MAX
    ? `The file name of ${target} is too long (${bytes.toLocaleString('en')} bytes; most systems take at most ${USUAL_NAME_MAX}). Choose a shorter name.`
    : `The path ${target} is too long for this system. Choose a shorter file name, or a folder nearer the top.`;
}
