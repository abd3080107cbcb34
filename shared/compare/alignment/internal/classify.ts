/**
 * Classifying an aligned passage: how closely its two sides agree, word by word.
 */

import { diffArrays } from 'diff';
import type { PassageKind } from '../types';

/** Kind and score of one passage; see {@link classifyPassage}. */
export interface PassageGrade {
  readonly kind: PassageKind;
  readonly score: number;
}

/**
 * Above this many word edits, an ordered comparison costs more than it tells: the passage is
 * reworded anyway, and the order-free similarity is used instead.
 */
const MAX_EDITS = 1500;

/** Passages whose ordered similarity reaches this are light edits of each other. */
export const LIGHT_THRESHOLD = 0.8;

/**
 * Grades a passage from the folded words of its two sides.
 *
 * The score is the ordered word similarity 2·|LCS| / (|a| + |b|): the share of words the two sides
 * have in common in the same order. `exact` means identical word sequences (score 1), `light` a
 * score of at least {@link LIGHT_THRESHOLD}, `reworded` anything below: same content, words
 * changed or moved. For passages too different to diff cheaply, the order-free multiset overlap
 * stands in for the score.
 */
export function classifyPassage(a: readonly string[], b: readonly string[]): PassageGrade {
  const total = a.length + b.length;
  if (total === 0) return { kind: 'exact', score: 1 };
  if (a.length === b.length && a.every((w, i) => w === b[i])) return { kind: 'exact', score: 1 };
  const changes = diffArrays([...a], [...b], { maxEditLength: MAX_EDITS });
  let common: number;
  if (changes) {
    common = 0;
    for (const c of changes) if (!c.added && !c.removed) common += c.count;
  } else {
    common = multisetOverlap(a, b);
  }
  const score = (2 * common) / total;
  return { kind: changes && score >= LIGHT_THRESHOLD ? 'light' : 'reworded', score };
}

/** Number of words the two lists share, counting repeats (Σ min(countA, countB)). */
function multisetOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}
