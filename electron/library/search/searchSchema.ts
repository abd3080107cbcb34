import type { ReadableDb, WritableDb } from '../db/connection';
import { type SqlFragment, sqlRaw } from '../db/sql';

const present = new WeakMap<ReadableDb, Set<string>>();

/** True when the library has this table or index (cached once found: they are never dropped). */
function has(db: ReadableDb, name: string): boolean {
  let found = present.get(db);
  if (!found) present.set(db, (found = new Set()));
  if (found.has(name)) return true;
  if (db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(name)) found.add(name);
  return found.has(name);
}

/**
 * True when the library has migration 004's snapshot table and change log. NB: a library
 * created while 004 was reserved is at a later schema version without them (see the migration).
 */
export function hasSearchTables(db: ReadableDb): boolean {
  return has(db, 'search_snapshots') && has(db, 'search_changes');
}

/**
 * `articles a`, read through the covering index of the columns searches filter and count on
 * (`articles_search_meta`) when the library has it. NB: SQLite would otherwise look each article
 * up in the table, whose rows hold the full text: ~5× slower for facets over 10k matches.
 */
export function articlesAlias(db: ReadableDb): SqlFragment {
  return sqlRaw(has(db, 'articles_search_meta') ? 'articles a INDEXED BY articles_search_meta' : 'articles a');
}

/** True when the connection was opened for writing (the app's and the CLI's are). */
export function isWritable(db: ReadableDb): db is WritableDb {
  return !db.readonly;
}
