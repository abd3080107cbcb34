import fs from 'node:fs';
import path from 'node:path';
import { type WritableDb, openReadableDb, openWritableDb } from './db/connection';
import { getSchemaVersion, latestSchemaVersion, migrate, refuseNewer } from './db/migrate';
import { markInterruptedRuns } from './import/importRuns';
import { backupLibrarySync, backupsKept } from './maintenance/backups';
import { runPendingRestore } from './maintenance/restoreLibrary';

/** An open library: the database file, migrated to the current schema. */
export interface Library {
  readonly file: string;
  readonly db: WritableDb;
  close(): void;
}

/** How to open a library. */
export interface OpenLibraryOptions {
  /** See {@link import('./db/connection').OpenOptions.nativeBinding}. */
  readonly nativeBinding?: string;
}

/**
 * Opens the library file (creating its folder and the file on first use) and migrates it.
 * A database from a newer Crosscheck is refused with a readable error and left untouched.
 */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (file !== ':memory:') {
    // Restore in the app (Settings → Backups) happens here, before anything has the file open.
    const restored = runPendingRestore(file, options);
    if (restored && 'error' in restored) console.error(restored.error);
  }
  // NB: before the writable open, which switches the file to WAL (header bytes 18–19): a library
  // from a newer Crosscheck must stay byte-for-byte as it was.
  if (file !== ':memory:' && hasContent(file)) {
    const found = versionOnDisk(file, options);
    refuseNewer(found);
    if (found > 0 && found < latestSchemaVersion()) backupBeforeMigration(file, found, options);
  }
  const db = openWritableDb(file, options);
  try {
    migrate(db);
    // A run left `running` by a killed process would otherwise show as running forever.
    markInterruptedRuns(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    file,
    db,
    close: () => {
      if (db.open) db.close();
    }
  };
}

/** The schema version of an open library. */
export function librarySchemaVersion(library: Library): number {
  return getSchemaVersion(library.db);
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
