/**
 * Seeding: the pairs of sentences, one from each text, that look like the same sentence.
 *
 * A pair is a seed when both its tf·isf cosine and the Dice coefficient of its term sets pass a
 * threshold (Sanchez-Perez et al., PAN 2014): cosine alone lets one rare shared name carry a
 * pair, Dice alone lets many common words carry it.
 */

import { cosine, dice, type TermVector } from './vectors';

/** A matching sentence pair: unit `a` of text A and unit `b` of text B, with their similarity. */
export interface Seed {
  readonly a: number;
  readonly b: number;
  readonly cos: number;
}

/** Thresholds of {@link findSeeds}. */
export interface SeedThresholds {
  /** Minimum tf·isf cosine of a seed pair. */
  readonly cosine: number;
  /** Minimum Dice coefficient of a seed pair's term sets. */
  readonly dice: number;
}

/**
 * Finds all seeds between the units of two texts.
 *
 * Rather than comparing every pair (quadratic in sentences, slow for book-length texts), it walks an
 * inverted index of B's terms and only scores pairs that share a term, skipping terms so common in B
 * that they would make every pair a candidate. A pair that passes both thresholds practically always
 * shares a rarer term as well, and for texts of a few hundred sentences nothing is skipped.
 */
export function findSeeds(
  vectorsA: readonly TermVector[],
  vectorsB: readonly TermVector[],
  vocabSize: number,
  thresholds: SeedThresholds
): Seed[] {
  const { start, units, weights } = buildPostings(vectorsB, vocabSize);
  // A term found in more than this many B sentences is too common to nominate candidates.
  const maxPosting = Math.max(32, Math.ceil(vectorsB.length / 100));
  // The heaviest weight each term has in any B sentence, to bound what common terms can add.
  const maxWeightB = new Float64Array(vocabSize);
  for (const v of vectorsB)
    for (let t = 0; t < v.terms.length; t++) maxWeightB[v.terms[t]!] = Math.max(maxWeightB[v.terms[t]!]!, v.weights[t]!);
  const seen = new Int32Array(vectorsB.length).fill(-1);
  const sharedRare = new Int32Array(vectorsB.length);
  const partialDot = new Float64Array(vectorsB.length);
  const candidates: number[] = [];
  const seeds: Seed[] = [];
  for (let a = 0; a < vectorsA.length; a++) {
    const va = vectorsA[a]!;
    if (va.norm === 0) continue;
    candidates.length = 0;
    let commonTerms = 0;
    let commonBound = 0;
    for (let t = 0; t < va.terms.length; t++) {
      const term = va.terms[t]!;
      const from = start[term]!;
      const to = start[term + 1]!;
      if (to === from) continue;
      if (to - from > maxPosting) {
        commonTerms++;
        commonBound += va.weights[t]! * maxWeightB[term]!;
        continue;
      }
      const wa = va.weights[t]!;
      for (let k = from; k < to; k++) {
        const b = units[k]!;
        if (seen[b] !== a) {
          seen[b] = a;
          sharedRare[b] = 0;
          partialDot[b] = 0;
          candidates.push(b);
        }
        sharedRare[b]!++;
        partialDot[b]! += wa * weights[k]!;
      }
    }
    // Exact scores only for candidates that could pass both thresholds even if they shared every
    // common term of the A sentence at its heaviest: the bounds never drop a true seed.
    for (const b of candidates) {
      const vb = vectorsB[b]!;
      const total = va.terms.length + vb.terms.length;
      if (2 * (sharedRare[b]! + commonTerms) <= thresholds.dice * total) continue;
      if (partialDot[b]! + commonBound <= thresholds.cosine * va.norm * vb.norm) continue;
      const cos = cosine(va, vb);
      if (cos > thresholds.cosine && dice(va, vb) > thresholds.dice) seeds.push({ a, b, cos });
    }
  }
  return seeds;
}

/**
 * An inverted index of B in one flat block: the postings of term `t` are the B units
 * `units[start[t] .. start[t + 1])`, with the term's weight in each in `weights`.
 */
function buildPostings(
  vectors: readonly TermVector[],
  vocabSize: number
): { start: Int32Array; units: Int32Array; weights: Float64Array } {
  const start = new Int32Array(vocabSize + 1);
  for (const v of vectors) for (const t of v.terms) start[t + 1]!++;
  for (let t = 0; t < vocabSize; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, vocabSize);
  const units = new Int32Array(start[vocabSize]!);
  const weights = new Float64Array(start[vocabSize]!);
  for (let b = 0; b < vectors.length; b++) {
    const v = vectors[b]!;
    for (let k = 0; k < v.terms.length; k++) {
      const at = fill[v.terms[k]!]!++;
      units[at] = b;
      weights[at] = v.weights[k]!;
    }
  }
  return { start, units, weights };
}

/**
 * Drops seeds that are much weaker than the best seed of either of their sentences: when a
 * sentence of A has an identical twin in B, its loose resemblance to a neighbour of that twin is
 * not evidence, and would only stretch the passage over the neighbour.
 */
export function pruneDominatedSeeds(seeds: readonly Seed[], ratio: number): Seed[] {
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const s of seeds) {
    bestA.set(s.a, Math.max(bestA.get(s.a) ?? 0, s.cos));
    bestB.set(s.b, Math.max(bestB.get(s.b) ?? 0, s.cos));
  }
  return seeds.filter((s) => s.cos >= ratio * Math.max(bestA.get(s.a)!, bestB.get(s.b)!));
}
