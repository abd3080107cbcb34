import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, ProcessOptions } from './processFile';
import type { FoundFile } from './walk';

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (o: FileOutcome) => void; timer: NodeJS.Timeout } | undefined;
}

/**
 * A pool of extraction workers: parsing runs on every core while the importing thread only
 * writes to the database, and a file that runs past its time limit (a parser stuck in a hostile
 * PDF or HTML page) has its worker terminated and replaced, so it fails with `timeout` and the
 * import goes on.
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
    readonly size = Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1),
    private readonly timeoutMs = 60_000
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(), busy: undefined });
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
    for (const w of this.waiting.splice(0)) w.resolve({ ok: false, code: 'cancelled', message: 'The import stopped before this file was read.' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.closed || slot.busy || this.waiting.length === 0) continue;
      const { file, resolve } = this.waiting.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => this.timedOut(slot, file), this.timeoutMs);
      slot.busy = { id, resolve, timer };
      slot.worker.postMessage({ id, file });
    }
  }

  private timedOut(slot: Slot, file: FoundFile): void {
    const busy = slot.busy;
    if (!busy) return;
    slot.busy = undefined;
    void slot.worker.terminate();
    slot.worker = this.spawn();
    busy.resolve({ ok: false, code: 'timeout', message: `Reading this file took longer than ${Math.round(this.timeoutMs / 1000)} s; skipped (${path.basename(file.path)}).` });
    this.dispatch();
  }

  private spawn(): Worker {
    const worker = startExtractWorker(this.options);
    worker.on('message', (message: { id: number; outcome: FileOutcome }) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (!slot?.busy || slot.busy.id !== message.id) return;
      clearTimeout(slot.busy.timer);
      const { resolve } = slot.busy;
      slot.busy = undefined;
      resolve(message.outcome);
      this.dispatch();
    });
    worker.on('error', () => {
      // A worker that crashed: fail its file and replace it.
      const slot = this.slots.find((s) => s.worker === worker);
      if (!slot || this.closed) return;
      const busy = slot.busy;
      slot.busy = undefined;
      if (busy) {
        clearTimeout(busy.timer);
        busy.resolve({ ok: false, code: 'internal', message: 'The reader crashed on this file; skipped.' });
      }
      slot.worker = this.spawn();
      this.dispatch();
    });
    return worker;
  }
}

/** The built `extractWorker.js` beside the bundle, or — from source under tests — the TS file through tsx. */
function startExtractWorker(options: Omit<ProcessOptions, 'extract'>): Worker {
  const here = import.meta.dirname;
  for (const candidate of [path.join(here, 'extractWorker.js'), path.join(here, '..', 'extractWorker.js')]) {
    if (fs.existsSync(candidate)) return new Worker(candidate, { workerData: options });
  }
  const url = JSON.stringify(pathToFileURL(path.join(here, 'extractWorker.ts')).href);
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${url}); })`, { eval: true, workerData: options });
}
