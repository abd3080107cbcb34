import type { ReadableDb, WritableDb } from './db/connection';
import { sql } from './db/sql';

/** Reads one setting, or `undefined` when it was never written. */
export function getSetting(db: ReadableDb, key: string): string | undefined {
  const [query, params] = sql`SELECT value FROM settings WHERE key = ${key}`;
  const row = db.prepare(query).get(...params) as { value: string } | undefined;
  return row?.value;
}

/** Writes one setting. */
export function setSetting(db: WritableDb, key: string, value: string): void {
  const [query, params] = sql`INSERT INTO settings (key, value) VALUES (${key}, ${value})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
  db.prepare(query).run(...params);
}

/** Removes one setting (nothing happens when it was never written). */
export function deleteSetting(db: WritableDb, key: string): void {
  const [query, params] = sql`DELETE FROM settings WHERE key = ${key}`;
  db.prepare(query).run(...params);
}
