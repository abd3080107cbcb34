/** Messages between the fuzzer (fuzz.ts, runner.ts) and the thread running a target (fuzzWorker.ts). */

/** `workerData` of a target's thread. */
export interface WorkerSetup {
  readonly target: string;
  /** Inputs run before coverage starts, to load what the target loads lazily (a seed or two). */
  readonly warmUp: readonly Uint8Array[];
}

/** One input to run. */
export interface RunRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

/** What became of one input: fine (including the file's own typed failure), or a bug. */
export type Verdict = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly detail: string };

/** The answer to a {@link RunRequest}: the verdict and the coverage features reached for the first time in this thread. */
export interface RunAnswer {
  readonly id: number;
  readonly verdict: Verdict;
  readonly features: readonly string[];
}
