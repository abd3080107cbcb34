import { parentPort, workerData } from 'node:worker_threads';
import { REPORT_THE_BUG, errorMessage } from './formats/failure';
import { isPlainTextName } from './formats';
import { type FileOutcome, processFile } from './processFile';
import type { ExtractWorkerData, ReadOutcome, ReadTask } from './extractProtocol';

/**
 * An extraction worker of the pool: reads, extracts and prepares the files it is sent, one at a
 * time in the order sent (the pool's time limit assumes it), and posts their outcomes back in
 * batches. It holds no database connection.
 *
 * NB: one message per file cost about a tenth of this thread's time on a large import of short
 * articles (serialising, waking the importing thread, dispatching the event there), so outcomes
 * are held until {@link BATCH} are ready, {@link HOLD_MS} have passed, the thread has nothing else
 * to do, or before a file that may take long (a parser's format, a large text): the importing
 * thread never waits on a held outcome for more than a moment. Which file is being read is kept in
 * a shared word, so when the pool's watchdog stops this thread or it crashes, the pool fails that
 * file and not one whose outcome was held.
 */
const BATCH = 64;
const HOLD_MS = 20;
/** A text this large is read alone: the outcomes before it are posted first. */
const LARGE_TEXT = 1024 * 1024;

const { options, reading } = workerData as ExtractWorkerData;
const current = new Int32Array(reading);
let queue: Promise<void> = Promise.resolve();
let held: ReadOutcome[] = [];
let heldSince = 0;
let flushQueued = false;

function post(): void {
  if (held.length === 0) return;
  parentPort?.postMessage(held);
  held = [];
}

async function read(task: ReadTask): Promise<void> {
  if (task.file.size > LARGE_TEXT || !isPlainTextName(task.file.path)) post();
  Atomics.store(current, 0, task.id);
  const outcome: FileOutcome = await processFile(task.file, options).catch((error: unknown) => ({
    ok: false,
    code: 'internal',
    message: `This file could not be read: ${REPORT_THE_BUG}.`,
    detail: errorMessage(error)
  }));
  if (held.length === 0) heldSince = performance.now();
  held.push({ id: task.id, outcome });
  if (held.length >= BATCH || performance.now() - heldSince >= HOLD_MS) post();
  else if (!flushQueued) {
    // Posts what is held once the files queued now are read (the thread turns to its event loop).
    flushQueued = true;
    setImmediate(() => {
      flushQueued = false;
      post();
    });
  }
}

parentPort?.on('message', (tasks: readonly ReadTask[]) => {
  for (const task of tasks) queue = queue.then(() => read(task));
});
