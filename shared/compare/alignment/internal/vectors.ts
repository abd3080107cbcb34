/**
 * Sentence vectors for alignment: each sentence as a sparse tf·isf vector over stemmed terms,
 * where isf (inverse sentence frequency) is computed over the sentences of both texts together.
 *
 * Weighting by sentence frequency instead of dropping stopwords follows Sanchez-Perez et al.
 * (PAN 2014): frequent words still count, but so little that two sentences sharing only "the" and
 * "said" never look alike, while no language-specific stopword list is needed.
 */

import type { Token } from '@shared/text/tokens';
import type { Sentence } from '@shared/text/sentences';
import { wordFamilyStem } from '@shared/text/stem';
import { hasUnspaced } from '@shared/text/unspaced';

/** A sparse vector: term ids ascending, with their weights. */
export interface TermVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  /** Euclidean norm of `weights`. */
  readonly norm: number;
}

/** Stems kept across calls, like the fold cache in words.ts, and bounded the same way. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stemOf(norm: string): string {
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = wordFamilyStem(norm.endsWith("'s") ? norm.slice(0, -2) : norm);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(norm, stem);
  }
  return stem;
}

/** Maps each distinct stemmed term of both texts to a small integer id. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly byWord = new Map<string, number>();

  /** The term id of a folded word, or -1 when the word is too short to carry meaning. */
  termOf(norm: string): number {
    let id = this.byWord.get(norm);
    if (id !== undefined) return id;
    // Words of one or two letters (of, in, al) add noise, not evidence; numbers always count, and
    // so do two-character words of Chinese, Japanese… (政府, 地铁: most of their words).
    if (norm.length < 3 && !/\p{N}/u.test(norm) && !(norm.length === 2 && hasUnspaced(norm))) id = -1;
    else {
      const stem = stemOf(norm);
      id = this.ids.get(stem);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(stem, id);
      }
    }
    this.byWord.set(norm, id);
    return id;
  }

  /** The term id of every word, -1 for words that are not terms. */
  termIds(words: readonly Token[]): Int32Array {
    const ids = new Int32Array(words.length);
    for (let w = 0; w < words.length; w++) ids[w] = this.termOf(words[w]!.norm);
    return ids;
  }

  /** Number of distinct terms seen so far. */
  get size(): number {
    return this.ids.size;
  }
}

/** The term counts of one unit: distinct term ids ascending, and how often each occurs. */
export interface TermCounts {
  readonly terms: Int32Array;
  readonly counts: Int32Array;
}

/** Counts the terms of each unit (`termIds` per word, from {@link Vocabulary.termIds}). */
export function termCounts(units: readonly Sentence[], termIds: Int32Array): TermCounts[] {
  return units.map((u) => {
    const ids = termIds.slice(u.wordStart, u.wordEnd).sort();
    const terms: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < 0) continue;
      if (terms.length > 0 && terms[terms.length - 1] === id) counts[counts.length - 1]!++;
      else {
        terms.push(id);
        counts.push(1);
      }
    }
    return { terms: Int32Array.from(terms), counts: Int32Array.from(counts) };
  });
}

/**
 * Merges sentences with fewer than `minTerms` content terms into the following sentence (the last
 * into the preceding one): datelines, bylines and "2 min read" say nothing alone, and a split
 * after an abbreviation should not leave a fragment.
 */
export function mergeShortSentences(
  sentences: readonly Sentence[],
  contentTerms: (s: Sentence) => number,
  minTerms: number
): Sentence[] {
  const out: Sentence[] = [];
  let pending: Sentence | undefined;
  for (const s of sentences) {
    const merged: Sentence = pending ? { start: pending.start, end: s.end, wordStart: pending.wordStart, wordEnd: s.wordEnd } : s;
    if (contentTerms(merged) < minTerms) pending = merged;
    else {
      out.push(merged);
      pending = undefined;
    }
  }
  if (pending) {
    const last = out.pop();
    out.push(last ? { start: last.start, end: pending.end, wordStart: last.wordStart, wordEnd: pending.wordEnd } : pending);
  }
  return out;
}

/**
 * Weights the term counts of both texts' units by tf·isf, where isf = ln(N / sf) over all N
 * units of both texts, and returns the vectors of each text.
 */
export function weightVectors(
  countsA: readonly TermCounts[],
  countsB: readonly TermCounts[],
  vocabSize: number
): [TermVector[], TermVector[]] {
  const sf = new Int32Array(vocabSize);
  for (const c of countsA) for (const id of c.terms) sf[id]!++;
  for (const c of countsB) for (const id of c.terms) sf[id]!++;
  const n = countsA.length + countsB.length;
  const isf = new Float64Array(vocabSize);
  for (let id = 0; id < vocabSize; id++) isf[id] = sf[id]! > 0 ? Math.log(n / sf[id]!) : 0;
  const toVector = ({ terms, counts }: TermCounts): TermVector => {
    const weights = new Float64Array(terms.length);
    let sq = 0;
    for (let k = 0; k < terms.length; k++) {
      const w = counts[k]! * isf[terms[k]!]!;
      weights[k] = w;
      sq += w * w;
    }
    return { terms, weights, norm: Math.sqrt(sq) };
  };
  return [countsA.map(toVector), countsB.map(toVector)];
}

/** Cosine of two sparse vectors (0 when either is all zero). */
export function cosine(x: TermVector, y: TermVector): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const a = x.terms[i]!;
    const b = y.terms[j]!;
    if (a === b) dot += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return dot / (x.norm * y.norm);
}

/** Dice coefficient of the two vectors' term sets: 2·|shared| / (|x| + |y|). */
export function dice(x: TermVector, y: TermVector): number {
  const total = x.terms.length + y.terms.length;
  if (total === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const a = x.terms[i]!;
    const b = y.terms[j]!;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return (2 * shared) / total;
}

/** The sum of the vectors `from..to` (inclusive), for comparing whole passages. */
export function sumVectors(vectors: readonly TermVector[], from: number, to: number): TermVector {
  const units: number[] = [];
  for (let u = from; u <= to; u++) units.push(u);
  return sumOfUnits(vectors, units);
}

/** The sum of the vectors of `units`. */
export function sumOfUnits(vectors: readonly TermVector[], units: readonly number[]): TermVector {
  if (units.length === 1) return vectors[units[0]!]!;
  const acc = new Map<number, number>();
  for (const u of units) {
    const v = vectors[u]!;
    for (let k = 0; k < v.terms.length; k++) acc.set(v.terms[k]!, (acc.get(v.terms[k]!) ?? 0) + v.weights[k]!);
  }
  const terms = Int32Array.from(acc.keys()).sort();
  const weights = Float64Array.from(terms, (t) => acc.get(t)!);
  let sq = 0;
  for (const w of weights) sq += w * w;
  return { terms, weights, norm: Math.sqrt(sq) };
}
