import { type MutationOptions, mutate } from './mutate';
import type { Verdict } from './protocol';
import type { Random } from './random';
import type { Execution } from './runner';

/** An input that found a bug, with the verdict it got. */
export interface Finding {
  readonly signature: string;
  readonly verdict: Extract<Verdict, { ok: false }>;
  readonly input: Uint8Array;
}

/** How long to fuzz and how. */
export interface LoopOptions {
  readonly seeds: readonly Uint8Array[];
  readonly random: Random;
  readonly mutation: MutationOptions;
  /** Runs one input where its coverage is taken. */
  readonly run: (bytes: Uint8Array) => Promise<Execution>;
  /** Stop after this many executions (seeds included): the same seed then gives the same run. */
  readonly runs?: number;
  /** Or stop at this time (`Date.now()`), whichever comes first. */
  readonly deadline?: number;
}

/** What a fuzzing run found. */
export interface LoopResult {
  readonly executions: number;
  /** Coverage features (functions and blocks) reached. */
  readonly features: number;
  /** Inputs kept because each reached something new, seeds first. */
  readonly corpus: readonly Uint8Array[];
  /** The first input of each distinct finding. */
  readonly findings: readonly Finding[];
  /** Inputs that found a bug, all counted. */
  readonly findingRuns: number;
  /** Inputs that passed the time limit once but not when run again (a busy machine, not a hang). */
  readonly slow: number;
}

/**
 * Coverage-guided fuzzing: every seed is run, and kept when it reaches a block no input reached
 * before; then, until the budget is spent, a kept input is mutated and run, and kept in turn when
 * it reaches something new. Inputs that find a bug are collected by {@link signatureOf}.
 */
export async function fuzzLoop(options: LoopOptions): Promise<LoopResult> {
  const reached = new Set<string>();
  const corpus: Uint8Array[] = [];
  const findings = new Map<string, Finding>();
  let executions = 0;
  let findingRuns = 0;
  let slow = 0;
  const spent = (): boolean =>
    (options.runs !== undefined && executions >= options.runs) ||
    (options.deadline !== undefined && Date.now() >= options.deadline);

  const attempt = async (bytes: Uint8Array): Promise<boolean> => {
    let { verdict, features } = await options.run(bytes);
    executions++;
    if (!verdict.ok && verdict.code === 'hang') {
      // NB: on a busy machine a slow input can pass the time limit once; a hang must happen twice
      // (the second time on a fresh thread) to count.
      ({ verdict, features } = await options.run(bytes));
      if (verdict.ok) slow++;
    }
    let fresh = false;
    for (const feature of features) {
      if (reached.has(feature)) continue;
      reached.add(feature);
      fresh = true;
    }
    if (!verdict.ok) {
      findingRuns++;
      const signature = signatureOf(verdict);
      if (!findings.has(signature)) findings.set(signature, { signature, verdict, input: bytes });
      return false;
    }
    if (fresh) corpus.push(bytes);
    return fresh;
  };

  for (const seed of options.seeds) {
    if (spent()) break;
    await attempt(seed);
  }
  // Something to mutate even when no seed reached anything (or none was given).
  if (corpus.length === 0) corpus.push(options.seeds[0] ?? new Uint8Array(0));
  while (!spent()) {
    // Newer entries are picked more often: they sit at the edge of what has been reached.
    const index = options.random.chance(0.5)
      ? corpus.length - 1 - options.random.below(Math.min(corpus.length, 8))
      : options.random.below(corpus.length);
    await attempt(mutate(corpus[index]!, corpus, options.random, options.mutation));
  }
  return { executions, features: reached.size, corpus, findings: [...findings.values()], findingRuns, slow };
}

/** What tells two findings apart: the code and the first line of the reason, numbers left out. */
export function signatureOf(verdict: Extract<Verdict, { ok: false }>): string {
  const reason = verdict.detail.split('\n')[0]!.replace(/\d+/g, 'N').slice(0, 160);
  return `${verdict.code}: ${reason}`;
}

/**
 * Shrinks an input while it still gives the same finding: drops halves, then quarters… of it
 * (ddmin, greedily), within `budget` runs.
 */
export async function minimise(
  input: Uint8Array,
  signature: string,
  run: (bytes: Uint8Array) => Promise<Execution>,
  budget = 200
): Promise<Uint8Array> {
  let best = input;
  let runs = 0;
  for (let chunk = Math.ceil(best.length / 2); chunk >= 1 && runs < budget; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
    for (let at = 0; at < best.length && runs < budget;) {
      const candidate = new Uint8Array(best.length - Math.min(chunk, best.length - at));
      candidate.set(best.subarray(0, at));
      candidate.set(best.subarray(at + chunk), at);
      runs++;
      const { verdict } = await run(candidate);
      if (!verdict.ok && signatureOf(verdict) === signature) best = candidate;
      else at += chunk;
    }
  }
  return best;
}
