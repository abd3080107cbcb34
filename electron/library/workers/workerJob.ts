import { parentPort, workerData } from 'node:worker_threads';
import { PRESTARTED } from './startWorker';

/**
 * A worker's job: its `workerData`, or — when it was started ahead of the job
 * (`prestartWorker`) — the first message from its host. `meanwhile` runs while a prestarted
 * worker waits (work its job will likely need, done on a core that would otherwise be idle).
 */
export function jobOf<T>(meanwhile?: () => void): Promise<T> {
  if (workerData !== PRESTARTED) return Promise.resolve(workerData as T);
  return new Promise<T>((resolve) => {
    parentPort!.once('message', (job: T) => resolve(job));
    meanwhile?.();
  });
}
