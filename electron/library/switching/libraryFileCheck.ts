import fs from 'node:fs';
import path from 'node:path';
import { openReadOnlyLibraryDb } from '../db/connection';
import { NewerDatabaseError, getSchemaVersion, latestSchemaVersion } from '../db/migrate';
import { type WriteProbe, probeWrite, readOnlyReason } from '../db/readOnly';

/**
 * "Is this a Crosscheck library?", asked before the desktop app switches to a file (File → Open
 * Library…, Open Recent), so a file that is not one is refused with a sentence and the open library
 * stays open. The file is only read: a random SQLite database, a text file or a newer library is
 * left byte for byte as it was (opening it with the engine would migrate, or make, a library).
 */

/** What {@link checkLibraryFile} found. */
export type LibraryFileVerdict =
  /** A library this Crosscheck can open; `readOnly`: the first half of the sentence saying why it will be read-only. */
  | { readonly ok: true; readonly readOnly?: string }
  /** Not one to open: `message` says why, naming the file. */
  | { readonly ok: false; readonly code: 'not-found' | 'invalid-input' | 'db-newer'; readonly message: string };

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Tables every Crosscheck library has had since its first schema. */
const LIBRARY_TABLES = ['articles', 'settings'] as const;

/** How {@link checkLibraryFile} reads. */
export interface LibraryFileCheckOptions {
  /** Tells whether a path may be written (tests stand in for a user who may not). */
  readonly writeProbe?: WriteProbe;
  /** The newest schema this code knows; the real one unless a test says otherwise. */
  readonly latestSchema?: number;
}

/**
 * Checks that `file` is a Crosscheck library this version can open: an SQLite database with the
 * library's tables at a schema no newer than this code's. A library that may only be read (its
 * file, folder or disk not writable) passes, with the reason it will open read-only.
 */
export function checkLibraryFile(file: string, options: LibraryFileCheckOptions = {}): LibraryFileVerdict {
  const shown = path.resolve(file);
  const stat = fs.statSync(shown, { throwIfNoEntry: false });
  if (!stat)
    return refuse(
      'not-found',
      `There is no file ${shown}: it may have been moved, renamed or deleted, or its disk is not connected.`
    );
  if (stat.isDirectory()) return refuse('invalid-input', `${shown} is a folder, not a Crosscheck library file.`);
  if (!headerIsSqlite(shown))
    return refuse('invalid-input', `The file ${shown} is not a Crosscheck library (it is not an SQLite database).`);
  let version: number;
  let tables: Set<string>;
  try {
    const db = openReadOnlyLibraryDb(shown);
    try {
      version = getSchemaVersion(db);
      const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>;
      tables = new Set(rows.map((r) => r.name));
    } finally {
      db.close();
    }
  } catch {
    return refuse(
      'invalid-input',
      `The file ${shown} is not a Crosscheck library: SQLite cannot read it (it may be damaged or encrypted).`
    );
  }
  if (!LIBRARY_TABLES.every((table) => tables.has(table)))
    return refuse(
      'invalid-input',
      `The file ${shown} is an SQLite database, but not a Crosscheck library (it has no table of articles).`
    );
  const latest = options.latestSchema ?? latestSchemaVersion();
  if (version > latest) return refuse('db-newer', `${shown}: ${new NewerDatabaseError(version, latest).message}`);
  const readOnly = readOnlyReason(shown, options.writeProbe ?? probeWrite);
  return readOnly ? { ok: true, readOnly } : { ok: true };
}

/**
 * Checks that a new library can be made at `file` (File → New Library…): nothing is there yet (an
 * existing file is never overwritten, a library included) and its folder may be written.
 */
export function checkNewLibraryFile(file: string, writeProbe: WriteProbe = probeWrite): LibraryFileVerdict {
  const shown = path.resolve(file);
  if (fs.existsSync(shown))
    return refuse(
      'invalid-input',
      `${shown} is already there: a new library is never written over a file. Choose another name, or Open Library… to open a library that exists.`
    );
  const folder = path.dirname(shown);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    return refuse('not-found', `The folder ${folder} is not there: choose a folder that exists.`);
  if (writeProbe(folder) !== undefined)
    return refuse('invalid-input', `You may not write to the folder ${folder}: choose a folder you can write to.`);
  return { ok: true };
}

function headerIsSqlite(file: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let read = 0;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, header, 0, header.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  return read === header.length && header.equals(SQLITE_HEADER);
}

function refuse(code: 'not-found' | 'invalid-input' | 'db-newer', message: string): LibraryFileVerdict {
  return { ok: false, code, message };
}
