import { Session } from 'node:inspector';

/** One range of V8's block coverage report. */
interface CoverageRange {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly count: number;
}

interface ScriptCoverage {
  readonly url: string;
  readonly functions: ReadonlyArray<{ readonly ranges: readonly CoverageRange[] }>;
}

/**
 * V8 block coverage of the code running in this thread (an inspector session on the thread's own
 * isolate: a worker's session sees the worker's code, so the target must run where this is made).
 *
 * NB: with `callCount: false` V8 reports, after the first take, only the functions that ran since
 * the last take, and inside them only the blocks that did *not* run (count 0): a block that ran is
 * merged into its function's range. So a block is known once it has been seen not running, and it
 * counts as reached when its function ran and no range with count 0 covers it. A block that runs
 * every time its function does is counted with the function.
 */
export class BlockCoverage {
  private readonly session = new Session();
  /** Blocks seen so far, per function (`scriptId:functionStart`), as `start:end`. */
  private readonly blocks = new Map<string, Set<string>>();
  /** Every feature (a function or a block) reached so far in this thread. */
  private readonly reached = new Set<string>();

  /** @param wanted which scripts count (by URL): the code under test, not the fuzzer. */
  constructor(private readonly wanted: (url: string) => boolean) {}

  /** Starts collecting; what ran before (module loading) is dropped by a first take. */
  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.startPreciseCoverage', { callCount: false, detailed: true });
    await this.post('Profiler.takePreciseCoverage');
  }

  /**
   * The features reached since the last call that this thread had never reached before (empty
   * when the input found nothing new).
   */
  async takeNew(): Promise<string[]> {
    const { result } = (await this.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
    const found: string[] = [];
    for (const script of result) {
      if (!this.wanted(script.url)) continue;
      // NB: keyed by URL, not V8's scriptId, so the keys stay the same in a worker started again.
      const id = script.url;
      for (const fn of script.functions) {
        const [whole, ...inner] = fn.ranges;
        if (!whole || whole.count === 0) continue;
        const key = `${id}:${whole.startOffset}`;
        this.add(key, found);
        let known = this.blocks.get(key);
        if (!known) this.blocks.set(key, (known = new Set()));
        for (const range of inner) known.add(`${range.startOffset}:${range.endOffset}`);
        for (const block of known) {
          const [start, end] = block.split(':').map(Number) as [number, number];
          if (countAt(inner, start, end) !== 0) this.add(`${key}:${block}`, found);
        }
      }
    }
    return found;
  }

  /** Features reached so far in this thread. */
  get size(): number {
    return this.reached.size;
  }

  async stop(): Promise<void> {
    await this.post('Profiler.stopPreciseCoverage');
    this.session.disconnect();
  }

  private add(feature: string, found: string[]): void {
    if (this.reached.has(feature)) return;
    this.reached.add(feature);
    found.push(feature);
  }

  private post(method: string, params: object = {}): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.session.post(method, params, (error, answer) => (error ? reject(error) : resolve(answer)));
    });
  }
}

/** The count of the innermost reported range holding [start, end), or 1 when none does (it ran with its function). */
function countAt(ranges: readonly CoverageRange[], start: number, end: number): number {
  let best: CoverageRange | undefined;
  for (const range of ranges) {
    if (range.startOffset <= start && range.endOffset >= end) {
      if (!best || range.endOffset - range.startOffset <= best.endOffset - best.startOffset) best = range;
    }
  }
  return best ? best.count : 1;
}
