import Database from 'better-sqlite3';
import { foldText } from '../../../shared/text/fold';

/**
 * Connections typed apart, as in Signal-Desktop: a {@link ReadableDb} cannot be passed where a
 * {@link WritableDb} is needed, so a read-only code path can never write by accident.
 */
export type ReadableDb = Database.Database & { readonly __readable: unique symbol };
export type WritableDb = ReadableDb & { readonly __writable: unique symbol };

/** How to open the library file. */
export interface OpenOptions {
  /** Open without write access (a second connection for reads). */
  readonly readonly?: boolean;
  /**
   * Path to a better-sqlite3 native addon built for the running runtime. The Electron main
   * process passes the copy built for Electron's ABI (see scripts/electron-native.mjs); plain
   * Node (tests, CLI, browser mode) uses the one in node_modules.
   */
  readonly nativeBinding?: string;
}

/**
 * Opens (creating if needed) a library database with the pragmas every connection needs:
 * WAL for concurrent readers and crash safety, foreign keys on, a busy timeout so a second
 * process (CLI while the app runs) waits instead of failing.
 */
export function openWritableDb(file: string, options: OpenOptions = {}): WritableDb {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  applyPragmas(db);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // NB: synchronous=NORMAL is durable in WAL mode except for the last transactions on power
  // loss; the database itself is never corrupted. A killed *process* loses nothing committed.
  db.pragma('synchronous = NORMAL');
  return db as WritableDb;
}

/** Opens an existing library read-only. */
export function openReadableDb(file: string, options: OpenOptions = {}): ReadableDb {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  });
  applyPragmas(db);
  return db as ReadableDb;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Case- and diacritic-insensitive comparisons in SQL (metadata filters) use the same folding
  // as the rest of Crosscheck.
  db.function('crosscheck_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldText(value) : null));
}
