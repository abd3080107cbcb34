/**
 * Extension: grows seeds into passages. Seeds close to each other in *both* texts are clustered
 * (seeds that are neighbours in A but far apart in B are two passages — that is how a moved
 * paragraph is found), each cluster becomes the pair of sentence ranges it spans, and a cluster
 * whose two ranges are not similar enough as wholes is split again with a smaller gap.
 *
 * This is the recursive extension of Sanchez-Perez et al. (PAN 2014).
 */

import type { Seed } from './seeds';
import { cosine, sumVectors, type TermVector } from './vectors';

/** A candidate passage: inclusive unit ranges in A and B, the seeds behind them, and similarity. */
export interface Cluster {
  readonly seeds: readonly Seed[];
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
  /** tf·isf cosine of the A range against the B range, each summed into one vector. */
  readonly sim: number;
}

/** Parameters of {@link extendSeeds}. */
export interface ExtendOptions {
  /** Most units between two seeds of one passage, on each side. */
  readonly maxGap: number;
  /** Minimum whole-passage cosine; below it the cluster is re-split with a smaller gap. */
  readonly minPassageCosine: number;
}

/** Splits seeds, sorted along one side, wherever more than `gap` units separate neighbours. */
function splitAlong(seeds: readonly Seed[], side: 'a' | 'b', gap: number): Seed[][] {
  const sorted = [...seeds].sort((x, y) => x[side] - y[side]);
  const groups: Seed[][] = [];
  let current: Seed[] = [];
  for (const s of sorted) {
    const last = current[current.length - 1];
    if (last && s[side] - last[side] - 1 > gap) {
      groups.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Splits alternately along A and B until no group splits further. */
function clusterSeeds(seeds: readonly Seed[], gap: number): Seed[][] {
  const out: Seed[][] = [];
  const visit = (group: readonly Seed[], side: 'a' | 'b', first: boolean): void => {
    const parts = splitAlong(group, side, gap);
    if (parts.length <= 1 && !first) {
      out.push(...parts);
      return;
    }
    const other = side === 'a' ? 'b' : 'a';
    for (const part of parts) visit(part, other, false);
  };
  if (seeds.length > 0) visit(seeds, 'a', true);
  return out;
}

/** The cluster `seeds` make: the unit ranges they span and the cosine of those ranges. */
export function clusterOf(seeds: readonly Seed[], vectorsA: readonly TermVector[], vectorsB: readonly TermVector[]): Cluster {
  let a0 = Infinity;
  let a1 = -1;
  let b0 = Infinity;
  let b1 = -1;
  for (const s of seeds) {
    a0 = Math.min(a0, s.a);
    a1 = Math.max(a1, s.a);
    b0 = Math.min(b0, s.b);
    b1 = Math.max(b1, s.b);
  }
  const sim = cosine(sumVectors(vectorsA, a0, a1), sumVectors(vectorsB, b0, b1));
  return { seeds, a0, a1, b0, b1, sim };
}

/**
 * Clusters seeds into candidate passages and keeps those whose ranges are similar as wholes,
 * retrying rejected clusters with a gap one smaller down to zero.
 */
export function extendSeeds(
  seeds: readonly Seed[],
  vectorsA: readonly TermVector[],
  vectorsB: readonly TermVector[],
  options: ExtendOptions
): Cluster[] {
  const accepted: Cluster[] = [];
  const validate = (group: readonly Seed[], gap: number): void => {
    for (const part of clusterSeeds(group, gap)) {
      const cluster = clusterOf(part, vectorsA, vectorsB);
      if (cluster.sim > options.minPassageCosine) accepted.push(cluster);
      else if (gap > 0) validate(part, gap - 1);
    }
  };
  validate(seeds, options.maxGap);
  return accepted;
}
