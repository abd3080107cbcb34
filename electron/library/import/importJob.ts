import type { Worker } from 'node:worker_threads';
import type { ImportDefaults, ImportProgressEvent, ImportReport, StoriesProgressEvent } from '@shared/contract/schemas';
import { AppFailure } from '@shared/contract/result';
import { fileIdentity, refuseIfGone } from '../libraryIdentity';
import { throttleProgress } from '../stories/jobProgress';
import { abortFlagOf } from '../workers/abortFlag';
import { type PrestartedWorker, startWorker } from '../workers/startWorker';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

/** Runs imports in a worker thread, one at a time, with progress, rate, time left and cancel. */
export class ImportJobs {
  private running: { worker: Worker; stop: AbortController } | undefined;

  constructor(
    private readonly file: string,
    private readonly options: {
      nativeBinding?: string;
      onProgress?: (event: ImportProgressEvent) => void;
      /** Where the import's grouping of new articles into stories is, then how it ended (job `import`). */
      onStoriesProgress?: (event: StoriesProgressEvent) => void;
      /** An import worker already starting (`crosscheck import`: prestartImportWorker.ts), for the first run. */
      prestarted?: PrestartedWorker;
    } = {}
  ) {
    this.prestarted = options.prestarted;
    this.opened = file === ':memory:' ? undefined : fileIdentity(file);
  }

  /**
   * The file the library's path named when the host opened it. NB: the worker opens the library by
   * its path, and an import may open it where none is: a watched folder's import after the file was
   * moved made a new library at the old path and put the article there (session 17 review, #1).
   */
  private readonly opened: string | undefined;

  private prestarted: PrestartedWorker | undefined;

  /** True while an import runs. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** How many imports have ended (done, cancelled or failed): the engine's watch for other processes' writes reads it. */
  get ended(): number {
    return this.endedCount;
  }

  private endedCount = 0;

  /**
   * Imports `paths`; resolves with the report when the worker is done (or cancelled). `defaults`
   * give the collection of every article and the outlet and language of those whose files give none.
   */
  run(
    paths: readonly string[],
    options: {
      mappings?: WorkerRequest['mappings'];
      tableMapping?: WorkerRequest['tableMapping'];
      defaults?: ImportDefaults;
      group?: boolean;
    } = {}
  ): Promise<ImportReport> {
    if (this.running) throw new AppFailure('unavailable', 'An import is already running; wait for it or cancel it.');
    try {
      refuseIfGone(this.file, this.opened);
    } catch (error) {
      // NB: a rejection, not a throw: the engine's catch-ups call `run(…).then(…)` and must not throw.
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const stop = new AbortController();
    const { outlet, language, collection } = options.defaults ?? {};
    // An empty field in the dialog means no default.
    const defaults = { ...(outlet ? { outlet } : {}), ...(language ? { language } : {}) };
    const request: WorkerRequest = {
      file: this.file,
      ...(this.opened !== undefined ? { libraryIdentity: this.opened } : {}),
      cancelFlag: abortFlagOf(stop.signal),
      paths,
      collection: collection || null,
      ...(Object.keys(defaults).length ? { defaults } : {}),
      ...(options.mappings ? { mappings: options.mappings } : {}),
      ...(options.tableMapping ? { tableMapping: options.tableMapping } : {}),
      ...(options.group === false ? { group: false } : {}),
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {})
    };
    const worker = this.prestarted ? this.prestarted.give(request) : startWorker('importWorker', import.meta.dirname, request);
    this.prestarted = undefined;
    const job = { worker, stop };
    this.running = job;
    const started = Date.now();
    const storiesEvent = this.options.onStoriesProgress;
    const storiesProgress = storiesEvent ? throttleProgress(storiesEvent) : undefined;
    let grouping = false;
    return new Promise<ImportReport>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void, failure?: string) => {
        if (settled) return;
        settled = true;
        this.running = undefined;
        this.endedCount++;
        if (grouping)
          storiesEvent?.(
            failure === undefined ? { state: 'done', job: 'import' } : { state: 'failed', job: 'import', message: failure }
          );
        fn();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress' || message.type === 'grouping') {
          const { done, total, currentPath, counts } = message.progress;
          const seconds = Math.max((Date.now() - started) / 1000, 0.001);
          const rate = done / seconds;
          const grouping = message.type === 'grouping';
          this.options.onProgress?.({
            done,
            total,
            currentPath,
            ...counts,
            filesPerSecond: rate,
            etaSeconds: grouping ? null : rate > 0 ? (total - done) / rate : null,
            phase: grouping ? 'grouping' : 'reading'
          });
        } else if (message.type === 'stories') {
          grouping = true;
          storiesProgress?.({ state: 'running', job: 'import', ...message.progress });
        } else if (message.type === 'done') {
          settle(() => resolve(message.report));
          void worker.terminate();
        } else {
          settle(
            () =>
              reject(message.code === 'disk-full' ? new AppFailure('disk-full', message.message) : new Error(message.message)),
            message.message
          );
          void worker.terminate();
        }
      });
      worker.on('error', (error) => settle(() => reject(error), `the import failed: ${error.message}`));
      worker.on('exit', (code) => {
        const message = `The import stopped unexpectedly (worker exit ${code}).`;
        settle(() => reject(new Error(message)), message);
      });
    });
  }

  /** Asks the running import to stop after the current file; what was committed stays. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.stop.abort();
    return true;
  }
}
