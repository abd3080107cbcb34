import { prepareText, rankPlaces, type Ranked } from './rank';
import type { TextAnchor } from './selectors';

/**
 * How a highlight was found again in a text:
 * - `placed`: the text is unchanged (same hash) or the quote is still at its old position;
 * - `moved`: the exact quote (up to whitespace, quote marks, dashes, Unicode form, case) was found
 *   elsewhere, its context weighing for it;
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
  /** A place scoring below this (0–1) is not a match: the highlight becomes an orphan. */
  readonly minScore?: number;
  /** When the best place and the best place apart from it score within this, the highlight is an orphan. */
  readonly ambiguityMargin?: number;
}

/** Default {@link AnchorOptions.minScore}, from `npm run eval:anchors` (docs/anchoring.md). */
export const DEFAULT_MIN_SCORE = 0.8;
/** Default {@link AnchorOptions.ambiguityMargin}, from `npm run eval:anchors` (docs/anchoring.md). */
export const DEFAULT_AMBIGUITY_MARGIN = 0.03;

/**
 * Finds a highlight again in `text` (the article's clean body, perhaps changed since it was made):
 * the stored position if the text is unchanged or the quote is still there with its context, else
 * the best-scoring place among exact and fuzzy matches of the quote in a normalised copy of the
 * text, scored by the quote's likeness, the context's likeness and the distance from the old place.
 * Below `minScore`, or with a rival place within `ambiguityMargin`, it is an orphan.
 *
 * @example anchor('A new line. The cat sat.', describeRange('The cat sat.', 0, 7)) // { state: 'moved', start: 12, end: 19, score: … }
 */
export function anchor(text: string, target: TextAnchor, options?: AnchorOptions): AnchorResult {
  return decidePlace(rankPlaces(prepareText(text), target), options);
}

/** {@link anchor} for many highlights of one text, hashing and normalising the text once. */
export function anchorAll(text: string, targets: readonly TextAnchor[], options?: AnchorOptions): AnchorResult[] {
  const prepared = prepareText(text);
  return targets.map((t) => decidePlace(rankPlaces(prepared, t), options));
}

/** Applies the thresholds to a ranking: the best place, or an orphan saying why. */
export function decidePlace(ranked: Ranked, options?: AnchorOptions): AnchorResult {
  const { best, rival } = ranked;
  if (best === undefined) return { state: 'orphan', reason: 'not-found', bestScore: 0 };
  if (best.score < (options?.minScore ?? DEFAULT_MIN_SCORE)) return { state: 'orphan', reason: 'below-threshold', bestScore: best.score };
  if (best.score - rival < (options?.ambiguityMargin ?? DEFAULT_AMBIGUITY_MARGIN)) return { state: 'orphan', reason: 'ambiguous', bestScore: best.score };
  return { state: best.kind, start: best.start, end: best.end, score: best.score };
}
