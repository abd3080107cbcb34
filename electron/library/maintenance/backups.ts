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
   * Set on a backup taken before backups were named after the library's whole file name (review
   * 14) that may be another library's: a `<stem>-…` backup while another file in the folder has
   * the same stem (`news` beside `news.sqlite`), or a `library-…` one listed for a library of
   * another name (review 13). Offered for restore, never pruned.
   */
  readonly olderName?: true;
}

/** The prefix every backup had before backups were named per library. */
const OLD_PREFIX = 'library';

/**
 * Where a library's backups live: a `backups` folder beside the library file, shared by every
 * library in that folder — each library's files carry its name ({@link backupStart}).
 */
export function backupsDir(libraryFile: string): string {
  return path.join(path.dirname(path.resolve(libraryFile)), 'backups');
}

/**
 * The start of a library's backup names: its whole file name and `@` (`syria.sqlite` →
 * `syria.sqlite@`, then `20261207-100000-000-manual.sqlite`). Unambiguous (review 14, finding 6):
 * the part after the `@` holds no `@`, so no other library's backup starts with this, whatever
 * the two names are — unlike the names before, made of the file name without `.sqlite`, which
 * `news` and `news.sqlite` (or `news.SQLITE`) shared, so one's backups pruned the other's.
 *
 * @example backupStart('/data/syria.sqlite') // 'syria.sqlite@'
 */
export function backupStart(libraryFile: string): string {
  return `${path.basename(libraryFile)}@`;
}

/**
 * The start backups of this library had before {@link backupStart}: its file name without
 * `.sqlite`, any case, and `-` (`syria.sqlite` → `syria-`; review 13). Still listed
 * ({@link listBackups}).
 *
 * @example olderBackupStart('/data/Notes.SQLITE') // 'Notes-'
 */
export function olderBackupStart(libraryFile: string): string {
  return `${olderStem(path.basename(libraryFile))}-`;
}

function olderStem(fileName: string): string {
  return fileName.toLowerCase().endsWith('.sqlite') ? fileName.slice(0, -'.sqlite'.length) : fileName;
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
 * The backups of a library, newest first: its own, named after its whole file name
 * ({@link backupStart}); those it took under its older name, `<stem>-…` ({@link olderBackupStart}),
 * its own too unless another file in the folder has the same stem (`news` beside `news.sqlite`:
 * then either could have taken them, so they are marked `olderName`); and, for a library not named
 * `library.sqlite` while no `library.sqlite` is in its folder, the `library-…` backups taken
 * before backups were named per library, marked `olderName` (review 13, finding 5). A backup
 * marked `olderName` can be restored (the restore checks the file, the user chooses) and is never
 * pruned.
 */
export function listBackups(libraryFile: string): BackupInfo[] {
  const dir = backupsDir(libraryFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const own = backupStart(libraryFile);
  const older = olderBackupStart(libraryFile);
  const olderShared = stemShared(libraryFile);
  const withLibraryOnes =
    older !== `${OLD_PREFIX}-` && !fs.existsSync(path.join(path.dirname(path.resolve(libraryFile)), `${OLD_PREFIX}.sqlite`));
  // Each start, and whether what it names is surely this library's.
  const starts: Array<[string, boolean]> = [
    [own, true],
    [older, !olderShared],
    ...(withLibraryOnes ? [[`${OLD_PREFIX}-`, false] as [string, boolean]] : [])
  ];
  const found: BackupInfo[] = [];
  for (const name of names) {
    for (const [start, surelyOwn] of starts) {
      // NB: the start is compared as text, never put in the pattern: a library name may hold any character.
      const m = name.startsWith(start) ? BACKUP_NAME.exec(name.slice(start.length)) : null;
      if (!m) continue;
      const file = path.join(dir, name);
      const [, y, mo, d, h, mi, s, ms, reason] = m;
      found.push({
        file,
        createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`,
        reason: reason!,
        bytes: fs.statSync(file).size,
        ...(surelyOwn ? {} : { olderName: true as const })
      });
      break;
    }
  }
  // Names sort as times; the ISO string is the tie-breaker-free key.
  return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * Whether another file in the library's folder has its older stem (`news`, `news.sqlite`,
 * `news.SQLITE` all had `news`), so a `<stem>-…` backup may be that one's. NB: the same file
 * under another spelling (a case-insensitive disk) is not another; a file that is no library
 * counts too (it may have been one), which costs only the pruning of those older backups.
 */
function stemShared(libraryFile: string): boolean {
  const folder = path.dirname(path.resolve(libraryFile));
  const name = path.basename(libraryFile);
  const stem = olderStem(name);
  let siblings: string[];
  try {
    siblings = fs.readdirSync(folder).filter((n) => n !== name && olderStem(n) === stem);
  } catch {
    return false;
  }
  const self = statOf(path.resolve(libraryFile));
  return siblings.some((n) => {
    const other = statOf(path.join(folder, n));
    // A folder (`news/` of articles beside news.sqlite) takes no backups.
    return other !== undefined && other.isFile() && (self === undefined || other.dev !== self.dev || other.ino !== self.ino);
  });
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
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

// What follows `<library file name>@` (or an older backup's `<stem>-`): 20261206-084200-123-daily.sqlite.
// NB: no `@` and no `.` before `.sqlite`, which is what makes backupStart unambiguous.
const BACKUP_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z0-9-]+)\.sqlite$/;

/**
 * The file name of a backup of `libraryFile` taken at `now` for `reason`, as the backups folder
 * holds them ({@link backupStart}, then the time and the reason); `crosscheck backup --out FOLDER`
 * names its copy the same way.
 *
 * @example backupFileName('/data/syria.sqlite', 'manual', new Date('2026-12-06T08:42:00.123Z'))
 * // 'syria.sqlite@20261206-084200-123-manual.sqlite'
 */
export function backupFileName(libraryFile: string, reason: string, now: Date): string {
  const iso = now.toISOString(); // 2026-12-06T08:42:00.123Z
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
  return `${backupStart(libraryFile)}${stamp}-${reason.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}.sqlite`;
}

function backupPaths(options: BackupOptions): { partial: string; file: string } {
  const dir = backupsDir(options.libraryFile);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName(options.libraryFile, options.reason, options.now ?? new Date()));
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

/** Deletes all but the newest `keep` of the library's own backups, older names included (never an `olderName` one). */
function pruneBackups(libraryFile: string, keep: number): void {
  const own = listBackups(libraryFile).filter((b) => !b.olderName);
  for (const old of own.slice(Math.max(1, keep))) fs.rmSync(old.file, { force: true });
}
