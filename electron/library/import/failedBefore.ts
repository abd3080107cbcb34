import fs from 'node:fs';
import type { WritableDb } from '../db/connection';
import { getSetting, setSetting } from '../settings';

/**
 * The setting that holds the files whose last import failed, by path: how the file was then (size
 * and modification time) and why it failed. A settings row, not a table: it is read once per
 * import and written once at its end, and holds only files that are failing now.
 */
const SETTING = 'import-failed-files';

/** Codes that say something about this attempt, not the file: tried again every time. */
const PASSING_CODES: ReadonlySet<string> = new Set(['timeout', 'internal', 'cancelled', 'unreadable', 'not-found']);

interface Failure {
  readonly size: number;
  readonly mtimeMs: number;
  readonly code: string;
  readonly message: string;
  /** The import's reading options then ({@link FailedBefore}'s `attempt`); absent in older entries. */
  readonly attempt?: string;
}

/**
 * The most failures remembered: beyond it the oldest are forgotten (each is then read once more).
 * The setting is parsed and written whole by every import, so it must not grow without bound.
 */
export const MOST_REMEMBERED = 5000;

/** Whether `file` is gone from disk (not merely unreadable, nor on a disk that is not there: that says ENOENT too, and is read again once). */
function gone(file: string): boolean {
  try {
    fs.statSync(file);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** How a file is on disk now, or `undefined` when it cannot be looked at. */
function fingerprint(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    const stat = fs.statSync(file);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

/** The remembered failures as stored; a damaged setting only means every file is read again. */
function parseFailures(stored: string | undefined): Map<string, Failure> {
  try {
    return new Map(Object.entries(stored ? (JSON.parse(stored) as Record<string, Failure>) : {}));
  } catch {
    return new Map();
  }
}

/**
 * The files an earlier import could not read, so that a folder imported every night does not report
 * the same scanned PDFs as failures every time (review 14, finding 8). A file that failed before
 * and has the same size and modification time is not read again: it is reported once more as still
 * unreadable, which is not a failure of this import. A file that changed is read again, and its
 * failure is a failure. Files that fail for a passing reason (a timeout, a permission) are always
 * tried again.
 */
export class FailedBefore {
  private readonly failures: Map<string, Failure>;
  /** What this import learnt, by path: the file failed (its failure) or no longer does (null). */
  private readonly changes = new Map<string, Failure | null>();

  /**
   * @param attempt what this import reads files with that could change whether a file reads (its
   *   column mappings, size limit): a file that failed under other options is read again — a table
   *   that failed for want of `--map` must import when it is given one.
   */
  constructor(
    private readonly db: WritableDb,
    private readonly attempt: string
  ) {
    this.failures = parseFailures(getSetting(db, SETTING));
  }

  /** Why `file` failed last time, when it has not changed since; otherwise `undefined` (read it). */
  stillFailing(file: string): Failure | undefined {
    const before = this.failures.get(file);
    if (!before) return undefined;
    const now = fingerprint(file);
    const same = now && now.size === before.size && now.mtimeMs === before.mtimeMs && before.attempt === this.attempt;
    return same ? before : undefined;
  }

  /** `file` could not be read this time, for `code`. */
  failed(file: string, code: string, message: string): void {
    if (PASSING_CODES.has(code)) return this.succeeded(file);
    const now = fingerprint(file);
    if (!now) return this.succeeded(file);
    const failure = { ...now, code, message, attempt: this.attempt };
    this.failures.set(file, failure);
    this.changes.set(file, failure);
  }

  /** `file` was read this time (or cannot be judged): it is no longer one that failed. */
  succeeded(file: string): void {
    if (this.failures.delete(file)) this.changes.set(file, null);
  }

  /**
   * Writes what this import learnt (once, at its end) into the setting as it is now. NB: another
   * import may have run meanwhile (the CLI beside a watched folder's import, each on its own
   * connection): the setting is read again inside the write transaction and only this import's
   * changes are applied to it, so neither import loses the other's entries (review 15, finding 4).
   * Files no longer on disk are forgotten, and the oldest beyond {@link MOST_REMEMBERED}: a watched
   * download folder where broken files come and go must not grow the setting forever (finding 5).
   */
  save(): void {
    // Looked at before the write lock is taken: a stat each, which a slow disk makes slow.
    const missing = new Set([...parseFailures(getSetting(this.db, SETTING)).keys()].filter(gone));
    if (this.changes.size === 0 && missing.size === 0) return;
    this.db
      .transaction(() => {
        const stored = getSetting(this.db, SETTING);
        const merged = parseFailures(stored);
        for (const file of missing) merged.delete(file);
        // A failure learnt now goes last (newest): the map keeps its insertion order.
        for (const [file, failure] of this.changes) {
          merged.delete(file);
          if (failure) merged.set(file, failure);
        }
        for (const file of merged.keys()) {
          if (merged.size <= MOST_REMEMBERED) break;
          merged.delete(file);
        }
        const value = JSON.stringify(Object.fromEntries(merged));
        if (value !== stored) setSetting(this.db, SETTING, value);
      })
      .immediate();
    this.changes.clear();
  }
}
