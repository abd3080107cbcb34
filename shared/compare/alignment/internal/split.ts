/**
 * Splitting clusters into the passages a reader compares. Extension (extend.ts) bridges up to a
 * few unmatched sentences and tolerates local reordering, which is right for finding *reuse*, but
 * a coverage view must not present as shared:
 *
 * - an insertion: unmatched sentences on one side only — text one outlet added (or cut);
 * - a substitution by different text: unmatched sentences on both sides that do not resemble
 *   each other (two outlets each writing their own paragraph between shared ones);
 * - a crossing: the next matched sentence stands *before* the previous one in the other text —
 *   a moved sentence or paragraph, which is its own passage.
 *
 * Unmatched sentences that do resemble each other (a sentence reworded too much to seed) stay
 * inside the passage.
 */

import { clusterOf, type Cluster } from './extend';
import type { Seed } from './seeds';
import type { Sentence } from '@shared/text/sentences';
import { cosine, sumOfUnits, type TermVector } from './vectors';

/** What {@link splitClusters} needs to know about the two texts, and its thresholds. */
export interface SplitContext {
  readonly unitsA: readonly Sentence[];
  readonly unitsB: readonly Sentence[];
  readonly vectorsA: readonly TermVector[];
  readonly vectorsB: readonly TermVector[];
  /** Unmatched text shorter than this many words is an aside, not worth splitting a passage. */
  readonly minWords: number;
  /** Unmatched sentences on both sides with a cosine below this are different text. */
  readonly substitutionCosine: number;
  /** A seed at most this many units before the passage's start in B is shuffling, not a move. */
  readonly crossingUnits: number;
  /** Minimum whole-passage cosine a split-off part must keep. */
  readonly minPassageCosine: number;
}

function wordCount(units: readonly Sentence[], which: readonly number[]): number {
  let n = 0;
  for (const u of which) n += units[u]!.wordEnd - units[u]!.wordStart;
  return n;
}

/**
 * Splits each cluster at insertions, substitutions by different text and crossings (see the
 * module comment). Parts that are no longer similar enough as wholes are dropped.
 */
export function splitClusters(clusters: readonly Cluster[], ctx: SplitContext): Cluster[] {
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    const seeds = [...cluster.seeds].sort((x, y) => x.a - y.a || x.b - y.b);
    const seededB = new Set(seeds.map((s) => s.b));
    const parts: Seed[][] = [];
    let current: Seed[] = [];
    // The last A unit seen and the B units its seeds span; the first B unit the part reaches.
    let lastA = -1;
    let lowB = -1;
    let reachB = -1;
    let partLowB = Infinity;
    for (const s of seeds) {
      if (current.length > 0 && s.a > lastA && breaksBetween(lastA, lowB, reachB, partLowB, s, seededB, ctx)) {
        parts.push(current);
        current = [];
        partLowB = Infinity;
      }
      current.push(s);
      partLowB = Math.min(partLowB, s.b);
      if (s.a !== lastA) {
        lastA = s.a;
        lowB = s.b;
        reachB = s.b;
      } else reachB = Math.max(reachB, s.b);
    }
    parts.push(current);
    if (parts.length === 1) out.push(cluster);
    else
      for (const part of parts) {
        const c = clusterOf(part, ctx.vectorsA, ctx.vectorsB);
        if (c.sim > ctx.minPassageCosine) out.push(c);
      }
  }
  return out;
}

/**
 * True when the passage must end between the seeds of A unit `lastA` (spanning B units
 * `lowB..reachB`, the passage so far starting at B unit `partLowB`) and the seed `next`.
 */
function breaksBetween(
  lastA: number,
  lowB: number,
  reachB: number,
  partLowB: number,
  next: Seed,
  seededB: ReadonlySet<number>,
  ctx: SplitContext
): boolean {
  // Going back to B text the passage already covers is shuffling sentences within it (a rewrite);
  // going back before all of it, by more than `crossingUnits`, is a moved passage.
  if (next.b < lowB) return partLowB - next.b > ctx.crossingUnits;
  if (next.b <= reachB) return false;
  // The unmatched sentences between the two seeds. Skipped B sentences that other seeds of the
  // passage match were shuffled, not left out.
  const gapA = range(lastA + 1, next.a);
  const gapB = range(reachB + 1, next.b).filter((u) => !seededB.has(u));
  if (gapA.length === 0 && gapB.length === 0) return false;
  const wordsA = wordCount(ctx.unitsA, gapA);
  const wordsB = wordCount(ctx.unitsB, gapB);
  if (Math.max(wordsA, wordsB) < ctx.minWords) return false;
  if (gapA.length > 0 && gapB.length > 0) {
    if (ctx.substitutionCosine <= 0) return false;
    return cosine(sumOfUnits(ctx.vectorsA, gapA), sumOfUnits(ctx.vectorsB, gapB)) < ctx.substitutionCosine;
  }
  if (gapA.length > 0) return !contained(ctx.vectorsA, gapA, ctx.vectorsB, [reachB, next.b]);
  return !contained(ctx.vectorsB, gapB, ctx.vectorsA, [lastA, next.a]);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let u = from; u < to; u++) out.push(u);
  return out;
}

/**
 * True when most of the weight of `units` is made of terms found in the `neighbours` of
 * the other text: the "insertion" is then a piece of a neighbour that sentence splitting cut off
 * differently in the two texts (a line break before a capital on one side only).
 */
function contained(
  vectors: readonly TermVector[],
  units: readonly number[],
  otherVectors: readonly TermVector[],
  neighbours: readonly number[]
): boolean {
  const present = new Set<number>();
  for (const n of neighbours) for (const t of otherVectors[n]!.terms) present.add(t);
  let total = 0;
  let shared = 0;
  for (const u of units) {
    const v = vectors[u]!;
    for (let k = 0; k < v.terms.length; k++) {
      total += v.weights[k]!;
      if (present.has(v.terms[k]!)) shared += v.weights[k]!;
    }
  }
  return total > 0 && shared >= 0.5 * total;
}
