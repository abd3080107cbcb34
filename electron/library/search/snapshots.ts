import type { ReadableDb, WritableDb } from '../db/connection';
import { sql } from '../db/sql';
import { prepareCached } from '../db/statements';

/**
 * Where the library stands for an index built over it: the highest article id (new articles are
 * the ones above it) and the last entry of the change log (articles edited or deleted since).
 */
export interface LibraryStamp {
  readonly maxArticleId: number;
  readonly changeSeq: number;
}

/** A saved index and what it covers. */
export interface Snapshot extends LibraryStamp {
  readonly articleCount: number;
  readonly format: string;
  readonly data: string;
}

/**
 * The library's stamp: two reads of the last row of a B-tree, so cheap enough to check before
 * every search. NB: a library whose schema lacks the change log (see migration 004) reports 0,
 * and edits there go unnoticed until the next rebuild.
 */
export function libraryStamp(db: ReadableDb): LibraryStamp {
  const maxArticleId = (prepareCached(db, 'SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number) ?? 0;
  // NB: the last seq handed out, not max(seq) of the log: saving a snapshot prunes the log, and
  // the stamp must never go back.
  const changeSeq =
    (prepareCached(db, "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'search_changes'")
      .pluck()
      .get() as number) ?? 0;
  return { maxArticleId, changeSeq };
}

/** The saved snapshot of an index, or undefined. */
export function readSnapshot(db: ReadableDb, name: string): Snapshot | undefined {
  const [query, params] =
    sql`SELECT max_article_id, change_seq, article_count, format, data FROM search_snapshots WHERE name = ${name}`;
  const row = db.prepare(query).get(...params) as
    { max_article_id: number; change_seq: number; article_count: number; format: string; data: string } | undefined;
  return (
    row && {
      maxArticleId: row.max_article_id,
      changeSeq: row.change_seq,
      articleCount: row.article_count,
      format: row.format,
      data: row.data
    }
  );
}

/** The stamp of the saved snapshot alone (without reading its data), or undefined. */
export function readSnapshotStamp(db: ReadableDb, name: string): (LibraryStamp & { format: string }) | undefined {
  const row = prepareCached(db, 'SELECT max_article_id, change_seq, format FROM search_snapshots WHERE name = ?').get(name) as
    { max_article_id: number; change_seq: number; format: string } | undefined;
  return row && { maxArticleId: row.max_article_id, changeSeq: row.change_seq, format: row.format };
}

const writers = new WeakMap<ReadableDb, WritableDb>();

/**
 * Says that the snapshots of indexes read through `reader` (the engine's read-only connection)
 * are saved through `writer`, the engine's one writer connection: a save is an explicit write
 * job on it (issue 14), never a write attempted on a read connection.
 */
export function saveSnapshotsThrough(reader: ReadableDb, writer: WritableDb): void {
  writers.set(reader, writer);
}

/**
 * Where snapshots of indexes read through `db` are saved: the writer given for it by
 * {@link saveSnapshotsThrough}, else `db` itself when it was opened for writing (the CLI's one
 * connection), else nowhere (a library open read-only keeps its snapshots in memory).
 */
export function snapshotWriter(db: ReadableDb): WritableDb | undefined {
  return writers.get(db) ?? (db.readonly ? undefined : (db as WritableDb));
}

/**
 * Saves a snapshot. `pruneLog`: also forget the change-log entries it covers — for the index that
 * reads the log (another process holding an older one sees the newer snapshot's stamp and
 * reloads it rather than relying on the pruned log); not for snapshots that only compare stamps.
 */
export function writeSnapshot(db: WritableDb, name: string, snapshot: Snapshot, pruneLog: boolean, now: Date = new Date()): void {
  // A library open read-only (docs/reliability.md) keeps its snapshot in memory only: searching it must not fail.
  if (db.readonly) return;
  db.transaction(() => {
    const [query, params] =
      sql`INSERT INTO search_snapshots (name, max_article_id, change_seq, article_count, format, data, saved_at)
      VALUES (${name}, ${snapshot.maxArticleId}, ${snapshot.changeSeq}, ${snapshot.articleCount}, ${snapshot.format}, ${snapshot.data}, ${now.toISOString()})
      ON CONFLICT (name) DO UPDATE SET max_article_id = excluded.max_article_id, change_seq = excluded.change_seq,
        article_count = excluded.article_count, format = excluded.format, data = excluded.data, saved_at = excluded.saved_at`;
    db.prepare(query).run(...params);
    if (pruneLog) db.prepare('DELETE FROM search_changes WHERE seq <= ?').run(snapshot.changeSeq);
  }).immediate();
}

/** The ids of articles edited or deleted after change `seq`, and the last seq read. */
export function changesSince(db: ReadableDb, seq: number): { ids: number[]; lastSeq: number } {
  const rows = prepareCached(db, 'SELECT seq, article_id FROM search_changes WHERE seq > ? ORDER BY seq').raw().all(seq) as Array<
    [number, number]
  >;
  return { ids: [...new Set(rows.map((r) => r[1]))], lastSeq: rows.at(-1)?.[0] ?? seq };
}
