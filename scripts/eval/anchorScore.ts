/**
 * Scoring for the anchoring benchmark: each re-anchored highlight is a correct relocation, a
 * silent misplacement, or an orphan, judged against where its passage truly went.
 */
import type { Span } from './anchorEdits';

/** Share of the union two spans have in common (intersection over union), 0–1. */
export function overlap(a: Span, b: Span): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (common <= 0) return 0;
  return common / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** A relocation is correct when it overlaps the true span by at least this (intersection over union). */
export const CORRECT_OVERLAP = 0.9;

/**
 * - `correct`: placed with overlap ≥ 0.9 with the true span;
 * - `misplaced`: placed anywhere else, or placed at all when the passage was deleted (silent: the
 *   user sees a highlight on text they never marked);
 * - `orphan`: not placed.
 */
export type Outcome = 'correct' | 'misplaced' | 'orphan';

/** Judges one re-anchored highlight: `found` (null for an orphan) against its `truth` (null: deleted). */
export function outcome(found: Span | null, truth: Span | null): Outcome {
  if (found === null) return 'orphan';
  if (truth === null) return 'misplaced';
  return overlap(found, truth) >= CORRECT_OVERLAP ? 'correct' : 'misplaced';
}

/** Counts of outcomes over some cases. */
export interface Tally {
  n: number;
  correct: number;
  misplaced: number;
  orphan: number;
  /** Cases whose passage was deleted (an orphan is the right answer). */
  gone: number;
  /** Orphans among those. */
  goneOrphaned: number;
}

/** A tally with nothing counted yet. */
export function emptyTally(): Tally {
  return { n: 0, correct: 0, misplaced: 0, orphan: 0, gone: 0, goneOrphaned: 0 };
}

/** Adds one case's outcome to a tally. */
export function count(tally: Tally, result: Outcome, truth: Span | null): void {
  tally.n++;
  tally[result]++;
  if (truth === null) {
    tally.gone++;
    if (result === 'orphan') tally.goneOrphaned++;
  }
}

/** Orphan precision: share of orphans whose passage was in fact deleted (1 when there are none). */
export function orphanPrecision(t: Tally): number {
  return t.orphan === 0 ? 1 : t.goneOrphaned / t.orphan;
}

/** Orphan recall: share of deleted passages that became orphans (1 when none was deleted). */
export function orphanRecall(t: Tally): number {
  return t.gone === 0 ? 1 : t.goneOrphaned / t.gone;
}
