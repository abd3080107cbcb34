import type { ImportProblem } from '@shared/contract/schemas';
import type { WritableDb } from '../db/connection';
import { storedProblemCode } from './importRuns';

/**
 * How many earlier runs are looked at. NB: `import_problems` has no index on the path (no
 * migration for it), so the rows are read by run: a nightly import meets last night's run first.
 */
const RUNS_LOOKED_AT = 20;

/** The kinds that can be said again of a file that did not change. */
const REPEATABLE: ReadonlySet<ImportProblem['kind']> = new Set(['duplicate', 'warning', 'skipped']);

/** Codes that are news every time: an updated article, an import that stopped. */
const ALWAYS_NEWS: ReadonlySet<string> = new Set(['updated', 'interrupted']);

/** What makes two lines say the same of a file: a duplicate names its article; others their reason. */
function said(p: { path: string; kind: string; code: string; message: string; articleId: number | null }): string {
  return JSON.stringify([p.path, p.kind, p.code, p.kind === 'duplicate' ? p.articleId : p.message]);
}

/**
 * The duplicates, warnings and skips an earlier import already reported, so that a folder imported
 * again does not list them as news (review 15, findings 10 and 11: a re-import repeated 11
 * duplicates, a skipped .jpg and two encoding guesses of files that had not changed, above the one
 * line that mattered). A line is *as before* when one of the last {@link RUNS_LOOKED_AT} runs had
 * the same line for the same path — for a duplicate the same article, for the others the same
 * message — and, for a warning, when no article of its file was written by this import (the file
 * is as it was). Read once, when the first batch asks.
 */
export class ReportedBefore {
  private lines: Set<string> | undefined;

  constructor(
    private readonly db: WritableDb,
    private readonly runId: number
  ) {}

  /**
   * `problem` marked `asBefore` when an earlier import said the same of its file.
   *
   * @param written the files (as read, before `#entry`) an article of which this import stored or updated
   */
  mark(problem: ImportProblem, written: ReadonlySet<string>): ImportProblem {
    if (!REPEATABLE.has(problem.kind) || ALWAYS_NEWS.has(problem.code)) return problem;
    if (problem.kind === 'warning' && written.has(problem.path)) return problem;
    return this.earlier().has(said(problem)) ? { ...problem, asBefore: true } : problem;
  }

  private earlier(): Set<string> {
    if (this.lines) return this.lines;
    const rows = this.db
      .prepare(
        `SELECT path, kind, code, message, article_id AS articleId FROM import_problems
         WHERE run_id IN (SELECT id FROM import_runs WHERE id < ? ORDER BY id DESC LIMIT ?)
           AND kind IN ('duplicate', 'warning', 'skipped') AND code <> 'unchanged'`
      )
      .all(this.runId, RUNS_LOOKED_AT) as Array<{
      path: string;
      kind: string;
      code: string;
      message: string;
      articleId: number | null;
    }>;
    this.lines = new Set(rows.map((r) => said({ ...r, code: storedProblemCode(r.code).code })));
    return this.lines;
  }
}
