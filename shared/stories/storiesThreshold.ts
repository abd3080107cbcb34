/**
 * The merge threshold of story grouping as a function of the library's size. A term's weight is
 * its idf within the library, and in a small library an event's own names are not much rarer than
 * the words of general news (police, year, told), so articles about one event look less alike
 * (mean cosine 0.27 in ECB+ topics 1–5 alone, 0.36 inside all 35) while articles about different
 * events still look unalike (0.006 across topics): a smaller library needs a lower threshold for
 * the same stories.
 */

/** Least mean similarity to merge two groups in a library of {@link THRESHOLD_FULL_FROM} articles or more (tuned on ECB+ odd topics; docs/compare.md). */
export const DEFAULT_STORY_THRESHOLD = 0.2;

/**
 * Articles from which the threshold is {@link DEFAULT_STORY_THRESHOLD}; below, it falls as a power
 * of the library's size. Chosen with {@link THRESHOLD_SIZE_EXPONENT} and the year term's weight
 * (`DEFAULT_YEAR_WEIGHT`) by cross-validation over ECB+ topics, odd against even
 * (`npx tsx scripts/eval-stories.ts --cv`; docs/compare.md, "Small libraries").
 */
export const THRESHOLD_FULL_FROM = 800;

/** Exponent of the size in {@link storyThreshold}: 0 would be one threshold for every size. */
export const THRESHOLD_SIZE_EXPONENT = 0.3;

/** Below this many articles the threshold stays at its value here: the evaluation's smallest libraries (five ECB+ topics, ~100 articles). */
export const THRESHOLD_SMALLEST = 100;

/** How the threshold follows the library's size; the defaults are the constants above. */
export interface ThresholdScale {
  readonly fullFrom?: number;
  readonly exponent?: number;
}

/**
 * The default merge threshold for a library of `articles` articles:
 * `0.2 × (min(max(articles, 100), 800) / 800)^0.3` — 0.2 from 800 articles on (a large library
 * groups as before), 0.141 at 250, 0.107 at 100 articles or fewer.
 *
 * @example storyThreshold(250) // ≈ 0.141
 */
export function storyThreshold(articles: number, scale: ThresholdScale = {}): number {
  const fullFrom = scale.fullFrom ?? THRESHOLD_FULL_FROM;
  const exponent = scale.exponent ?? THRESHOLD_SIZE_EXPONENT;
  const size = Math.min(Math.max(articles, THRESHOLD_SMALLEST), fullFrom);
  return DEFAULT_STORY_THRESHOLD * (size / fullFrom) ** exponent;
}
