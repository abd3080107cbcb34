import { hashText, type TextAnchor } from './selectors';

/**
 * How a highlight was found again in a text:
 * - `placed`: the text is unchanged (same hash) or the quote is still at its old position;
 * - `moved`: the exact quote, with its context, was found elsewhere;
 * - `changed`: found by fuzzy matching — the wording differs (the UI shows old and new wording);
 * - `orphan`: not found, below the minimum score, or two places score alike (never silently moved).
 */
export type AnchorState = 'placed' | 'moved' | 'changed' | 'orphan';

/** Where a highlight now is ([start, end) in UTF-16 code units of the text), or why it is an orphan. */
export type AnchorResult =
  | { readonly state: 'placed' | 'moved' | 'changed'; readonly start: number; readonly end: number; readonly score: number }
  | { readonly state: 'orphan'; readonly reason: 'not-found' | 'ambiguous' | 'below-threshold'; readonly bestScore: number };

/** Tuning of {@link anchor}; the defaults were chosen by cross-validation (docs/anchoring.md). */
export interface AnchorOptions {
  /** A candidate scoring below this (0–1) is not a match: the highlight becomes an orphan. */
  readonly minScore?: number;
  /** When the two best candidates score within this of each other, the highlight is an orphan. */
  readonly ambiguityMargin?: number;
}

/**
 * Finds a highlight again in `text` (the article's clean body, perhaps changed since).
 *
 * NB: first version — position and exact quote only; fuzzy matching follows in this module.
 */
export function anchor(text: string, target: TextAnchor, _options?: AnchorOptions): AnchorResult {
  const { exact } = target.quote;
  const { start, end } = target.position;
  if (target.textHash === hashText(text) || text.slice(start, end) === exact) return { state: 'placed', start, end, score: 1 };
  const at = text.indexOf(exact);
  if (exact.length > 0 && at >= 0) return { state: 'moved', start: at, end: at + exact.length, score: 1 };
  return { state: 'orphan', reason: 'not-found', bestScore: 0 };
}
