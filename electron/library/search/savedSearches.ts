import type { RecentSearch, SavedSearch } from '@shared/contract/schemas';
import { foldText } from '@shared/text/fold';
import type { ReadableDb, WritableDb } from '../db/connection';
import { sql } from '../db/sql';

/** How many distinct recent queries are kept. */
export const RECENT_LIMIT = 20;
/**
 * A query that extends the last one recorded within this time replaces it: pausing while
 * typing `Dar`, then `Daraa`, leaves one entry, not two.
 */
const EXTEND_WINDOW_MS = 60_000;

interface SavedRow {
  id: number;
  name: string;
  query: string;
  created_at: string;
}

/** Every saved search, by name, with `count(query)` articles matching each now. */
export function listSavedSearches(db: ReadableDb, count: (query: string) => number): SavedSearch[] {
  const rows = db
    .prepare('SELECT id, name, query, created_at FROM saved_searches ORDER BY name COLLATE NOCASE, id')
    .all() as SavedRow[];
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query, createdAt: r.created_at, count: count(r.query) }));
}

/** Saves a search; a name already used (in any case) gets the new query. Returns its row. */
export function addSavedSearch(db: WritableDb, name: string, query: string, now: Date = new Date()): Omit<SavedSearch, 'count'> {
  const [q, params] =
    sql`INSERT INTO saved_searches (name, query, created_at) VALUES (${name.trim()}, ${query.trim()}, ${now.toISOString()})
    ON CONFLICT (name) DO UPDATE SET query = excluded.query
    RETURNING id, name, query, created_at`;
  const row = db.prepare(q).get(...params) as SavedRow;
  return { id: row.id, name: row.name, query: row.query, createdAt: row.created_at };
}

/** Deletes a saved search; deleting one that is gone is not an error (another window did it). */
export function deleteSavedSearch(db: WritableDb, id: number): void {
  const [q, params] = sql`DELETE FROM saved_searches WHERE id = ${id}`;
  db.prepare(q).run(...params);
}

/** The last {@link RECENT_LIMIT} distinct queries, most recent first. */
export function listRecentSearches(db: ReadableDb): RecentSearch[] {
  const [q, params] = sql`SELECT query, searched_at FROM recent_searches ORDER BY id DESC LIMIT ${RECENT_LIMIT}`;
  return (db.prepare(q).all(...params) as Array<{ query: string; searched_at: string }>).map((r) => ({
    query: r.query,
    searchedAt: r.searched_at
  }));
}

/**
 * Records a query as the most recent. Queries that differ only in case, accents or spacing are
 * one entry (the latest spelling is kept); empty queries are not recorded.
 */
export function recordRecentSearch(db: WritableDb, query: string, now: Date = new Date()): void {
  const text = query.trim().replace(/\s+/g, ' ');
  // A library open read-only (docs/reliability.md) is searched without remembering the query.
  if (text === '' || db.readonly) return;
  const key = foldText(text);
  db.transaction(() => {
    const last = db.prepare('SELECT id, key, searched_at FROM recent_searches ORDER BY id DESC LIMIT 1').get() as
      { id: number; key: string; searched_at: string } | undefined;
    if (last && last.key !== key && key.startsWith(last.key) && now.getTime() - Date.parse(last.searched_at) < EXTEND_WINDOW_MS) {
      db.prepare('DELETE FROM recent_searches WHERE id = ?').run(last.id);
    }
    db.prepare('DELETE FROM recent_searches WHERE key = ?').run(key);
    // NB: a fresh row gets the highest id, which is what "most recent" is ordered by.
    db.prepare('INSERT INTO recent_searches (key, query, searched_at) VALUES (?, ?, ?)').run(key, text, now.toISOString());
    db.prepare(
      `DELETE FROM recent_searches WHERE id NOT IN (SELECT id FROM recent_searches ORDER BY id DESC LIMIT ${RECENT_LIMIT})`
    ).run();
  }).immediate();
}

/** Forgets every recent search. */
export function clearRecentSearches(db: WritableDb): void {
  db.prepare('DELETE FROM recent_searches').run();
}
