import type { WritableDb } from './db/connection';

/** What the engine's own background jobs are doing, as the poll needs to know it. */
export interface OwnWork {
  /** An import or stories job of this engine is running (it writes on a connection of its own). */
  readonly busy: boolean;
  /** How many such jobs have ended so far: a job that started and ended between two looks still counts. */
  readonly ended: number;
}

/** Options of {@link watchExternalWrites}. */
export interface ExternalWritesOptions {
  /** How often to look, in milliseconds. Default 1000. */
  readonly intervalMs?: number;
  /**
   * At most one `onChange` per this many milliseconds: a long import by another process commits
   * a batch every second, and the window need not fetch everything it shows that often. A change
   * seen inside the gap is told when the gap ends. Default 3000.
   */
  readonly minGapMs?: number;
  /** The engine's own jobs: their commits are the engine's writes, which the host already announces. */
  readonly ownWork: () => OwnWork;
  /** Another connection committed a write. */
  readonly onChange: () => void;
}

/** A running watch; `close` stops it. */
export interface ExternalWrites {
  /** Looks now (the timer does this every `intervalMs`); true when a change was told. */
  check(): boolean;
  close(): void;
}

/**
 * Notices writes committed by other connections — another Crosscheck window, `crosscheck serve`
 * or a `crosscheck` command on the same library — so the host can tell its window to fetch what
 * it shows again. SQLite's `PRAGMA data_version` on a connection changes exactly when another
 * connection has committed since it was last read (across processes, WAL included), and reading
 * it touches no table: a look costs about 20 µs (docs/reliability.md), so it runs every second
 * while the engine is open.
 *
 * NB: `writer` must be the connection the engine writes on: its own commits leave its
 * `data_version` unchanged, so a note saved in this window is never taken for another's. The
 * engine's import and stories workers write on connections of their own: while one runs, and at
 * the first look after one ended, the version is taken as it is and nothing is told (their end is
 * announced by the host already). A write by another process in that same second is shown at its
 * next change, or the next reload.
 */
export function watchExternalWrites(writer: WritableDb, options: ExternalWritesOptions): ExternalWrites {
  const { intervalMs = 1000, minGapMs = 3000, ownWork, onChange } = options;
  const version = writer.prepare<[], number>('PRAGMA data_version').pluck();
  let seen = version.get();
  let lastEnded = ownWork().ended;
  let pending = false;
  let toldAt = -Infinity;

  const check = (): boolean => {
    if (!writer.open) return false;
    let now: number | undefined;
    try {
      now = version.get();
    } catch {
      // A busy or closing database: look again at the next tick.
      return false;
    }
    const work = ownWork();
    const ownJobs = work.busy || work.ended !== lastEnded;
    lastEnded = work.ended;
    if (now !== seen) {
      seen = now;
      if (!ownJobs) pending = true;
    }
    if (!pending || Date.now() - toldAt < minGapMs) return false;
    pending = false;
    toldAt = Date.now();
    onChange();
    return true;
  };

  const timer = setInterval(check, intervalMs);
  // A host quitting is never held up by the watch.
  timer.unref();
  return {
    check,
    close: () => clearInterval(timer)
  };
}
