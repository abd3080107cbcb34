import type { WritableDb } from '../db/connection';

/** SQLite's `PRAGMA synchronous` levels (https://sqlite.org/pragma.html#pragma_synchronous). */
const FULL = 2;

/**
 * Runs `write` in its own immediate transaction committed with `synchronous = FULL`, and returns
 * only after the commit: once a caller has the answer, the annotation is on disk.
 *
 * NB: library connections run `synchronous = NORMAL` (connection.ts), which in WAL mode survives
 * a killed process but may lose the last transactions on power loss, because the WAL is not
 * fsynced at commit. A note the user typed is worth an fsync; an import batch is not. The level
 * belongs to the connection, so it is raised for this one commit and put back after. Called
 * inside a transaction already (re-anchoring within an import), it only runs `write`: the
 * enclosing transaction decides.
 */
export function durableWrite<T>(db: WritableDb, write: () => T): T {
  if (db.inTransaction) return write();
  const level = db.pragma('synchronous', { simple: true }) as number;
  if (level < FULL) db.pragma('synchronous = FULL');
  try {
    return db.transaction(write).immediate();
  } finally {
    if (level < FULL) db.pragma(`synchronous = ${Math.trunc(level)}`);
  }
}
