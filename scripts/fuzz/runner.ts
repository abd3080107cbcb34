import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunAnswer, Verdict, WorkerSetup } from './protocol';

/** What one execution gave: the verdict (with `hang`, `crash` and `memory` from here) and the new features. */
export interface Execution {
  readonly verdict: Verdict;
  readonly features: readonly string[];
}

/** Memory a target's thread may use before it counts as a blow-up (V8's old generation, MB). */
const MEMORY_MB = 768;

/**
 * Runs a target's inputs in a worker thread (fuzzWorker.ts) one at a time, as the import's
 * extraction pool does: an input that runs past `timeoutMs` gets its thread terminated (a
 * `hang`), a thread that dies is a `crash` and one out of memory a `memory` finding; a new thread
 * takes over for the next input.
 */
export class TargetRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending: { id: number; settle: (e: Execution) => void; timer: NodeJS.Timeout } | undefined;
  /** Threads started (one more after each hang, crash or blow-up). */
  starts = 0;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly timeoutMs: number
  ) {}

  /** Starts the thread now, so its start-up (loading the parsers) is not counted in a time budget. */
  async start(): Promise<void> {
    if (!this.worker) await this.spawn();
  }

  async run(bytes: Uint8Array): Promise<Execution> {
    const worker = this.worker ?? (await this.spawn());
    return new Promise((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.fail({ ok: false, code: 'hang', detail: `ran past ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      this.pending = { id, settle: resolve, timer };
      worker.postMessage({ id, bytes });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  /** Ends the pending input with `verdict` and drops the thread (the next run starts another). */
  private fail(verdict: Verdict): void {
    const pending = this.pending;
    this.pending = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.settle({ verdict, features: [] });
  }

  private spawn(): Promise<Worker> {
    this.starts++;
    const url = JSON.stringify(pathToFileURL(path.join(import.meta.dirname, 'fuzzWorker.ts')).href);
    const worker = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${url}); })`, {
      eval: true,
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
      stdout: true,
      stderr: true
    });
    // NB: a parser's console noise (pdf.js warnings) would drown the report.
    worker.stdout.resume();
    worker.stderr.resume();
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.on('message', (message: RunAnswer | { ready: true }) => {
        if ('ready' in message) return resolve(worker);
        const pending = this.pending;
        if (!pending || pending.id !== message.id || this.worker !== worker) return;
        this.pending = undefined;
        clearTimeout(pending.timer);
        pending.settle({ verdict: message.verdict, features: message.features });
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (this.worker !== worker) return;
        if (!this.pending) return reject(error);
        const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.fail({ ok: false, code: memory ? 'memory' : 'crash', detail: `${error.name}: ${error.message}` });
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        if (!this.pending) return reject(new Error(`The fuzz target's thread stopped (exit code ${code}) before it was ready.`));
        this.fail({ ok: false, code: 'crash', detail: `the thread exited with code ${code}` });
      });
    });
  }
}
