import type { FileOutcome } from './processFile';
import type { FoundFile } from './walk';

/** Reads one file; resolves with what became of it. */
export type FileProcessor = (file: FoundFile) => Promise<FileOutcome>;

/** A file of the queue: its outcome once known. */
interface Slot {
  readonly promise: Promise<FileOutcome>;
  outcome: FileOutcome | undefined;
  /** Read by this thread (not counted against the processor's read-ahead). */
  readonly here: boolean;
}

/** How the importing thread may read files itself while it would otherwise wait. */
export interface ReadHere {
  /** Reads a file in this thread. */
  readonly read: FileProcessor;
  /** Whether a file may be read in this thread (a parser that could hang may not). */
  readonly allowed: (file: FoundFile) => boolean;
  /** The import's cancel: once aborted, nothing more is read here. */
  readonly signal?: AbortSignal;
}

/** Fewest files handed to the processor at once while more remain (fewer only at the end, or when `ahead` is smaller). */
const REFILL = 64;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The outcomes of an import's files, in file order (so which copy of an article counts as the
 * first is the same however the work is spread), read ahead through `processor` — the extraction
 * pool for a large import — at most `ahead` at a time.
 *
 * With `here`, the importing thread reads files too while the oldest one is not back yet: it takes
 * the next file not yet handed out, reads it itself and queues its outcome, until the oldest
 * outcome arrives. NB: on two cores the extraction worker is the bottleneck of a large import and
 * the writing thread waited for it about a third of the time; a second extraction worker gains
 * nothing there (three busy threads on two cores), while this fills exactly the writer's idle time.
 */
export class ReadAhead {
  private readonly queue: Slot[] = [];
  private next = 0;
  /** Slots of the processor's in the queue. */
  private pending = 0;
  /** Slots read here in the queue (held outcomes, bounded by `ahead`). */
  private heldHere = 0;

  constructor(
    private readonly files: readonly FoundFile[],
    private readonly processor: FileProcessor,
    private readonly ahead: number,
    private readonly here?: ReadHere
  ) {}

  /** What became of the next file in order; call once per file. */
  async take(): Promise<FileOutcome> {
    this.fill();
    const head = this.queue[0];
    if (!head) throw new Error('ReadAhead: every file was taken.');
    while (head.outcome === undefined && this.mayReadHere()) {
      const file = this.files[this.next++]!;
      const outcome = await this.here!.read(file);
      this.queue.push({ promise: Promise.resolve(outcome), outcome, here: true });
      this.heldHere++;
      // Lets the processor's answers in (they arrive as events), so the loop stops as soon as the
      // oldest file is back.
      await yieldToEventLoop();
    }
    this.queue.shift();
    if (head.here) this.heldHere--;
    else this.pending--;
    return head.outcome ?? head.promise;
  }

  /** Files handed out and not taken (a cancelled import): lets their work settle quietly. */
  abandon(): void {
    for (const slot of this.queue.splice(0)) slot.promise.catch(() => {});
  }

  private mayReadHere(): boolean {
    const here = this.here;
    return (
      here !== undefined &&
      this.heldHere < this.ahead &&
      this.next < this.files.length &&
      here.signal?.aborted !== true &&
      here.allowed(this.files[this.next]!)
    );
  }

  private fill(): void {
    // NB: topped up in runs of REFILL files, not one per take: the pool sends the files handed to it
    // at once as one message (extractPool.ts), and a message per file cost the writing thread and
    // the extraction worker ~21,000 wake-ups on reuters-21578.
    if (this.pending > this.ahead - Math.min(REFILL, this.ahead)) return;
    while (this.pending < this.ahead && this.next < this.files.length) {
      const slot: Slot = { promise: this.processor(this.files[this.next++]!), outcome: undefined, here: false };
      slot.promise.then(
        (outcome) => {
          slot.outcome = outcome;
        },
        () => {}
      );
      this.queue.push(slot);
      this.pending++;
    }
  }
}
