import { startWorker } from '../workers/startWorker';

/** What the host sends the stories worker as `workerData`. */
export interface StoriesWorkerRequest {
  readonly file: string;
  readonly nativeBinding?: string;
}

/** What the stories worker posts back, once. */
export type StoriesWorkerMessage = { readonly ok: true; readonly grouped: boolean } | { readonly ok: false; readonly message: string };

/**
 * Groups the library's unplaced articles into stories in a worker thread (see `ensureStories`).
 *
 * @returns true when it regrouped, false when every article was placed already.
 * @throws when the worker fails or stops before it answers.
 */
export function groupStoriesInBackground(request: StoriesWorkerRequest): Promise<boolean> {
  const worker = startWorker('storiesWorker', import.meta.dirname, request);
  return new Promise<boolean>((resolve, reject) => {
    worker.once('message', (message: StoriesWorkerMessage) => {
      if (message.ok) resolve(message.grouped);
      else reject(new Error(`Grouping stories failed: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The stories worker stopped (exit ${code}) before it answered.`)));
  });
}
