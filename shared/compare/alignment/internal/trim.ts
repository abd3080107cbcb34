/**
 * Edge trimming: a passage is built from whole sentences, but reused text does not always start
 * or end at a sentence boundary of both texts (a quote spliced into a longer sentence, a run-on
 * sentence the splitter could not cut). When one side of a passage starts or ends with a run of
 * words the other side does not have, that run is not part of the shared passage.
 */

import { diffArrays } from 'diff';

/** Word ranges `[from, to)` into the two word lists that remain after trimming. */
export interface TrimmedRange {
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
}

/** Above this many word edits the passage is left as it is: trimming is a refinement only. */
const MAX_EDITS = 1500;

/** A run of this many words matched in order anchors the passage's edge. */
const ANCHOR_WORDS = 2;

/** Largest share of an edge run's words the other side may have for the run to count as foreign. */
const FOREIGN_SHARE = 0.34;

interface Run {
  readonly common: boolean;
  readonly aLen: number;
  readonly bLen: number;
}

/**
 * Trims one-sided runs of unmatched words off both ends of a passage.
 *
 * An edge run is trimmed from side X when, before the first (after the last) anchor — `ANCHOR_WORDS`
 * words matched in order — X has at least `minRun` unmatched words and at least three times as many
 * as the other side: the other side has nothing corresponding, so it is text X added.
 */
export function trimEdges(a: readonly string[], b: readonly string[], minRun: number): TrimmedRange {
  const whole = { aFrom: 0, aTo: a.length, bFrom: 0, bTo: b.length };
  const changes = diffArrays([...a], [...b], { maxEditLength: MAX_EDITS });
  if (!changes) return whole;
  const runs: Run[] = changes.map((c) => ({
    common: !c.added && !c.removed,
    aLen: c.added ? 0 : c.count,
    bLen: c.removed ? 0 : c.count
  }));
  const first = runs.findIndex((r) => r.common && r.aLen >= ANCHOR_WORDS);
  if (first < 0) return whole;
  let last = first;
  for (let i = runs.length - 1; i > first; i--) {
    if (runs[i]!.common && runs[i]!.aLen >= ANCHOR_WORDS) {
      last = i;
      break;
    }
  }
  let headA = 0;
  let headB = 0;
  for (let i = 0; i < first; i++) {
    headA += runs[i]!.aLen;
    headB += runs[i]!.bLen;
  }
  let tailA = 0;
  let tailB = 0;
  for (let i = last + 1; i < runs.length; i++) {
    tailA += runs[i]!.aLen;
    tailB += runs[i]!.bLen;
  }
  const oneSided = (mine: number, theirs: number): boolean => mine >= minRun && mine >= 3 * theirs;
  const bagA = new Set(a);
  const bagB = new Set(b);
  return {
    aFrom: oneSided(headA, headB) && foreign(a, 0, headA, bagB) ? headA : 0,
    aTo: oneSided(tailA, tailB) && foreign(a, a.length - tailA, a.length, bagB) ? a.length - tailA : a.length,
    bFrom: oneSided(headB, headA) && foreign(b, 0, headB, bagA) ? headB : 0,
    bTo: oneSided(tailB, tailA) && foreign(b, b.length - tailB, b.length, bagA) ? b.length - tailB : b.length
  };
}

/**
 * True when the words `from..to` are mostly absent from the other side altogether. Shuffled or
 * reordered text also leaves long unmatched runs in a diff, but its words are all there.
 */
function foreign(words: readonly string[], from: number, to: number, other: ReadonlySet<string>): boolean {
  let counted = 0;
  let found = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // Short words (the, of, and) are in every passage and say nothing about where text came from.
    if (w.length < 4) continue;
    counted++;
    if (other.has(w)) found++;
  }
  return counted > 0 && found <= FOREIGN_SHARE * counted;
}
