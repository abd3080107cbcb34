import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type OpenOptions, type ReadableDb, type WritableDb, openReadableDb, openWritableDb } from '../db/connection';
import { getSetting } from '../settings';

/** Backups kept when the `backups.keep` setting is absent. */
export const DEFAULT_BACKUPS_KEPT = 10;
/** A backup older than this is renewed when a host starts. */
export const DAILY_MS = 24 * 60 * 60 * 1000;

/** One backup file of a library. */
export interface BackupInfo {
  readonly file: string;
  /** When it was taken (ISO 8601, from its name). */
  readonly createdAt: string;
  /** Why: `manual`, `daily`, or `before-migration-<from>-<to>`. */
  readonly reason: string;
  readonly bytes: number;
  /**
   * Set on a `library-…` backup listed for a library of another name: taken before backups were
   * named per library (review 13), it may be this library's or another's in the folder. Offered
   * for restore, never pruned.
   */
  readonly olderName?: true;
}

/** The prefix every backup had before backups were named per library. */
const OLD_PREFIX = 'library';

/**
 * Where a library's backups live: a `backups` folder beside the library file, shared by every
 * library in that folder — each library's files carry its name ({@link backupPrefix}).
 */
export function backupsDir(libraryFile: string): string {
  return path.join(path.dirname(path.resolve(libraryFile)), 'backups');
}

/**
 * The start of a library's backup names: its file name without `.sqlite` (`syria.sqlite` →
 * `syria`), so two libraries in one folder never list, prune or restore each other's backups
 * (review 13). The app's default library, `library.sqlite`, gives `library`: the names every
 * backup had before, so its existing backups stay listed. NB: backups named `library-…` that a
 * library of another name took before this change are listed for it as older backups
 * ({@link listBackups}, `olderName`) while no `library.sqlite` is in the folder.
 *
 * @example backupPrefix('/data/syria.sqlite') // 'syria'
 */
export function backupPrefix(libraryFile: string): string {
  const name = path.basename(libraryFile);
  return name.toLowerCase().endsWith('.sqlite') ? name.slice(0, -'.sqlite'.length) : name;
}

/** How many backups to keep: the `backups.keep` setting, else {@link DEFAULT_BACKUPS_KEPT}. */
export function backupsKept(db: ReadableDb): number {
  const n = Number(getSetting(db, 'backups.keep'));
  return Number.isInteger(n) && n >= 1 ? n : DEFAULT_BACKUPS_KEPT;
}

/** What every backup takes. */
export interface BackupOptions {
  readonly libraryFile: string;
  readonly reason: string;
  readonly keep: number;
  readonly now?: Date;
  /** See {@link OpenOptions.nativeBinding}: the copy is opened to check it. */
  readonly nativeBinding?: string;
}

/**
 * Takes a consistent copy of an open library with SQLite's online backup API (other
 * connections may keep writing: the copy is of one moment), checks it with `integrity_check`,
 * and keeps the newest `keep` backups. The copy is written under a temporary name and renamed
 * once verified, so a crash never leaves a half-written file among the backups.
 *
 * @throws when the copy fails its check (it is deleted; older backups are untouched).
 */
export async function backupLibrary(db: ReadableDb, options: BackupOptions): Promise<BackupInfo> {
  const { partial, file } = backupPaths(options);
  try {
    await db.backup(partial);
    return finish(partial, file, options);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * The same as {@link backupLibrary}, synchronously, with `VACUUM INTO` (also one consistent
 * moment). NB: for the copy before a migration, taken inside `openLibrary`, which is synchronous
 * and runs before any window or other work exists, so blocking for the copy costs nobody.
 */
export function backupLibrarySync(db: ReadableDb, options: BackupOptions): BackupInfo {
  const { partial, file } = backupPaths(options);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish(partial, file, options);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * The backups of a library, newest first: its own (named after it, {@link backupPrefix}), and,
 * for a library not named `library.sqlite` while no `library.sqlite` is in its folder, the
 * `library-…` backups taken before backups were named per library, marked `olderName` (they were
 * this library's, or another's that once stood in the folder: the restore checks the file, the
 * user chooses, and they are never pruned). NB: before, they dropped out of the app and of
 * `backup --list` for good (review 13, finding 5).
 */
export function listBackups(libraryFile: string): BackupInfo[] {
  const dir = backupsDir(libraryFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const own = backupPrefix(libraryFile);
  const withOlder =
    own !== OLD_PREFIX && !fs.existsSync(path.join(path.dirname(path.resolve(libraryFile)), `${OLD_PREFIX}.sqlite`));
  const found: BackupInfo[] = [];
  for (const name of names) {
    // NB: the prefix is compared as text, never put in the pattern: a library name may hold any character.
    const prefix = name.startsWith(`${own}-`) ? own : withOlder && name.startsWith(`${OLD_PREFIX}-`) ? OLD_PREFIX : null;
    const m = prefix === null ? null : BACKUP_NAME.exec(name.slice(prefix.length + 1));
    if (!m) continue;
    const file = path.join(dir, name);
    const [, y, mo, d, h, mi, s, ms, reason] = m;
    found.push({
      file,
      createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`,
      reason: reason!,
      bytes: fs.statSync(file).size,
      ...(prefix === own ? {} : { olderName: true as const })
    });
  }
  // Names sort as times; the ISO string is the tie-breaker-free key.
  return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Takes a daily backup when the newest is older than a day (or there is none); else nothing. */
export async function backupIfDue(
  db: WritableDb,
  libraryFile: string,
  now = new Date(),
  open: OpenOptions = {}
): Promise<BackupInfo | undefined> {
  const newest = listBackups(libraryFile).find((b) => !b.olderName);
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAILY_MS) return undefined;
  return backupLibrary(db, { libraryFile, reason: 'daily', keep: backupsKept(db), now, ...open });
}

/**
 * Checks that a file is a sound Crosscheck library: it opens, `integrity_check` answers ok, and
 * it has articles. Returns a sentence saying what is wrong, or undefined.
 */
export function verifyLibraryFile(file: string, options: OpenOptions = {}): string | undefined {
  let db: Database.Database | undefined;
  try {
    db = openReadableDb(file, options);
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') return `${path.basename(file)} is damaged (SQLite reports: ${String(result)}).`;
    const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'articles'").pluck().get() as number;
    if (tables === 0) return `${path.basename(file)} is an SQLite database but not a Crosscheck library (it has no articles table).`;
    return undefined;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_CANTOPEN') return `${path.basename(file)} cannot be opened: it does not exist or cannot be read.`;
    return `${path.basename(file)} is not a readable Crosscheck library (${error instanceof Error ? error.message : String(error)}).`;
  } finally {
    db?.close();
  }
}

// What follows `<library name>-`: 20261206-084200-123-daily.sqlite
const BACKUP_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z0-9-]+)\.sqlite$/;

function backupPaths(options: BackupOptions): { partial: string; file: string } {
  const dir = backupsDir(options.libraryFile);
  fs.mkdirSync(dir, { recursive: true });
  const iso = (options.now ?? new Date()).toISOString(); // 2026-12-06T08:42:00.123Z
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
  const reason = options.reason.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const file = path.join(dir, `${backupPrefix(options.libraryFile)}-${stamp}-${reason}.sqlite`);
  return { partial: `${file}.partial`, file };
}

function finish(partial: string, file: string, options: BackupOptions): BackupInfo {
  const open = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  // A copy of a WAL library says WAL in its header; a backup is one file, never a pair.
  const copy = openWritableDb(partial, open);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const problem = verifyLibraryFile(partial, open);
  if (problem) throw new Error(`The backup failed its check and was not kept: ${problem}`);
  fs.renameSync(partial, file);
  pruneBackups(options.libraryFile, options.keep);
  const info = listBackups(options.libraryFile).find((b) => b.file === file);
  if (!info) throw new Error('The backup was written but is not listed among the backups.');
  return info;
}

/** Deletes all but the newest `keep` of the library's own backups (never an `olderName` one). */
function pruneBackups(libraryFile: string, keep: number): void {
  const own = listBackups(libraryFile).filter((b) => !b.olderName);
  for (const old of own.slice(Math.max(1, keep))) fs.rmSync(old.file, { force: true });
}
