import fs from 'node:fs';
import path from 'node:path';
import { type ReadableDb, type WritableDb, openReadOnlyLibraryDb, openReadableDb, openWritableDb } from './db/connection';
import { getSchemaVersion, latestSchemaVersion, migrate, refuseNewer } from './db/migrate';
import { ReadOnlyLibraryError, type WriteProbe, diskFullReason, diskIsFull, isDiskFull, readOnlyReason } from './db/readOnly';
import { markInterruptedRuns } from './import/importRuns';
import { fileIdentity } from './libraryIdentity';
import { LibraryInUseError, defaultHolderName, registerHolder } from './db/libraryHolders';
import { backupLibrarySync, backupsKept } from './maintenance/backups';
import { runPendingRecovery } from './maintenance/pendingRecovery';
import { pendingRestoreFile, runPendingRestore } from './maintenance/restoreLibrary';

/** An open library: the database file, migrated to the current schema. */
interface OpenLibrary {
  readonly file: string;
  /**
   * A restore or recovery asked for in the app was due when this process opened the library, and
   * waits because another process had it open (`library:info` says so: maintenance/waitingAction.ts).
   */
  readonly waitedAtStart?: boolean;
  close(): void;
}

/** A library that may be written: {@link Library.db} is a {@link WritableDb}. */
export interface WritableLibrary extends OpenLibrary {
  readonly db: WritableDb;
  readonly readOnly?: undefined;
}

/**
 * A library that could not be opened for writing (a read-only disk, a file or folder the user may
 * not write to, a full disk): reads work; writes are refused (docs/reliability.md, "Read-only
 * libraries"). Its connection is a {@link ReadableDb}, so code that writes does not compile
 * against it: callers narrow on {@link readOnly} first.
 */
export interface ReadOnlyLibrary extends OpenLibrary {
  readonly db: ReadableDb;
  /** The first half of the sentence saying why it is read-only. */
  readonly readOnly: string;
}

/** An open library, writable or read-only: narrow on `readOnly` before writing. */
export type Library = WritableLibrary | ReadOnlyLibrary;

/**
 * Narrows a library to a writable one, or refuses with the sentence saying why it is read-only:
 * the one way from {@link Library} to a {@link WritableDb}.
 */
export function writableLibrary(library: Library): WritableLibrary {
  if (library.readOnly !== undefined) throw new ReadOnlyLibraryError(library.readOnly);
  return library;
}

/** How to open a library. */
export interface OpenLibraryOptions {
  /** See {@link import('./db/connection').OpenOptions.nativeBinding}. */
  readonly nativeBinding?: string;
  /**
   * The caller is about to write (import, edit, annotate, repair, back up): a library that can
   * only be opened read-only is refused with a sentence saying why, instead of opened.
   */
  readonly write?: boolean;
  /** Tells whether a path may be written; the real `access(2)` probe unless a test stands in for a user. */
  readonly writeProbe?: WriteProbe;
  /**
   * What has the library open, as a restore refused because of it says (`crosscheck serve`, `the
   * app`); by default the command's name (db/libraryHolders.ts).
   */
  readonly holder?: string;
}

/**
 * Opens the library file (creating its folder and the file on first use) and migrates it.
 * A database from a newer Crosscheck is refused with a readable error and left untouched.
 */
export function openLibrary(file: string, options: OpenLibraryOptions & { readonly write: true }): WritableLibrary;
export function openLibrary(file: string, options?: OpenLibraryOptions): Library;
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  try {
    return openLibraryFile(file, options);
  } catch (error) {
    throw libraryFileError(file, error) ?? error;
  }
}

/** A library file that cannot be opened, said as a sentence that names it and says what to do. */
export class LibraryFileError extends Error {
  readonly code = 'library-file';

  /** `damaged`: SQLite found the file damaged (cut short or overwritten): `doctor --repair` recovers it. */
  constructor(
    message: string,
    readonly damaged = false
  ) {
    super(message);
  }
}

/**
 * The sentence for a refusal to create or open the library file, or `undefined` for other errors.
 * NB: the system's and SQLite's own words ("EEXIST … mkdir", "unable to open database file",
 * "database disk image is malformed") name neither the file nor a remedy.
 */
function libraryFileError(file: string, error: unknown): LibraryFileError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const shown = path.resolve(file);
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return new LibraryFileError(
      `The library file ${shown} cannot be made: a part of its path is a file, not a folder. Name a file inside a folder with --db.`
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new LibraryFileError(
      `The library file ${shown} cannot be made: you may not write to its folder. Name a file in a folder you can write to with --db.`
    );
  // NB: SQLite says "unable to open" or "disk I/O error" for a folder, depending on where it fails.
  if (typeof code === 'string' && fs.statSync(shown, { throwIfNoEntry: false })?.isDirectory() === true)
    return new LibraryFileError(
      `The library file ${shown} is a folder. Name a file with --db, for example ${path.join(shown, 'library.sqlite')}.`
    );
  if (code === 'SQLITE_CANTOPEN')
    return new LibraryFileError(
      `The library file ${shown} cannot be opened: its folder is missing or you may not write to it. Name another file with --db.`
    );
  if (code === 'SQLITE_NOTADB')
    return new LibraryFileError(
      `The file ${shown} is not a Crosscheck library (it is not an SQLite database). Name another file with --db.`
    );
  // NB: a full disk fails with the same codes as a damaged file; freeing space is the remedy.
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR') && diskIsFull(shown))
    return new LibraryFileError(`${diskFullReason(shown)}, so the library cannot be opened. Free some space on it and try again.`);
  // NB: the shared-memory file (`-shm`) could not be made or mapped: the file itself was not read,
  // so nothing says it is damaged; telling the user to restore a backup would drop later work.
  if (code === 'SQLITE_IOERR_SHMSIZE' || code === 'SQLITE_IOERR_SHMOPEN' || code === 'SQLITE_IOERR_SHMMAP')
    return new LibraryFileError(
      `The library file ${shown} cannot be opened: there is no room beside it for the small file (${path.basename(shown)}-shm) SQLite needs to read it. Free some space on its disk and try again.`
    );
  // A file cut short reads as SQLITE_IOERR_SHORT_READ, an overwritten one as SQLITE_CORRUPT.
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_IOERR')))
    return new LibraryFileError(
      `The library file ${shown} is damaged (cut short or overwritten). Run \`crosscheck doctor --repair --db ${shown}\` to recover what can be read, or \`crosscheck restore\` with one of its backups.`,
      true
    );
  return undefined;
}

function openLibraryFile(file: string, options: OpenLibraryOptions): Library {
  // NB: before anything that writes (the folder, a pending restore, WAL, migrations): a library the
  // user may not write to used to fail with "attempt to write a readonly database" even to list it.
  const readOnly = file !== ':memory:' && hasContent(file) ? readOnlyReason(file, options.writeProbe) : undefined;
  if (readOnly !== undefined) {
    if (options.write === true) throw new ReadOnlyLibraryError(readOnly);
    return openReadOnlyLibrary(file, readOnly, options);
  }
  if (file === ':memory:') return openWritableLibrary(file, options);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Recorded before a pending restore is looked at: two processes starting at once each see the
  // other and leave the file in place (db/libraryHolders.ts).
  const release = registerHolder(file, options.holder ?? defaultHolderName());
  let library: Library;
  try {
    // Recovery and restore in the app (Settings → Library) happen here, before this process has the
    // file open; each waits for the next start while another process has it open.
    let waitedAtStart = false;
    try {
      runPendingRecovery(file);
    } catch (error) {
      if (!(error instanceof LibraryInUseError)) throw error;
      console.error(`The recovered library waits beside the damaged one: ${error.message}`);
      waitedAtStart = true;
    }
    const restored = runPendingRestore(file, options);
    if (restored && 'error' in restored) console.error(restored.error);
    // NB: a restore that failed for good removed its request; one that waits kept it.
    if (restored && 'error' in restored && fs.existsSync(pendingRestoreFile(file))) waitedAtStart = true;
    library = openWritableLibrary(file, options);
    if (waitedAtStart) library = { ...library, waitedAtStart };
  } catch (error) {
    release();
    throw error;
  }
  if (library.readOnly !== undefined) {
    release();
    return library;
  }
  const close = library.close;
  return {
    ...library,
    close: () => {
      close();
      release();
    }
  };
}

function openWritableLibrary(file: string, options: OpenLibraryOptions): Library {
  // NB: before the writable open, which switches the file to WAL (header bytes 18–19): a library
  // from a newer Crosscheck must stay byte-for-byte as it was.
  let db: WritableDb;
  try {
    if (file !== ':memory:' && hasContent(file)) {
      const found = versionOnDisk(file, options);
      refuseNewer(found);
      if (found > 0 && found < latestSchemaVersion()) backupBeforeMigration(file, found, options);
    }
    db = openWritableDb(file, options);
  } catch (error) {
    // NB: a full disk cannot hold even the `-shm` file of a WAL library (SQLite says SQLITE_IOERR or
    // SQLITE_FULL, as for a damaged file): read it read-only rather than call it damaged. The
    // version check above opens the file first, so a disk that filled while the library was
    // closed fails there (review 16 #1), and a backup before a migration may fail there too.
    if (!(file !== ':memory:' && onFullDisk(file, error))) throw error;
    if (options.write === true) throw new ReadOnlyLibraryError(diskFullReason(file));
    return openReadOnlyLibrary(file, diskFullReason(file), options);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  try {
    // A run left `running` by a killed process would otherwise show as running forever.
    markInterruptedRuns(db);
  } catch (error) {
    // NB: on a full disk, marking waits for the next open: the library must still open to be read.
    if (!isDiskFull(error)) {
      db.close();
      throw error;
    }
  }
  const opened = file === ':memory:' ? undefined : fileIdentity(file);
  return {
    file,
    db,
    close: () => {
      if (!db.open) return;
      if (opened !== undefined && fileIdentity(file) !== opened) checkpointMovedFile(db);
      db.close();
    }
  };
}

/**
 * Writes the commits still in the `-wal` into the library file before it is closed, when the file
 * was renamed or deleted since it was opened. NB: SQLite checkpoints at close only a file still at
 * its name, and leaves the `-wal` beside the old name otherwise: a note saved through `crosscheck
 * serve` before the user renamed the file in a file manager was not in it after serve stopped
 * (session 17 review, #9). A checkpoint asked for on the open connection writes through the
 * connection's own handle, so it reaches the file under its new name. A failure leaves the `-wal`
 * where it is, as before: the close must still happen.
 */
function checkpointMovedFile(db: WritableDb): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Busy with another process's reader, or the disk: the commits stay in the -wal beside the old name.
  }
}

/**
 * Opens a library that may not be written: no migration, no marking of interrupted imports, no
 * pending restore (each would write). A library at an older schema cannot be read by this code
 * without migrating it, so it is refused with a sentence saying what to do.
 */
function openReadOnlyLibrary(file: string, reason: string, options: OpenLibraryOptions): ReadOnlyLibrary {
  const db = openReadOnlyLibraryDb(file, options);
  try {
    const found = db.pragma('user_version', { simple: true }) as number;
    refuseNewer(found);
    if (found < latestSchemaVersion())
      throw new LibraryFileError(
        `${reason}, and it was made by an older Crosscheck: it must be updated before it can be opened, which needs writing to it. Copy it to a folder you can write to and open the copy (--db in the command line).`
      );
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    file,
    db,
    readOnly: reason,
    close: () => {
      if (db.open) db.close();
    }
  };
}

/** The schema version of an open library. */
export function librarySchemaVersion(library: Library): number {
  return getSchemaVersion(library.db);
}

function isIoError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_IOERR');
}

/** SQLite's or the system's failure on an existing library whose disk has (almost) no room left. */
function onFullDisk(file: string, error: unknown): boolean {
  return hasContent(file) && (isDiskFull(error) || isIoError(error)) && diskIsFull(file);
}

function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/**
 * Copies a library about to be migrated into its backups folder (docs/reliability.md): a
 * migration that goes wrong, or a user who must go back to the older Crosscheck, has the file as
 * it was. NB: if the copy fails (disk full, its check fails) the library is not migrated: the
 * error reaches the user, and the file is left as it was.
 */
function backupBeforeMigration(file: string, found: number, options: OpenLibraryOptions): void {
  const db = openReadableDb(file, options);
  try {
    backupLibrarySync(db, {
      libraryFile: file,
      reason: `before-migration-${found}-${latestSchemaVersion()}`,
      keep: backupsKept(db),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    });
  } finally {
    db.close();
  }
}

/** The schema version of a library file, read through a read-only connection. */
function versionOnDisk(file: string, options: OpenLibraryOptions): number {
  const db = openReadableDb(file, options);
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
