/**
 * Cross-validation of the local-scale check (`GroupStoriesOptions.localScale`, `DEFAULT_LOCAL_SCALE`):
 * which neighbour's similarity an article's close company is measured by, and what share of it a
 * join must reach. Folds as in storiesCohesionCv.ts (k folds of every k-th topic; k = 2 is odd
 * against even): the setting with the best mean B³ F1 over the other folds' subsets (5, 10, 20
 * topics and all) is chosen (ties: the first, no check), then scored on the held-out fold's 5-topic
 * subsets and the whole fold. The threshold, year term, cohesion rule and pair factor are the
 * defaults. Used by `scripts/eval-stories.ts --cv-local`.
 */
import type { LocalScale } from '@shared/stories/storiesCluster';
import { crossValidateSetting, type SettingFold } from './storiesCohesionCv';
import type { EvalDoc } from './storiesIncremental';

/** The settings tried: no check first, then neighbour × ratio. */
export const LOCAL_GRID: ReadonlyArray<LocalScale | null> = [
  null,
  ...[3, 5, 7].flatMap((neighbours) => [0.4, 0.5, 0.6].map((ratio) => ({ neighbours, ratio })))
];

/** `null` as `none`, otherwise `neighbours / ratio`. */
export function localName(l: LocalScale | null): string {
  return l === null ? 'none' : `${l.neighbours} / ${l.ratio}`;
}

/** Every fold of a k-fold cross-validation over the topics of the local-scale check. */
export function crossValidateLocal(docs: readonly EvalDoc[], k: number, grid = LOCAL_GRID): SettingFold<LocalScale | null>[] {
  return crossValidateSetting(docs, k, grid, localName, (localScale) => ({ localScale }));
}
