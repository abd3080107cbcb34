import type { StoriesJobKind, StoriesProgressEvent } from '@shared/contract/schemas';
import type { WritableDb } from '../db/connection';
import { fileIdentity, refuseIfGone } from '../libraryIdentity';
import { ensureStories } from './ensureStories';
import { type StoriesJob, type StoriesWorkerAnswer, groupStoriesInBackground } from './groupInBackground';
import { isStopped, type StoriesJobProgress, throttleProgress } from './jobProgress';
import { regroupStories } from './regroup';

/** How the engine's stories jobs run. */
export interface StoryJobsOptions {
  /** The better-sqlite3 addon the worker must load (the desktop app's Electron build). */
  readonly nativeBinding?: string;
  /** Told when a job changed the library's stories (the host sends `library:changed`, `stories`). */
  readonly onGrouped?: () => void;
  /**
   * Told where the running job is (at most about ten times a second) and then, once, how it ended
   * (the host sends `stories:progress`).
   */
  readonly onProgress?: (event: StoriesProgressEvent) => void;
}

/**
 * The engine's long stories jobs (issue 14): grouping the articles in no story at start and the
 * Regroup button's full regrouping run in the stories worker on a connection of their own, one at a
 * time (the next waits for the one before, so two groupings never race to write), while the engine's
 * thread stays free to answer reads. A regroup asked for while one is running or waiting joins it:
 * both callers get its answer, and there is one set of progress events. `cancel` stops the running
 * job and `close` every job: a stopped job rolls back, so the stories are exactly as before it.
 *
 * NB: an in-memory library cannot be opened by a second thread; its jobs run here, in-process
 * (tests only: every host's library is a file).
 */
export class StoryJobs {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly closing = new AbortController();
  private running: AbortController | undefined;
  private regrouping: Promise<StoriesWorkerAnswer> | undefined;

  constructor(
    private readonly db: WritableDb,
    private readonly file: string,
    private readonly options: StoryJobsOptions = {}
  ) {
    this.opened = file === ':memory:' ? undefined : fileIdentity(file);
  }

  /**
   * The file the library's path named when the host opened it: the worker opens the path, which
   * must not make a new library where the user's was moved from (session 17 review, #1).
   */
  private readonly opened: string | undefined;

  /**
   * Groups the whole library again; resolves with how many stories it has afterwards.
   *
   * @throws `GroupingStoppedError` when {@link cancel} or {@link close} stopped it.
   */
  async regroup(): Promise<number> {
    if (!this.regrouping) {
      const job = this.run('regroup');
      this.regrouping = job;
      const forget = () => {
        if (this.regrouping === job) this.regrouping = undefined;
      };
      job.then(forget, forget);
    }
    return (await this.regrouping).stories ?? 0;
  }

  /** Groups the articles in no story (see `ensureStories`); resolves with whether it grouped. */
  async ensure(): Promise<boolean> {
    return (await this.run('ensure')).grouped;
  }

  /** True while a job runs in the worker (it writes on a connection of its own). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** How many jobs have ended, however they ended: the engine's watch for other processes' writes reads it. */
  get ended(): number {
    return this.endedCount;
  }

  private endedCount = 0;

  /** Stops the running job (a waiting one still runs); false when none was running. */
  cancel(): boolean {
    if (!this.running || this.running.signal.aborted) return false;
    this.running.abort();
    return true;
  }

  /** Stops the running job and any waiting one (the engine is closing). */
  close(): void {
    this.closing.abort();
  }

  private run(job: StoriesJob): Promise<StoriesWorkerAnswer> {
    const next = this.tail.then(
      () => this.runNow(job),
      () => this.runNow(job)
    );
    this.tail = next.catch(() => {});
    return next.then((answer) => {
      if (answer.grouped) this.options.onGrouped?.();
      return answer;
    });
  }

  private async runNow(job: StoriesJob): Promise<StoriesWorkerAnswer> {
    const kind: StoriesJobKind = job === 'regroup' ? 'regroup' : 'place';
    const emit = this.options.onProgress;
    const onProgress = emit ? throttleProgress((p: StoriesJobProgress) => emit({ state: 'running', job: kind, ...p })) : undefined;
    const stop = new AbortController();
    this.running = stop;
    try {
      const answer = await this.start(job, stop.signal, onProgress);
      emit?.({ state: 'done', job: kind });
      return answer;
    } catch (error) {
      if (isStopped(error)) emit?.({ state: 'cancelled', job: kind });
      else emit?.({ state: 'failed', job: kind, message: failureSentence(error) });
      throw error;
    } finally {
      this.running = undefined;
      this.endedCount++;
    }
  }

  private async start(
    job: StoriesJob,
    signal: AbortSignal,
    onProgress: ((p: StoriesJobProgress) => void) | undefined
  ): Promise<StoriesWorkerAnswer> {
    const watch = { signal: AbortSignal.any([signal, this.closing.signal]), ...(onProgress ? { onProgress } : {}) };
    if (this.file === ':memory:') {
      if (job === 'regroup') return { grouped: true, stories: regroupStories(this.db, watch) };
      return { grouped: ensureStories(this.db, watch) };
    }
    refuseIfGone(this.file, this.opened);
    const request = {
      file: this.file,
      ...(this.opened !== undefined ? { libraryIdentity: this.opened } : {}),
      job,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {})
    };
    return groupStoriesInBackground(request, { signal, kill: this.closing.signal, ...(onProgress ? { onProgress } : {}) });
  }
}

/** The sentence a failed job's last event carries: the stories are as they were, and why it failed. */
function failureSentence(error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/^Grouping stories failed: /, '').replace(/\.$/, '');
  return `Grouping the stories failed, so they are as they were (${reason}). Try again; if it fails again, check the library in Settings → Library.`;
}
