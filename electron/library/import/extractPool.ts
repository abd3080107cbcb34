import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/startWorker';
import { REPORT_THE_BUG, tookTooLong } from './formats/failure';
import type { FileOutcome, ProcessOptions } from './processFile';
import type { FoundFile } from './walk';

interface Task {
  readonly id: number;
  readonly file: FoundFile;
  readonly resolve: (o: FileOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Files sent to the worker, oldest first; it reads them one after another in this order. */
  inflight: Task[];
  /** Their sizes summed. */
  bytes: number;
  /** Fires when the worker has reported nothing for `timeoutMs`: the oldest file is stuck. */
  watchdog: NodeJS.Timeout | undefined;
}

/**
 * Files handed to each worker ahead of time, so it never waits for the importing thread: enough
 * for a second of short articles, since the importing thread commits a batch in one go and does
 * not hand out files meanwhile. Capped by size too, so large PDFs are not all read at once.
 */
const DEPTH = 1024;
/** Most bytes of files held by one worker at once (one file larger than this is still sent alone). */
const DEPTH_BYTES = 64 * 1024 * 1024;

/** One extraction worker per core but one: that one runs the database writes. */
export function defaultPoolSize(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/**
 * A pool of extraction workers: parsing runs on every core while the importing thread only
 * writes to the database, and a file that runs past its time limit (a parser stuck in a hostile
 * PDF or HTML page) has its worker terminated and replaced, so it fails with `timeout` and the
 * import goes on.
 *
 * NB: each worker holds up to {@link DEPTH} files ({@link DEPTH_BYTES}) and reads them in
 * order. One file at a time would leave it idle whenever the importing thread is busy committing
 * a batch, and message round trips cost more than reading a short text file.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ file: FoundFile; resolve: (o: FileOutcome) => void }> = [];
  private nextId = 1;
  private closed = false;

  /**
   * @param options how files are read (mappings, size limit, collection) — fixed for the pool.
   * @param size workers; default one per core but one (that one runs the database writes).
   * @param timeoutMs per file; default 60 s (extractors have their own 20 s limits; this one
   *   catches synchronous work they cannot interrupt).
   */
  constructor(
    private readonly options: Omit<ProcessOptions, 'extract'>,
    readonly size = defaultPoolSize(),
    private readonly timeoutMs = 60_000
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(), inflight: [], bytes: 0, watchdog: undefined });
  }

  /** Files the pool can usefully hold at once (queued in its workers). */
  get capacity(): number {
    return this.size * DEPTH;
  }

  /** Reads one file in a worker. */
  process(file: FoundFile): Promise<FileOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ file, resolve });
      this.dispatch();
    });
  }

  /** Terminates the workers; files still waiting fail with `cancelled`. */
  async close(): Promise<void> {
    this.closed = true;
    const cancelled: FileOutcome = {
      ok: false,
      code: 'cancelled',
      message: 'The import stopped before this file was read; import it again to read it.'
    };
    for (const w of this.waiting.splice(0)) w.resolve(cancelled);
    for (const slot of this.slots) {
      clearTimeout(slot.watchdog);
      for (const t of slot.inflight.splice(0)) t.resolve(cancelled);
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    // Fill the emptiest worker first, so a slow file in one does not hold up the queue.
    for (;;) {
      const slot = this.slots.reduce((a, b) => (b.inflight.length < a.inflight.length ? b : a));
      if (slot.inflight.length >= DEPTH || this.waiting.length === 0) return;
      if (slot.inflight.length > 0 && slot.bytes + this.waiting[0]!.file.size > DEPTH_BYTES) return;
      const { file, resolve } = this.waiting.shift()!;
      const task = { id: this.nextId++, file, resolve };
      slot.inflight.push(task);
      slot.bytes += file.size;
      if (slot.inflight.length === 1) this.arm(slot);
      slot.worker.postMessage({ id: task.id, file });
    }
  }

  /** (Re)starts the slot's watchdog for the file it is reading now. */
  private arm(slot: Slot): void {
    clearTimeout(slot.watchdog);
    slot.watchdog = slot.inflight.length > 0 ? setTimeout(() => this.timedOut(slot), this.timeoutMs) : undefined;
  }

  private timedOut(slot: Slot): void {
    const stuck = slot.inflight.shift();
    if (!stuck) return;
    slot.bytes -= stuck.file.size;
    this.replace(slot);
    stuck.resolve({ ok: false, code: 'timeout', message: tookTooLong(this.timeoutMs) });
    this.dispatch();
  }

  /** Terminates the slot's worker and starts another; files it still held go back to the front of the queue. */
  private replace(slot: Slot): void {
    clearTimeout(slot.watchdog);
    slot.watchdog = undefined;
    void slot.worker.terminate();
    this.waiting.unshift(...slot.inflight.splice(0).map(({ file, resolve }) => ({ file, resolve })));
    slot.bytes = 0;
    slot.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = startWorker('extractWorker', import.meta.dirname, this.options);
    worker.on('message', (message: { id: number; outcome: FileOutcome }) => {
      const slot = this.slots.find((s) => s.worker === worker);
      const head = slot?.inflight[0];
      if (!slot || !head || head.id !== message.id) return;
      slot.inflight.shift();
      slot.bytes -= head.file.size;
      this.arm(slot);
      head.resolve(message.outcome);
      this.dispatch();
    });
    worker.on('error', () => {
      // A worker that crashed: fail the file it was reading and replace it.
      const slot = this.slots.find((s) => s.worker === worker);
      if (!slot || this.closed) return;
      const crashed = slot.inflight.shift();
      if (crashed) slot.bytes -= crashed.file.size;
      this.replace(slot);
      crashed?.resolve({
        ok: false,
        code: 'internal',
        message: `The reader crashed on this file, so it was skipped: ${REPORT_THE_BUG}.`
      });
      this.dispatch();
    });
    return worker;
  }
}
