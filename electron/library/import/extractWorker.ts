import { parentPort, workerData } from 'node:worker_threads';
import { REPORT_THE_BUG, errorMessage } from './formats/failure';
import { type ProcessOptions, processFile } from './processFile';
import type { FoundFile } from './walk';

/**
 * An extraction worker of the pool: reads, extracts and prepares the files it is sent, one at a
 * time in the order sent (the pool's time limit assumes it), and posts each outcome back. It
 * holds no database connection.
 */
const options = workerData as ProcessOptions;
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (task: { id: number; file: FoundFile }) => {
  queue = queue.then(() =>
    processFile(task.file, options).then(
      (outcome) => parentPort?.postMessage({ id: task.id, outcome }),
      (error: unknown) =>
        parentPort?.postMessage({
          id: task.id,
          outcome: {
            ok: false,
            code: 'internal',
            message: `This file could not be read: ${REPORT_THE_BUG}.`,
            detail: errorMessage(error)
          }
        })
    )
  );
});
