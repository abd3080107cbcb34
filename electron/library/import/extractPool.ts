import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/startWorker';
import type { ExtractWorkerData, ReadOutcome, ReadTask } from './extractProtocol';
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
  /** The id of the file the worker is reading now, written by the worker (extractProtocol.ts). */
  reading: Int32Array;
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
 * a batch, and message round trips cost more than reading a short text file. Files go to a worker
 * and their outcomes come back several to a message (extractWorker.ts says when it posts).
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ file: FoundFile; resolve: (o: FileOutcome) => void }> = [];
  private nextId = 1;
  private closed = false;
  /** A dispatch is queued for the files {@link process} was given since the last one. */
  private dispatchQueued = false;

  /**
   * @param options how files are read (mappings, size limit, collection) — fixed for the pool.
   * @param size workers; default one per core but one (that one runs the database writes).
   * @param timeoutMs per file; default 60 s (extractors have their own 20 s limits; this one
   *   catches synchronous work they cannot interrupt).
   */
  constructor(
    private readonly options: Omit<ProcessOptions, 'extract'>,
    size = defaultPoolSize(),
    private readonly timeoutMs = 60_000
  ) {
    this.grow(size);
  }

  /** Workers in the pool. */
  get size(): number {
    return this.slots.length;
  }

  /** Files the pool can usefully hold at once (queued in its workers). */
  get capacity(): number {
    return this.size * DEPTH;
  }

  /** Starts more workers, up to `size` in all (a pool started early, before the import knew its files). */
  grow(size: number): void {
    while (this.slots.length < size) {
      const reading = new Int32Array(new SharedArrayBuffer(4));
      this.slots.push({ worker: this.spawn(reading), reading, inflight: [], bytes: 0, watchdog: undefined });
    }
  }

  /**
   * Reads one file in a worker. Files asked for in one go (before this thread turns to its
   * microtasks) reach a worker as one message.
   */
  process(file: FoundFile): Promise<FileOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ file, resolve });
      if (this.dispatchQueued) return;
      this.dispatchQueued = true;
      queueMicrotask(() => {
        this.dispatchQueued = false;
        this.dispatch();
      });
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
    // The files handed to each worker now, sent as one message per worker.
    const sends = new Map<Slot, ReadTask[]>();
    // Fill the emptiest worker first, so a slow file in one does not hold up the queue.
    for (;;) {
      const slot = this.slots.reduce((a, b) => (b.inflight.length < a.inflight.length ? b : a));
      if (slot.inflight.length >= DEPTH || this.waiting.length === 0) break;
      if (slot.inflight.length > 0 && slot.bytes + this.waiting[0]!.file.size > DEPTH_BYTES) break;
      const { file, resolve } = this.waiting.shift()!;
      const task = { id: this.nextId++, file, resolve };
      slot.inflight.push(task);
      slot.bytes += file.size;
      if (slot.inflight.length === 1) this.arm(slot);
      let send = sends.get(slot);
      if (!send) sends.set(slot, (send = []));
      send.push({ id: task.id, file });
    }
    for (const [slot, tasks] of sends) slot.worker.postMessage(tasks);
  }

  /** (Re)starts the slot's watchdog for the file it is reading now. */
  private arm(slot: Slot): void {
    clearTimeout(slot.watchdog);
    slot.watchdog = slot.inflight.length > 0 ? setTimeout(() => this.timedOut(slot), this.timeoutMs) : undefined;
  }

  private timedOut(slot: Slot): void {
    const stuck = this.takeReading(slot);
    if (!stuck) return;
    this.replace(slot);
    stuck.resolve({ ok: false, code: 'timeout', message: tookTooLong(this.timeoutMs) });
    this.dispatch();
  }

  /**
   * Takes the file the slot's worker is reading out of its queue (the oldest when the worker has
   * not said). NB: not always the oldest: the worker holds back outcomes to post them together,
   * and the files before this one, read but unanswered, are read again by the next worker.
   */
  private takeReading(slot: Slot): Task | undefined {
    const reading = Atomics.load(slot.reading, 0);
    const at = Math.max(0, slot.inflight.findIndex((t) => t.id === reading));
    const [task] = slot.inflight.splice(at, 1);
    if (task) slot.bytes -= task.file.size;
    return task;
  }

  /** Terminates the slot's worker and starts another; files it still held go back to the front of the queue. */
  private replace(slot: Slot): void {
    clearTimeout(slot.watchdog);
    slot.watchdog = undefined;
    void slot.worker.terminate();
    this.waiting.unshift(...slot.inflight.splice(0).map(({ file, resolve }) => ({ file, resolve })));
    slot.bytes = 0;
    // A fresh word: the old worker may still write to its own until it stops.
    slot.reading = new Int32Array(new SharedArrayBuffer(4));
    slot.worker = this.spawn(slot.reading);
  }

  private spawn(reading: Int32Array): Worker {
    const data: ExtractWorkerData = { options: this.options, reading: reading.buffer as SharedArrayBuffer };
    const worker = startWorker('extractWorker', import.meta.dirname, data);
    worker.on('message', (outcomes: readonly ReadOutcome[]) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (!slot) return;
      for (const { id, outcome } of outcomes) {
        const head = slot.inflight[0];
        if (!head || head.id !== id) break;
        slot.inflight.shift();
        slot.bytes -= head.file.size;
        head.resolve(outcome);
      }
      this.arm(slot);
      this.dispatch();
    });
    worker.on('error', () => {
      // A worker that crashed: fail the file it was reading and replace it.
      const slot = this.slots.find((s) => s.worker === worker);
      if (!slot || this.closed) return;
      const crashed = this.takeReading(slot);
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
