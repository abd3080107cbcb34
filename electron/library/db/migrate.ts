import type { ReadableDb, WritableDb } from './connection';
import type { Migration } from './migrations/types';
import { MIGRATIONS } from './migrations';

/** Thrown when the library file was written by a newer Crosscheck than this one. */
export class NewerDatabaseError extends Error {
  readonly code = 'db-newer';
  constructor(
    readonly found: number,
    readonly supported: number
  ) {
    super(
      `This library was created by a newer version of Crosscheck (schema ${found}; this version supports up to ${supported}). Update Crosscheck to open it.`
    );
  }
}

/** The schema version a database is at (`PRAGMA user_version`). */
export function getSchemaVersion(db: ReadableDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The newest schema version this code knows. */
export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Throws {@link NewerDatabaseError} when `found` is past what this code knows. */
export function refuseNewer(found: number, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = latestSchemaVersion(migrations);
  if (found > latest) throw new NewerDatabaseError(found, latest);
}

/**
 * Brings a database up to the newest schema in one transaction: either every pending migration
 * applies, or none does. Refuses a database newer than this code, leaving it untouched.
 *
 * @returns the versions applied (empty when already current).
 */
export function migrate(db: WritableDb, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = getSchemaVersion(db);
  refuseNewer(current, migrations);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // NB: PRAGMA cannot take a bound parameter; version is a number from our own code.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
  }).immediate();
  return pending.map((m) => m.version);
}
