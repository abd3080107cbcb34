import type { ImportProblem, ImportReport } from '../../../shared/contract/schemas';
import { type ImportCounts, articlesWritten } from '../../../shared/import/counts';
import type { ReadableDb, WritableDb } from '../db/connection';
import { sql } from '../db/sql';
import { prepareCached } from '../db/statements';

/** Starts a run record; committed at once so a crash still leaves a trace of it. */
export function createImportRun(db: WritableDb, paths: readonly string[], startedAt: string): number {
  const [query, params] = sql`INSERT INTO import_runs (started_at, paths, status) VALUES (${startedAt}, ${JSON.stringify(paths)}, 'running')`;
  return Number(db.prepare(query).run(...params).lastInsertRowid);
}

/** Records the problems of one batch and the counts so far; the caller's transaction holds both. */
export function recordProgress(db: WritableDb, runId: number, counts: ImportCounts, problems: readonly ImportProblem[]): void {
  const insert = prepareCached(db, 'INSERT INTO import_problems (run_id, path, kind, code, message, article_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const p of problems) insert.run(runId, p.path, p.kind, p.code, p.message, p.articleId);
  // NB: the `imported` column holds every article written (new, near-duplicate or updated), as it
  // always has; the report takes `updated` from the run's problems and `new` from the difference.
  const [query, params] = sql`UPDATE import_runs SET imported = ${articlesWritten(counts)}, duplicates = ${counts.duplicates}, near_duplicates = ${counts.nearDuplicates},
    skipped = ${counts.skipped}, failed = ${counts.failed} WHERE id = ${runId}`;
  prepareCached(db, query).run(...params);
}

/** Marks a run finished. */
export function finishImportRun(db: WritableDb, runId: number, status: 'done' | 'cancelled' | 'failed', finishedAt: string): void {
  const [query, params] = sql`UPDATE import_runs SET status = ${status}, finished_at = ${finishedAt} WHERE id = ${runId}`;
  db.prepare(query).run(...params);
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  paths: string;
  status: ImportReport['status'];
  imported: number;
  duplicates: number;
  near_duplicates: number;
  skipped: number;
  failed: number;
}

/** The report of one run, with every problem, or `undefined`. */
export function getImportReport(db: ReadableDb, runId: number): ImportReport | undefined {
  const [query, params] = sql`SELECT * FROM import_runs WHERE id = ${runId}`;
  const row = db.prepare(query).get(...params) as RunRow | undefined;
  if (!row) return undefined;
  const problems = db
    .prepare('SELECT path, kind, code, message, article_id FROM import_problems WHERE run_id = ? ORDER BY id')
    .all(runId) as Array<{ path: string; kind: ImportProblem['kind']; code: string; message: string; article_id: number | null }>;
  // Each updated article has its `updated` problem, written in the same transaction as the counts.
  const updated = problems.filter((p) => p.kind === 'warning' && p.code === 'updated').length;
  return {
    runId: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    paths: JSON.parse(row.paths) as string[],
    new: row.imported - row.near_duplicates - updated,
    nearDuplicates: row.near_duplicates,
    updated,
    duplicates: row.duplicates,
    skipped: row.skipped,
    failed: row.failed,
    imported: row.imported,
    problems: problems.map((p) => ({ path: p.path, kind: p.kind, code: p.code, message: p.message, articleId: p.article_id }))
  };
}

/** The newest run's report, or `null` when nothing was ever imported. */
export function getLatestImportReport(db: ReadableDb): ImportReport | null {
  const row = db.prepare('SELECT id FROM import_runs ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
  return row ? (getImportReport(db, row.id) ?? null) : null;
}
