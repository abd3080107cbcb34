import type { CompareArticleInput, Comparison } from '@shared/compare/compareArticlesTypes';

/** A finished comparison and how long the worker took. */
export interface CompareDone {
  readonly comparison: Comparison;
  readonly milliseconds: number;
}

/** Compares articles off the window's thread (`compareInWorker`; a fake in tests), stopping when `signal` aborts. */
export type CompareRunner = (articles: readonly CompareArticleInput[], signal: AbortSignal) => Promise<CompareDone>;

/** The comparison of one key: under way since `startedAt`, done, or failed. */
export interface CompareRun {
  readonly key: string;
  /** When the run started (`performance.now()`). */
  readonly startedAt: number;
  readonly done: CompareDone | null;
  readonly failed: boolean;
}

/**
 * The window's one comparison run, outside React (useComparison reads it with
 * useSyncExternalStore): a run is keyed by what it compares, asking again for the key shown or
 * under way changes nothing, and asking for another key stops the run under way, whose answer is
 * then never shown, however late it comes.
 */
export class CompareRuns {
  private run: CompareRun | null = null;
  private controller: AbortController | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly runner: CompareRunner) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The run of the last key asked for; null before any, or after {@link stop}. */
  readonly snapshot = (): CompareRun | null => this.run;

  /** Compares `articles` as `key`, unless that is the comparison shown or under way. Failures go to `onError`. */
  ensure(key: string, articles: readonly CompareArticleInput[], onError: (error: unknown) => void): void {
    if (this.run?.key === key) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const started: CompareRun = { key, startedAt: performance.now(), done: null, failed: false };
    this.set(started);
    this.runner(articles, controller.signal).then(
      (done) => {
        if (this.controller === controller) this.set({ ...started, done });
      },
      (error: unknown) => {
        if (this.controller !== controller) return;
        this.set({ ...started, failed: true });
        onError(error);
      }
    );
  }

  /** Stops the run under way, if any, and forgets the last one. */
  stop(): void {
    this.controller?.abort();
    this.controller = null;
    if (this.run) this.set(null);
  }

  private set(run: CompareRun | null): void {
    this.run = run;
    for (const listener of [...this.listeners]) listener();
  }
}
