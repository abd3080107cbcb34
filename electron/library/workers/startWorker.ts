import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts one of the library's worker threads: the built `<name>.js` (an entry of the main build,
 * in `out/main`, next to or one folder above the chunk that asks), or — when running from source
 * under tests — `<name>.ts` in `sourceDir` through tsx.
 *
 * @param name the worker's entry name (`importWorker`, `extractWorker`, `storiesWorker`).
 * @param sourceDir the caller's `import.meta.dirname`: where the built chunk or the source file is.
 */
export function startWorker(name: string, sourceDir: string, workerData: unknown): Worker {
  for (const candidate of [path.join(sourceDir, `${name}.js`), path.join(sourceDir, '..', `${name}.js`)]) {
    if (fs.existsSync(candidate)) return new Worker(candidate, { workerData });
  }
  const url = JSON.stringify(pathToFileURL(path.join(sourceDir, `${name}.ts`)).href);
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${url}); })`, { eval: true, workerData });
}

/** The `workerData` of a worker started before its job is known: the job comes as its first message. */
export const PRESTARTED = 'crosscheck:prestarted';

/** A worker thread started ahead of its job ({@link prestartWorker}). */
export interface PrestartedWorker {
  /** Hands the worker its job (what {@link startWorker} would pass as `workerData`), once. */
  give(workerData: unknown): Worker;
  /** Ends the worker when it will not be given a job after all. */
  discard(): void;
}

/**
 * Starts a worker before its job is known, so that starting its thread and loading its modules
 * (a tenth of a second or more) overlap with what the caller does meanwhile — `crosscheck import`
 * starts the import worker, then loads the contract and opens the library. The worker reads its
 * job with `jobOf` (workers/workerJob.ts). It does not keep the process alive until given one.
 */
export function prestartWorker(name: string, sourceDir: string): PrestartedWorker {
  const worker = startWorker(name, sourceDir, PRESTARTED);
  worker.unref();
  // NB: nobody listens before the job is given: an error then (its modules failed to load) would
  // be thrown in the host, and its exit missed. A worker that ended is replaced by a new one given
  // the job, whose failure is then reported as any import's.
  let ended = false;
  worker.on('error', () => undefined);
  worker.once('exit', () => (ended = true));
  let used = false;
  return {
    give(workerData) {
      if (used) throw new Error(`The prestarted ${name} was already given its job.`);
      used = true;
      if (ended) return startWorker(name, sourceDir, workerData);
      worker.ref();
      worker.postMessage(workerData);
      return worker;
    },
    discard() {
      if (used) return;
      used = true;
      void worker.terminate();
    }
  };
}
