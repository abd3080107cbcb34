import type { StoriesPhase } from '@shared/contract/schemas';

/** Where a stories job is: the phase, and done of total units (articles, stories) where it has a count. */
export interface StoriesJobProgress {
  readonly phase: StoriesPhase;
  readonly done: number | null;
  readonly total: number | null;
}

/** How a stories job reports: its signal (checked between steps) and where it is. */
export interface StoriesJobWatch {
  /** Stops the job: a grouping throws {@link GroupingStoppedError}, rolling its transaction back. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: StoriesJobProgress) => void;
}

/** Why a stories job ended when its signal stopped it (`name` `AbortError`, as every stopped job's). */
export class GroupingStoppedError extends Error {
  constructor() {
    super('Grouping stories was stopped.');
    this.name = 'AbortError';
  }
}

/** Throws {@link GroupingStoppedError} when `signal` has aborted. */
export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new GroupingStoppedError();
}

/** True for the error of a job its signal stopped: {@link GroupingStoppedError}, or the clustering's own `AbortError`. */
export function isStopped(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Least time between two progress reports passed on (about ten a second at most). */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes progress on at most once per `intervalMs`: the first report at once, then the latest
 * when the interval has passed (a report that came sooner is dropped, the next one carries on).
 * The end of a job is not progress and is sent apart, always.
 */
export function throttleProgress<T>(
  send: (progress: T) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = Date.now
): (progress: T) => void {
  let last = -Infinity;
  return (progress) => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    send(progress);
  };
}
