/**
 * Cross-validation of the pair factor (`GroupStoriesOptions.pairFactor`, `DEFAULT_PAIR_FACTOR`): how
 * much more similar two single articles must be than the threshold to start a story together. Folds
 * as in storiesCohesionCv.ts (k folds of every k-th topic; k = 2 is odd against even): the factor
 * with the best mean B³ F1 over the other folds' subsets (5, 10, 20 topics and all) is chosen
 * (ties: the first, no rule), then scored on the held-out fold's 5-topic subsets and the whole
 * fold. The threshold, year term and cohesion rule are the defaults. Used by
 * `scripts/eval-stories.ts --cv-pair`.
 */
import { crossValidateSetting, type SettingFold } from './storiesCohesionCv';
import type { EvalDoc } from './storiesIncremental';

/** The factors tried; 1 (first) is no rule: two articles join at the threshold, as groups do. */
export const PAIR_GRID: readonly number[] = [1, 1.25, 1.5, 1.75, 2];

/** Every fold of a k-fold cross-validation of the pair factor over the topics. */
export function crossValidatePair(docs: readonly EvalDoc[], k: number, grid = PAIR_GRID): SettingFold<number>[] {
  return crossValidateSetting(docs, k, grid, String, (pairFactor) => ({ pairFactor }));
}
