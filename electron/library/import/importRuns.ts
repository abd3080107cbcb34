import type { ImportProblem, ImportReport } from '@shared/contract/schemas';
import { type ImportCounts, articlesWritten } from '@shared/import/counts';
import type { ReadableDb, WritableDb } from '../db/connection';
import { sql } from '../db/sql';
import { prepareCached } from '../db/statements';
import { deleteSetting, getSetting, setSetting } from '../settings';

/**
 * The settings key naming the process that runs an import, so the next open can tell a run
 * still going in another process (the app while the CLI opens the library) from one whose
 * process was killed.
 */
function ownerKey(runId: number): string {
  return `import-run-owner:${runId}`;
}

/** Starts a run record and notes which process runs it; committed at once so a crash still leaves a trace of it. */
export function createImportRun(db: WritableDb, paths: readonly string[], startedAt: string): number {
  return db.transaction(() => {
    const [query, params] = sql`INSERT INTO import_runs (started_at, paths, status) VALUES (${startedAt}, ${JSON.stringify(paths)}, 'running')`;
    const runId = Number(db.prepare(query).run(...params).lastInsertRowid);
    setSetting(db, ownerKey(runId), JSON.stringify({ pid: process.pid }));
    return runId;
  })();
}

/**
 * How an `unchanged` problem is kept: as the duplicate it was called before it had a kind of its
 * own (`import_problems.kind` is checked against the older list), told apart by its code.
 */
const UNCHANGED_CODE = 'unchanged';

/**
 * The mark after a stored code for a line said as before (`asBefore`, reportedBefore.ts): kept in
 * the code because `import_problems` has no column for it, and a column would need a migration.
 * Runs stored before it read as news, as they were shown.
 */
const AS_BEFORE_MARK = '~as-before';

/** A stored code as the report gives it: the code, and whether its line was said as before. */
export function storedProblemCode(stored: string): { code: string; asBefore: boolean } {
  return stored.endsWith(AS_BEFORE_MARK)
    ? { code: stored.slice(0, -AS_BEFORE_MARK.length), asBefore: true }
    : { code: stored, asBefore: false };
}

/** Records the problems of one batch and the counts so far; the caller's transaction holds both. */
export function recordProgress(db: WritableDb, runId: number, counts: ImportCounts, problems: readonly ImportProblem[]): void {
  const insert = prepareCached(db, 'INSERT INTO import_problems (run_id, path, kind, code, message, article_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const p of problems) {
    const stored = p.kind === 'unchanged' ? { kind: 'duplicate', code: UNCHANGED_CODE } : p;
    insert.run(runId, p.path, stored.kind, p.asBefore ? stored.code + AS_BEFORE_MARK : stored.code, p.message, p.articleId);
  }
  // NB: the `imported` column holds every article written (new, near-duplicate or updated), as it
  // always has, and `duplicates` the unchanged ones too; the report takes `updated` and `unchanged`
  // from the run's problems and `new` and `duplicates` from the differences.
  const [query, params] = sql`UPDATE import_runs SET imported = ${articlesWritten(counts)}, duplicates = ${counts.duplicates + counts.unchanged},
    near_duplicates = ${counts.nearDuplicates}, skipped = ${counts.skipped}, failed = ${counts.failed} WHERE id = ${runId}`;
  prepareCached(db, query).run(...params);
}

/** Marks a run finished. */
export function finishImportRun(db: WritableDb, runId: number, status: 'done' | 'cancelled' | 'failed', finishedAt: string): void {
  db.transaction(() => {
    const [query, params] = sql`UPDATE import_runs SET status = ${status}, finished_at = ${finishedAt} WHERE id = ${runId}`;
    db.prepare(query).run(...params);
    deleteSetting(db, ownerKey(runId));
  })();
}

/** The problem code that marks a run whose process died before it finished. */
export const INTERRUPTED_CODE = 'interrupted';

/** True while a process with this id exists (signal 0 checks without sending anything). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Marks every run still `running` whose process is gone (killed, crashed, the computer stopped)
 * as interrupted: status `failed` and a warning saying how far it got, which the report turns
 * into status `interrupted`. Runs by a live process are left alone. Called when a library opens.
 *
 * NB: a run whose owner's pid was reused by an unrelated process stays `running` until that
 * process ends; a run recorded before owners were noted has no owner and counts as gone.
 *
 * @returns the ids of the runs marked.
 */
export function markInterruptedRuns(db: WritableDb, isAlive: (pid: number) => boolean = processAlive): number[] {
  const running = db.prepare("SELECT * FROM import_runs WHERE status = 'running' ORDER BY id").all() as RunRow[];
  const marked: number[] = [];
  for (const run of running) {
    const owner = getSetting(db, ownerKey(run.id));
    const pid = owner === undefined ? undefined : (JSON.parse(owner) as { pid?: unknown }).pid;
    if (typeof pid === 'number' && isAlive(pid)) continue;
    const paths = JSON.parse(run.paths) as string[];
    const { unchanged, duplicates } = getImportReport(db, run.id)!;
    const message =
      `This import stopped before it finished (Crosscheck was closed, killed or crashed). ` +
      `By then it had written ${run.imported} ${run.imported === 1 ? 'article' : 'articles'} and found ${unchanged} unchanged, ${duplicates} duplicates, ` +
      `${run.skipped} skipped and ${run.failed} failed files; what it wrote is kept. ` +
      'Import the same files again to finish: the files already in the library are recognised as unchanged.';
    db.transaction(() => {
      db.prepare("UPDATE import_runs SET status = 'failed' WHERE id = ? AND status = 'running'").run(run.id);
      db.prepare("INSERT INTO import_problems (run_id, path, kind, code, message, article_id) VALUES (?, ?, 'warning', ?, ?, NULL)").run(
        run.id,
        paths.join(', '),
        INTERRUPTED_CODE,
        message
      );
      deleteSetting(db, ownerKey(run.id));
    }).immediate();
    marked.push(run.id);
  }
  return marked;
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  paths: string;
  status: Exclude<ImportReport['status'], 'interrupted'>;
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
  // Each updated or unchanged article has its problem, written in the same transaction as the counts.
  const updated = problems.filter((p) => p.kind === 'warning' && p.code === 'updated').length;
  const unchanged = problems.filter(isUnchanged).length;
  const interrupted = row.status === 'failed' && problems.some((p) => p.kind === 'warning' && p.code === INTERRUPTED_CODE);
  return {
    runId: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: interrupted ? 'interrupted' : row.status,
    paths: JSON.parse(row.paths) as string[],
    new: row.imported - row.near_duplicates - updated,
    nearDuplicates: row.near_duplicates,
    updated,
    unchanged,
    duplicates: row.duplicates - unchanged,
    skipped: row.skipped,
    failed: row.failed,
    imported: row.imported,
    problems: problems.map((p) => {
      const { code, asBefore } = storedProblemCode(p.code);
      return {
        path: p.path,
        kind: isUnchanged(p) ? 'unchanged' : p.kind,
        code,
        message: p.message,
        articleId: p.article_id,
        ...(asBefore ? { asBefore: true as const } : {})
      };
    })
  };
}

/** Whether a stored problem is an unchanged file's (see {@link UNCHANGED_CODE}). */
function isUnchanged(p: { kind: string; code: string }): boolean {
  return p.kind === 'duplicate' && p.code === UNCHANGED_CODE;
}

/** The newest run's report, or `null` when nothing was ever imported. */
export function getLatestImportReport(db: ReadableDb): ImportReport | null {
  const row = db.prepare('SELECT id FROM import_runs ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
  return row ? (getImportReport(db, row.id) ?? null) : null;
}
