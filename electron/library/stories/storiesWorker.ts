import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../library';
import { ensureStories } from './ensureStories';
import type { StoriesWorkerMessage, StoriesWorkerRequest } from './groupInBackground';

/**
 * The stories worker: groups a library's unplaced articles into stories on its own connection,
 * off the host's event loop — on a library of tens of thousands of articles that takes seconds,
 * which the window's process must not spend before (or while) it shows the window.
 */
const request = workerData as StoriesWorkerRequest;
const post = (message: StoriesWorkerMessage) => parentPort?.postMessage(message);

try {
  const library = openLibrary(request.file, {
    write: true,
    ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {})
  });
  try {
    post({ ok: true, grouped: ensureStories(library.db) });
  } finally {
    library.close();
  }
} catch (error) {
  post({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
