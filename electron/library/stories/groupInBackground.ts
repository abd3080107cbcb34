import { startWorker } from '../workers/startWorker';

/**
 * What the stories worker does: `ensure` groups the articles in no story (see `ensureStories`),
 * `regroup` groups the whole library again (`regroupStories`, the Stories view's Regroup button).
 */
export type StoriesJob = 'ensure' | 'regroup';

/** What the host sends the stories worker as `workerData`. */
export interface StoriesWorkerRequest {
  readonly file: string;
  /** Default `ensure`. */
  readonly job?: StoriesJob;
  readonly nativeBinding?: string;
}

/** Why the promise of {@link groupStoriesInBackground} rejects when its signal stopped it. */
export class GroupingStoppedError extends Error {
  constructor() {
    super('Grouping stories was stopped.');
    this.name = 'AbortError';
  }
}

/**
 * What the stories worker posts back, once: whether it grouped, and how many stories the library
 * has afterwards (after a `regroup`; after an `ensure` that grouped).
 */
export type StoriesWorkerMessage =
  | { readonly ok: true; readonly grouped: boolean; readonly stories?: number }
  | { readonly ok: false; readonly message: string; readonly code?: string };

/** The worker's answer to a job that finished. */
export type StoriesWorkerAnswer = Extract<StoriesWorkerMessage, { ok: true }>;

/**
 * Runs a stories job in a worker thread on its own connection (issue 14): grouping a library of
 * tens of thousands of articles takes seconds, which the engine's thread must spend answering
 * searches instead. The worker writes in its own transaction, so readers never wait on it.
 *
 * @param signal stops the worker (the engine closing): its transaction rolls back, nothing is lost.
 * @throws {@link GroupingStoppedError} when stopped; an Error when the worker fails or exits before
 *   it answers (with the worker's `code`, such as `read-only`, when it had one).
 */
export function groupStoriesInBackground(request: StoriesWorkerRequest, signal?: AbortSignal): Promise<StoriesWorkerAnswer> {
  if (signal?.aborted) return Promise.reject(new GroupingStoppedError());
  const worker = startWorker('storiesWorker', import.meta.dirname, request);
  return new Promise<StoriesWorkerAnswer>((resolve, reject) => {
    signal?.addEventListener(
      'abort',
      () => {
        reject(new GroupingStoppedError());
        void worker.terminate();
      },
      { once: true }
    );
    worker.once('message', (message: StoriesWorkerMessage) => {
      if (message.ok) resolve(message);
      else reject(Object.assign(new Error(`Grouping stories failed: ${message.message}`), message.code !== undefined ? { code: message.code } : {}));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The stories worker stopped (exit ${code}) before it answered.`)));
  });
}
