import type Database from 'better-sqlite3';
import type { ReadableDb } from './connection';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement for `query` on `db`, compiled once per connection and reused: preparing
 * costs as much as running a small insert, and the import path runs the same few statements
 * hundreds of thousands of times.
 */
export function prepareCached(db: ReadableDb, query: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(query);
  if (!statement) {
    statement = db.prepare(query);
    cache.set(query, statement);
  }
  return statement;
}
