import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type OpenOptions, openReadableDb } from '../db/connection';
import { refuseIfHeldElsewhere } from '../db/libraryHolders';
import { openLibrary } from '../library';
import { pendingRecoveryFile, swapRecovered } from './pendingRecovery';
import { repairLibrary } from './repairLibrary';
import { refillSearchForms } from '../searchForms';

/** What {@link recoverLibrary} read out of one table of a damaged library. */
export interface TableRecovery {
  readonly table: string;
  /** Rows copied into the new library. */
  readonly recovered: number;
  /**
   * Stretches that could not be read, by rowid (`after`: the last row read before, `null` at the
   * start; `before`: the first read after, `null` when nothing more could be read).
   */
  readonly lost: ReadonlyArray<{ readonly after: number | null; readonly before: number | null }>;
  /** Set when nothing of the table could be read: the sentence saying so. */
  readonly unreadable?: string;
}

/** The outcome of {@link recoverLibrary}. */
export interface LibraryRecovery {
  /** The library path, now holding the recovered library. */
  readonly file: string;
  /** Where the damaged file was kept. */
  readonly damagedKeptAt: string;
  readonly tables: readonly TableRecovery[];
  /** True when a row or a table could not be read. */
  readonly somethingLost: boolean;
}

/** A damaged library of which nothing can be read (its first page or its schema is gone). */
export class RecoveryFailedError extends Error {
  readonly code = 'recovery-failed';
}

/**
 * Derived tables are not copied: they are rebuilt from the articles (the full-text index by the
 * articles' triggers as rows are copied; the search snapshot and its change log by the next search).
 * `original_named` is empty between statements (migration 021); a library older than it has none.
 */
const NOT_COPIED = /^(sqlite_|articles_fts|articles_vocab$|search_snapshots$|search_changes$|original_named$)/;

/**
 * The migration that made each table a library can hold beyond those of migration 1. A table
 * missing from a damaged file whose `user_version` is below it did not exist yet there: nothing of
 * it is lost (review 13: every library made before 022 reported `annotation_id_floor` lost, and
 * `doctor --repair` exited `partial`). Below that version the table is missing because it was
 * damaged away, and said so.
 */
const ADDED_BY_MIGRATION: Readonly<Record<string, number>> = {
  stories: 3,
  story_articles: 3,
  saved_searches: 4,
  recent_searches: 4,
  article_minhash: 5,
  article_links: 5,
  article_corrections: 6,
  watched_folders: 7,
  annotations: 13,
  annotation_tags: 13,
  story_terms: 15,
  story_vectors: 15,
  article_id_floor: 17,
  annotation_id_floor: 22
};

/**
 * Recovers what SQLite can still read of a damaged library (docs/reliability.md, "Recovering a
 * damaged file"), as sqlite3's `.recover` would (not in better-sqlite3): a new library is made at
 * the current schema, every table that holds the user's data is copied row by row by rowid, each
 * stretch of rows that cannot be read is stepped over and reported, and what is derived is
 * rebuilt. The recovered library takes the damaged file's place; the damaged file is kept beside
 * it as `<name>.damaged-<time>.sqlite`.
 *
 * NB: the library must be closed by everyone first, as for a restore.
 */
export async function recoverLibrary(libraryFile: string, options: OpenOptions & { now?: Date } = {}): Promise<LibraryRecovery> {
  const file = path.resolve(libraryFile);
  // Before the copy, which may take a while; swapRecovered asks again.
  refuseIfHeldElsewhere(file, 'run `crosscheck doctor --repair` again');
  const incoming = `${file}.recovering`;
  const { tables, somethingLost } = await recoverInto(file, incoming, options);
  const damagedKeptAt = swapRecovered(file, incoming, options.now);
  return { file, damagedKeptAt, tables, somethingLost };
}

/** What a recovery the app asked for read out of the damaged file, before it takes the file's place. */
export type PendingRecovery = Pick<LibraryRecovery, 'tables' | 'somethingLost'>;

/**
 * The app's recovery (`library:repair` on a damaged library): the same copy as
 * {@link recoverLibrary}, made now from the open library into `<name>.recovered` beside it; the
 * next {@link import('../library').openLibrary} puts it in the file's place (the running app's
 * library is never swapped under it), keeping the damaged file beside it.
 *
 * NB: what is written to the damaged library after this is not in the recovered one: the app says
 * to quit and start again at once.
 */
export async function scheduleRecovery(libraryFile: string, options: OpenOptions = {}): Promise<PendingRecovery> {
  const file = path.resolve(libraryFile);
  // The copy would wait for a start with no one else on the library: refused now, with the reason.
  refuseIfHeldElsewhere(file, 'recover it');
  const incoming = `${file}.recovering`;
  const recovery = await recoverInto(file, incoming, options);
  // NB: renamed only once whole, so a half-made copy is never put in place.
  fs.renameSync(incoming, pendingRecoveryFile(file));
  return recovery;
}

/** Copies what can be read of the damaged `file` into a new library at `target`, and rebuilds what is derived there. */
async function recoverInto(file: string, target: string, options: OpenOptions): Promise<PendingRecovery> {
  const open = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let damaged: Database.Database;
  let tablesOnDisk: Set<string>;
  let versionOnDisk: number;
  try {
    damaged = openReadableDb(file, open);
    tablesOnDisk = new Set(
      (damaged.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]) ?? []
    );
    versionOnDisk = damaged.pragma('user_version', { simple: true }) as number;
  } catch {
    throw new RecoveryFailedError(
      `Nothing of the library ${file} can be read (its first pages are damaged). Restore one of its backups with \`crosscheck restore\`; the file was not changed.`
    );
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  const fresh = openLibrary(target, { ...open, write: true });
  const tables: TableRecovery[] = [];
  try {
    fresh.db.pragma('foreign_keys = OFF');
    const names = fresh.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    for (const table of names) {
      if (NOT_COPIED.test(table)) continue;
      if (!tablesOnDisk.has(table)) {
        // Made by a later migration than the damaged file's: it had none, and the fresh one's rows
        // (the id floors) are raised below from what was copied.
        if (versionOnDisk < (ADDED_BY_MIGRATION[table] ?? 0)) continue;
        tables.push({ table, recovered: 0, lost: [], unreadable: `The table ${table} is missing from the damaged file.` });
        continue;
      }
      tables.push(copyTable(damaged, fresh.db, table));
    }
    fresh.db.pragma('foreign_keys = ON');
    raiseArticleIdFloor(fresh.db);
    raiseAnnotationIdFloor(fresh.db);
    // The search forms as this runtime makes them (an older library's rows come without them),
    // before the repair builds the full-text index from them.
    refillSearchForms(fresh.db);
    // Memberships of lost stories, annotations of lost articles, the full-text index and the
    // snapshot: what the repair rebuilds from the articles that were recovered.
    // NB: twice: dropping memberships of lost articles (the first pass) can leave stories empty.
    const first = await repairLibrary(fresh.db);
    if (!first.after.ok) await repairLibrary(fresh.db);
  } finally {
    damaged.close();
    fresh.close();
  }
  return { tables, somethingLost: tables.some((t) => t.lost.length > 0 || t.unreadable !== undefined) };
}

/**
 * Sets the recovered library's article id floor (migration 017) to at least the highest article id
 * it shows any trace of: its articles and the articles its passage notes name. NB: the copied row
 * may be lost with its page (the new library's own row then says 0), and an id a passage note still
 * names must never go to a new article: the note would be listed with, and re-anchored on, it.
 */
function raiseArticleIdFloor(db: Database.Database): void {
  db.exec(`
    INSERT OR REPLACE INTO article_id_floor (only, highest) VALUES (1, max(
      coalesce((SELECT highest FROM article_id_floor WHERE only = 1), 0),
      coalesce((SELECT max(id) FROM articles), 0),
      coalesce((SELECT max(json_extract(p.value, '$.articleId'))
                  FROM annotations a, json_each(a.passage) p WHERE a.passage_key IS NOT NULL), 0)
    ));
  `);
}

/**
 * Sets the recovered library's annotation id floor (migration 022) to at least the highest
 * annotation id it holds, as {@link raiseArticleIdFloor} does for articles: the copied row may be
 * lost with its page, and a file older than 022 had none (the fresh library's own row says 0).
 */
function raiseAnnotationIdFloor(db: Database.Database): void {
  db.exec(`
    INSERT OR REPLACE INTO annotation_id_floor (only, highest) VALUES (1, max(
      coalesce((SELECT highest FROM annotation_id_floor WHERE only = 1), 0),
      coalesce((SELECT max(id) FROM annotations), 0)
    ));
  `);
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Copies one table's readable rows, stepping over what cannot be read. */
function copyTable(from: Database.Database, to: Database.Database, table: string): TableRecovery {
  let columns: string[];
  try {
    const onDisk = new Set((from.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]) ?? []);
    columns = (to.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => onDisk.has(c));
  } catch {
    return { table, recovered: 0, lost: [], unreadable: `The columns of ${table} cannot be read.` };
  }
  const list = columns.map(quote).join(', ');
  const insert = to.prepare(`INSERT OR REPLACE INTO ${quote(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
  const withoutRowid = /WITHOUT\s+ROWID/i.test(
    (from.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined) ??
      ''
  );
  let recovered = 0;
  const lost: Array<{ after: number | null; before: number | null }> = [];
  const put = (row: unknown[]) => {
    insert.run(...row);
    recovered++;
  };
  to.transaction(() => {
    if (withoutRowid) {
      // No rowid to step over a bad page with: what comes before it is kept.
      try {
        for (const row of from
          .prepare(`SELECT ${list} FROM ${quote(table)}`)
          .raw()
          .iterate() as Iterable<unknown[]>)
          put(row);
      } catch {
        lost.push({ after: null, before: null });
      }
      return;
    }
    const next = from.prepare(`SELECT rowid, ${list} FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT 1`).raw();
    let last: number | null = null;
    for (;;) {
      const after = last ?? Number.MIN_SAFE_INTEGER;
      let row: unknown[] | undefined;
      try {
        row = next.get(after) as unknown[] | undefined;
      } catch {
        const resumed = stepOver(next, after);
        lost.push({ after: last, before: resumed === undefined ? null : (resumed[0] as number) });
        if (resumed === undefined) break;
        row = resumed;
      }
      if (row === undefined) break;
      last = row[0] as number;
      put(row.slice(1));
    }
  })();
  return { table, recovered, lost };
}

/**
 * The first readable row past a stretch that cannot be read, found by stepping ever further past
 * `after` (1, 2, 4 … rowids), or `undefined` when nothing readable follows.
 */
function stepOver(next: Database.Statement, after: number): unknown[] | undefined {
  for (let step = 1; step <= 2 ** 40; step *= 2) {
    try {
      const row = next.get(after + step) as unknown[] | undefined;
      if (row === undefined) return undefined;
      return row;
    } catch {
      // Still inside the damaged stretch.
    }
  }
  return undefined;
}
