import { AppFailure } from '@shared/contract/result';

/**
 * The exports running now, by the `jobId` their caller gave, so `export:cancel` can stop one.
 * An export without a `jobId` cannot be cancelled (the CLI stops with Ctrl+C instead).
 */
export class ExportJobs {
  private readonly running = new Map<string, AbortController>();

  /** Runs `work` with a signal that `cancel(jobId)` aborts. A second export with a running job's id is refused. */
  async run<T>(jobId: string | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (jobId === undefined) return work(new AbortController().signal);
    if (this.running.has(jobId))
      throw new AppFailure('invalid-input', `An export with the id ${jobId} is running already. Give each export its own id.`);
    const controller = new AbortController();
    this.running.set(jobId, controller);
    try {
      return await work(controller.signal);
    } finally {
      this.running.delete(jobId);
    }
  }

  /** Aborts the export with this id; false when none runs. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}

/** Throws the `cancelled` failure every export step checks for between its parts. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppFailure('cancelled', 'The export was cancelled. Nothing was saved.');
}
