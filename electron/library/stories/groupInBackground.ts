import { startWorker } from '../workers/startWorker';

/** What the host sends the stories worker as `workerData`. */
export interface StoriesWorkerRequest {
  readonly file: string;
  readonly nativeBinding?: string;
}

/** Why the promise of {@link groupStoriesInBackground} rejects when its signal stopped it. */
export class GroupingStoppedError extends Error {
  constructor() {
    super('Grouping stories was stopped.');
    this.name = 'AbortError';
  }
}

/** What the stories worker posts back, once. */
export type StoriesWorkerMessage = { readonly ok: true; readonly grouped: boolean } | { readonly ok: false; readonly message: string };

/**
 * Groups the library's unplaced articles into stories in a worker thread (see `ensureStories`).
 *
 * @param signal stops the worker (the engine closing): its transaction rolls back, nothing is lost.
 * @returns true when it regrouped, false when every article was placed already.
 * @throws {@link GroupingStoppedError} when stopped; an Error when the worker fails or exits before it answers.
 */
export function groupStoriesInBackground(request: StoriesWorkerRequest, signal?: AbortSignal): Promise<boolean> {
  const worker = startWorker('storiesWorker', import.meta.dirname, request);
  return new Promise<boolean>((resolve, reject) => {
    signal?.addEventListener(
      'abort',
      () => {
        reject(new GroupingStoppedError());
        void worker.terminate();
      },
      { once: true }
    );
    worker.once('message', (message: StoriesWorkerMessage) => {
      if (message.ok) resolve(message.grouped);
      else reject(new Error(`Grouping stories failed: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The stories worker stopped (exit ${code}) before it answered.`)));
  });
}
