import { abortFlagOf } from '../workers/abortFlag';
import { startWorker } from '../workers/startWorker';
import { GroupingStoppedError, type StoriesJobProgress } from './jobProgress';

export { GroupingStoppedError } from './jobProgress';

/**
 * What the stories worker does: `ensure` groups the articles in no story (see `ensureStories`),
 * `regroup` groups the whole library again (`regroupStories`, the Stories view's Regroup button).
 */
export type StoriesJob = 'ensure' | 'regroup';

/** What the host sends the stories worker as `workerData`. */
export interface StoriesWorkerRequest {
  readonly file: string;
  /** The file the host opened (libraryIdentity.ts): the worker opens no other, and makes none. */
  readonly libraryIdentity?: string;
  /** Default `ensure`. */
  readonly job?: StoriesJob;
  readonly nativeBinding?: string;
  /** The host's stop as a shared memory word (workers/abortFlag.ts): grouping is one long synchronous run. */
  readonly cancelFlag: SharedArrayBuffer;
}

/**
 * What the stories worker posts back: progress (as often as it comes; the host throttles), then
 * once how it ended: whether it grouped and how many stories the library has afterwards (after a
 * `regroup`), or that it was stopped and rolled back, or why it failed.
 */
export type StoriesWorkerMessage =
  | { readonly type: 'progress'; readonly progress: StoriesJobProgress }
  | { readonly type: 'done'; readonly grouped: boolean; readonly stories?: number }
  | { readonly type: 'stopped' }
  | { readonly type: 'failed'; readonly message: string; readonly code?: string };

/** The worker's answer to a job that finished. */
export interface StoriesWorkerAnswer {
  readonly grouped: boolean;
  readonly stories?: number;
}

/** How {@link groupStoriesInBackground} is watched and stopped. */
export interface BackgroundWatch {
  /** Stops the job: the worker rolls back and answers; the promise rejects with {@link GroupingStoppedError}. */
  readonly signal?: AbortSignal;
  /** Ends the worker at once (the engine closing): its connection closes, and its transaction rolls back with it. */
  readonly kill?: AbortSignal;
  readonly onProgress?: (progress: StoriesJobProgress) => void;
}

/**
 * How long a stopped worker has to roll back and answer before it is ended: it looks at the signal
 * every few hundred articles, but reading a large library's rows is one statement.
 */
const STOP_GRACE_MS = 10_000;

/**
 * Runs a stories job in a worker thread on its own connection (issue 14): grouping a library of
 * tens of thousands of articles takes seconds, which the engine's thread must spend answering
 * searches instead. The worker writes in its own transaction, so readers never wait on it.
 *
 * @throws {@link GroupingStoppedError} when stopped (nothing written); an Error when the worker
 *   fails or exits before it answers (with the worker's `code`, such as `read-only`, when it had one).
 */
export function groupStoriesInBackground(
  request: Omit<StoriesWorkerRequest, 'cancelFlag'>,
  { signal, kill, onProgress }: BackgroundWatch = {}
): Promise<StoriesWorkerAnswer> {
  if (signal?.aborted || kill?.aborted) return Promise.reject(new GroupingStoppedError());
  const stop = new AbortController();
  const worker = startWorker('storiesWorker', import.meta.dirname, { ...request, cancelFlag: abortFlagOf(stop.signal) });
  return new Promise<StoriesWorkerAnswer>((resolve, reject) => {
    let grace: NodeJS.Timeout | undefined;
    const end = (settle: () => void) => {
      clearTimeout(grace);
      signal?.removeEventListener('abort', onStop);
      kill?.removeEventListener('abort', onKill);
      settle();
      void worker.terminate();
    };
    const onStop = () => {
      stop.abort();
      grace = setTimeout(() => end(() => reject(new GroupingStoppedError())), STOP_GRACE_MS);
    };
    const onKill = () => {
      stop.abort();
      end(() => reject(new GroupingStoppedError()));
    };
    signal?.addEventListener('abort', onStop, { once: true });
    kill?.addEventListener('abort', onKill, { once: true });
    worker.on('message', (message: StoriesWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') end(() => resolve({ grouped: message.grouped, ...(message.stories !== undefined ? { stories: message.stories } : {}) }));
      else if (message.type === 'stopped') end(() => reject(new GroupingStoppedError()));
      else
        end(() =>
          reject(Object.assign(new Error(`Grouping stories failed: ${message.message}`), message.code !== undefined ? { code: message.code } : {}))
        );
    });
    worker.once('error', (error) => end(() => reject(error)));
    worker.once('exit', (code) => end(() => reject(new Error(`The stories worker stopped (exit ${code}) before it answered.`))));
  });
}
