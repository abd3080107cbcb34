import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../library';
import { refuseIfGone } from '../libraryIdentity';
import { signalOfAbortFlag } from '../workers/abortFlag';
import { ensureStories } from './ensureStories';
import type { StoriesWorkerMessage, StoriesWorkerRequest } from './groupInBackground';
import { isStopped, type StoriesJobProgress } from './jobProgress';
import { regroupStories } from './regroup';

/**
 * The stories worker: groups a library's articles into stories on its own connection, off the
 * engine's thread — on a library of tens of thousands of articles that takes seconds, during which
 * the engine keeps answering searches and lists (WAL: they read the last committed stories until
 * the worker's one write transaction commits). It posts where it is as it goes; the host's stop
 * (a shared word: workers/abortFlag.ts) is looked at every few hundred articles and rolls back.
 */
const request = workerData as StoriesWorkerRequest;
const signal = signalOfAbortFlag(request.cancelFlag);
const post = (message: StoriesWorkerMessage) => parentPort?.postMessage(message);

/**
 * A testing aid, off unless set: each phase, once announced, waits this long (a stop ends the wait
 * at once), so a test can watch a regroup of a few articles and stop it (docs/import.md, "Testing aid").
 */
const phaseDelayMs = Number(process.env['CROSSCHECK_STORIES_PHASE_DELAY_MS'] ?? 0) || 0;
let phase: StoriesJobProgress['phase'] | undefined;
const onProgress = (progress: StoriesJobProgress) => {
  post({ type: 'progress', progress });
  if (phaseDelayMs > 0 && progress.phase !== phase) {
    // NB: the wait is on the stop's own word, so a stop wakes it (Atomics.notify in abortFlagOf).
    Atomics.wait(new Int32Array(request.cancelFlag), 0, 0, phaseDelayMs);
  }
  phase = progress.phase;
};

try {
  // NB: by its path, which may name nothing now (the file was moved since the host opened it).
  refuseIfGone(request.file, request.libraryIdentity);
  const library = openLibrary(request.file, {
    write: true,
    ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {})
  });
  let done: StoriesWorkerMessage;
  try {
    if (request.job === 'regroup') done = { type: 'done', grouped: true, stories: regroupStories(library.db, { signal, onProgress }) };
    else done = { type: 'done', grouped: ensureStories(library.db, { signal, onProgress }) };
  } finally {
    library.close();
  }
  // NB: after closing: the host ends the worker when it hears how the job ended.
  post(done);
} catch (error) {
  if (isStopped(error)) post({ type: 'stopped' });
  else {
    const code = (error as { code?: unknown } | null)?.code;
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) });
  }
}
