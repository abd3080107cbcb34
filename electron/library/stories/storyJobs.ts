import type { WritableDb } from '../db/connection';
import { ensureStories } from './ensureStories';
import { type StoriesJob, type StoriesWorkerAnswer, groupStoriesInBackground } from './groupInBackground';
import { regroupStories } from './regroup';

/** How the engine's stories jobs run. */
export interface StoryJobsOptions {
  /** The better-sqlite3 addon the worker must load (the desktop app's Electron build). */
  readonly nativeBinding?: string;
  /** Told when a job changed the library's stories (the host sends `library:changed`, `stories`). */
  readonly onGrouped?: () => void;
}

/**
 * The engine's long stories jobs (issue 14): grouping the articles in no story at start and the
 * Regroup button's full regrouping run in the stories worker on a connection of their own, one at a
 * time (the next waits for the one before, so two groupings never race to write), while the engine's
 * thread stays free to answer reads. `close` stops the running job: its transaction rolls back.
 *
 * NB: an in-memory library cannot be opened by a second thread; its jobs run here, in-process
 * (tests only: every host's library is a file).
 */
export class StoryJobs {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly stop = new AbortController();

  constructor(
    private readonly db: WritableDb,
    private readonly file: string,
    private readonly options: StoryJobsOptions = {}
  ) {}

  /** Groups the whole library again; resolves with how many stories it has afterwards. */
  async regroup(): Promise<number> {
    const answer = await this.run('regroup');
    return answer.stories ?? 0;
  }

  /** Groups the articles in no story (see `ensureStories`); resolves with whether it grouped. */
  async ensure(): Promise<boolean> {
    return (await this.run('ensure')).grouped;
  }

  /** Stops the running job and any waiting one (the engine is closing). */
  close(): void {
    this.stop.abort();
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

  private runNow(job: StoriesJob): Promise<StoriesWorkerAnswer> {
    if (this.file === ':memory:') {
      if (job === 'regroup') return Promise.resolve({ ok: true, grouped: true, stories: regroupStories(this.db) });
      return Promise.resolve({ ok: true, grouped: ensureStories(this.db) });
    }
    const request = { file: this.file, job, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) };
    return groupStoriesInBackground(request, this.stop.signal);
  }
}
