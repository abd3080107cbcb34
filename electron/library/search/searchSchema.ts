import type { ReadableDb, WritableDb } from '../db/connection';
import { type SqlFragment, sqlRaw } from '../db/sql';
import { migration004 } from '../db/migrations/004_search';

/** Tables and indexes found in each library (only found ones: they are never dropped). */
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

/**
 * Creates migration 004's tables, index and triggers in a library that lacks them, and forgets
 * what was cached about the schema. NB: a library created while version 4 was reserved is at a
 * later `user_version`, so the migration runner skips 004; its statements are idempotent, so
 * running them again is safe. Called by the hosts' search handlers and the CLI on opening.
 */
export function ensureSearchSchema(db: WritableDb): void {
  if (hasSearchTables(db) && has(db, 'articles_search_meta') && has(db, 'saved_searches') && has(db, 'recent_searches')) return;
  db.transaction(() => migration004.up(db)).immediate();
  present.delete(db);
}
