import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { foldText } from '@shared/text/fold';
import { searchForm } from '@shared/text/unspaced';

// NB: SQLite reads this once, when the addon loads (better-sqlite3's ConfigureURI): a library in a
// folder nobody may write to opens only as a `file:…?immutable=1` URI (openReadOnlyLibraryDb). Every
// path this module opens is absolute or ':memory:', so no file name is read as a URI by mistake.
process.env.SQLITE_USE_URI ??= '1';

/**
 * Connections typed apart, as in Signal-Desktop: a {@link ReadableDb} cannot be passed where a
 * {@link WritableDb} is needed, so a read-only code path can never write by accident.
 */
export type ReadableDb = Database.Database & { readonly __readable: unique symbol };
export type WritableDb = ReadableDb & { readonly __writable: unique symbol };

/**
 * The page size of a library created by this code, in bytes (SQLite's default is 4,096). A bulk
 * import writes a quarter as many pages, WAL frames and B-tree splits for the same rows and FTS5
 * segments: about a sixth less CPU in the writing thread's SQL on reuters-21578 (docs/benchmarks.md,
 * session 13). Libraries made before keep 4,096: changing it would need a VACUUM of the whole file.
 */
export const NEW_LIBRARY_PAGE_SIZE = 16_384;

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
  const db = new Database(fileName(file), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  applyPragmas(db);
  // NB: before WAL, which writes the file's first page: only a new, empty database takes a page size
  // (an existing library keeps its own; SQLite ignores the pragma for it).
  if ((db.pragma('page_count', { simple: true }) as number) === 0) db.pragma(`page_size = ${NEW_LIBRARY_PAGE_SIZE}`);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // NB: synchronous=NORMAL is durable in WAL mode except for the last transactions on power
  // loss; the database itself is never corrupted. A killed *process* loses nothing committed.
  db.pragma('synchronous = NORMAL');
  return db as WritableDb;
}

/** Opens an existing library read-only. */
export function openReadableDb(file: string, options: OpenOptions = {}): ReadableDb {
  const db = new Database(fileName(file), {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  });
  applyPragmas(db);
  return db as ReadableDb;
}

/**
 * Opens a library that may not be written (docs/reliability.md, "Read-only libraries"): SQLite
 * itself refuses every write (`SQLITE_READONLY`). NB: a WAL library needs its `-shm` file, which
 * cannot be made in a folder nobody may write to; with no `-wal` file beside it nobody has the
 * library open (SQLite deletes it at the last close), so the file is read as `immutable` (no
 * locks, no `-shm`). With a `-wal` file, its committed transactions are read through a plain
 * read-only open, which works when the `-shm` file is there too.
 */
export function openReadOnlyLibraryDb(file: string, options: OpenOptions = {}): ReadableDb {
  const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
  if (wal && wal.size > 0) return openReadableDb(file, options);
  const db = new Database(`${pathToFileURL(path.resolve(file)).href}?immutable=1`, {
    readonly: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  });
  applyPragmas(db);
  return db as ReadableDb;
}

/** The name SQLite is given: absolute, so that with URIs on a relative `file:x` stays a file name. */
function fileName(file: string): string {
  return file === ':memory:' ? file : path.resolve(file);
}

function applyPragmas(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Case- and diacritic-insensitive comparisons in SQL (metadata filters) use the same folding
  // as the rest of Crosscheck.
  db.function('crosscheck_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : null
  );
  // A text's search form (Chinese, Japanese and Thai runs cut into words; any other text returned
  // as it is), for migrations 019 and 020 only: since 020 no view or trigger calls it, as the form
  // is stored with the article (searchForms.ts), and a connection without it can edit and delete.
  db.function('crosscheck_search_form', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? searchForm(value) : value === null || value === undefined ? null : String(value)
  );
}
