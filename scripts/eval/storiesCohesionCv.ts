/**
 * Cross-validation of the merge rule's cohesion (`Cohesion`, `DEFAULT_COHESION`), issue 16 part 3:
 * ECB+ topics in k folds (every k-th topic in order; k = 2 is odd against even topic numbers); on the other folds' subsets
 * (5, 10 and 20 topics: contiguous runs and 10 random each; and all of them) the setting with the best
 * mean B³ F1 is chosen (ties: the first, no rule), then scored on the held-out fold's subsets of 5
 * topics (the contiguous runs and 5 random) and the whole fold, which it never saw. The threshold
 * and year term are the defaults. Used by `scripts/eval-stories.ts --cv-cohesion`.
 */
import { groupStories, type GroupStoriesOptions } from '@shared/stories/stories';
import type { Cohesion } from '@shared/stories/storiesCluster';
import { bcubed } from './bcubed';
import type { EvalDoc } from './storiesIncremental';
import { topicSubsets } from './storiesSubsets';

/** The settings tried: no rule first, then ratio × from. */
export const COHESION_GRID: ReadonlyArray<Cohesion | null> = [
  null,
  ...[0.4, 0.45, 0.5].flatMap((ratio) => [4, 5, 6, 7, 8].map((from) => ({ ratio, from })))
];

/** One fold: what was chosen on the other folds and how it, and the grid's first setting (no rule), score on this one. */
export interface SettingFold<T> {
  readonly heldOutTopics: readonly number[];
  readonly chosen: T;
  readonly tuningMean: number;
  /** Held out with the chosen setting: 5-topic subsets' min and mean, and the whole fold. */
  readonly chosenScores: { readonly min: number; readonly mean: number; readonly whole: number };
  /** The same with the grid's first setting (no rule). */
  readonly noRule: { readonly min: number; readonly mean: number; readonly whole: number };
}

/** One fold of the cohesion rule's cross-validation. */
export type CohesionFold = SettingFold<Cohesion | null>;

/** `null` as `none`, otherwise `ratio / from`. */
export function cohesionName(c: Cohesion | null): string {
  return c === null ? 'none' : `${c.ratio} / ${c.from}`;
}

/** Every fold of a k-fold cross-validation over the topics. */
export function crossValidateCohesion(docs: readonly EvalDoc[], k: number, grid = COHESION_GRID): CohesionFold[] {
  // NB: without the pair factor: the cohesion rule was chosen first, the pair factor then at it (storiesPairCv.ts).
  return crossValidateSetting(docs, k, grid, cohesionName, (cohesion) => ({ cohesion, pairFactor: 1 }));
}

/**
 * Every fold of a k-fold cross-validation over the topics of one grouping setting: `grid` (its first
 * entry is "no rule", the baseline each fold is also scored with), `name` keys a setting, `options`
 * turns it into grouping options.
 */
export function crossValidateSetting<T>(
  docs: readonly EvalDoc[],
  k: number,
  grid: readonly T[],
  name: (setting: T) => string,
  options: (setting: T) => GroupStoriesOptions
): SettingFold<T>[] {
  const topics = [...new Set(docs.map((d) => d.topic))].sort((a, b) => a - b);
  const memo = new Map<string, number>();
  const f1 = (ts: readonly number[], c: T) => {
    const key = `${name(c)}|${ts.join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const keep = new Set(ts);
    const part = docs.filter((d) => keep.has(d.topic));
    const { stories } = groupStories(
      part.map((d) => ({ id: d.file, title: '', text: d.text })),
      options(c)
    );
    const predicted = new Map<string, string>();
    for (const s of stories) for (const id of s.articleIds) predicted.set(id, s.id);
    const score = bcubed(predicted, new Map(part.map((d) => [d.file, d.cluster]))).f1;
    memo.set(key, score);
    return score;
  };
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return Array.from({ length: k }, (_, fold) => {
    // Two folds are odd against even topic numbers, as storiesThresholdCv.ts splits; more are every k-th topic in order.
    const inFold = (t: number, i: number) => (k === 2 ? t % 2 === 1 - fold : i % k === fold);
    const test = topics.filter(inFold);
    const train = topics.filter((t, i) => !inFold(t, i));
    const sizes = [5, 10, 20].filter((s) => s < train.length);
    const tune = [...topicSubsets(train, sizes), { name: 'all', topics: train }];
    const held = topicSubsets(test, [5], 5);
    let best: { c: T; mean: number } | undefined;
    for (const c of grid) {
      const m = mean(tune.map((s) => f1(s.topics, c)));
      if (best === undefined || m > best.mean) best = { c, mean: m };
    }
    const scores = (c: T) => {
      const f1s = held.map((s) => f1(s.topics, c));
      return { min: Math.min(...f1s), mean: mean(f1s), whole: f1(test, c) };
    };
    return {
      heldOutTopics: test,
      chosen: best!.c,
      tuningMean: best!.mean,
      chosenScores: scores(best!.c),
      noRule: scores(grid[0]!)
    };
  });
}
