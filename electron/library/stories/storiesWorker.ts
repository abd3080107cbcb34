import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../library';
import { ensureStories } from './ensureStories';
import type { StoriesWorkerMessage, StoriesWorkerRequest } from './groupInBackground';
import { regroupStories } from './regroup';

/**
 * The stories worker: groups a library's articles into stories on its own connection, off the
 * engine's thread — on a library of tens of thousands of articles that takes seconds, during which
 * the engine keeps answering searches and lists (WAL: they read the last committed stories until
 * the worker's one write transaction commits).
 */
const request = workerData as StoriesWorkerRequest;
const post = (message: StoriesWorkerMessage) => parentPort?.postMessage(message);

try {
  const library = openLibrary(request.file, {
    write: true,
    ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {})
  });
  try {
    if (request.job === 'regroup') post({ ok: true, grouped: true, stories: regroupStories(library.db) });
    else post({ ok: true, grouped: ensureStories(library.db) });
  } finally {
    library.close();
  }
} catch (error) {
  const code = (error as { code?: unknown } | null)?.code;
  post({ ok: false, message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) });
}
