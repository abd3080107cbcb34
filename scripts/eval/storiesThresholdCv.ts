/**
 * Cross-validation of the size-dependent story threshold (`storyThreshold`) and of the latest
 * year's weight (`VectorOptions.yearWeight`), issue 16 part 3: ECB+ topics split into odd and even;
 * on each half, the (year term, full-from, exponent) choice with the best mean B³ F1 over that
 * half's subsets is chosen, then scored on the other half's subsets, which it never saw. Used by
 * `scripts/eval-stories.ts --cv`.
 */
import { storyGraph, type StoryGraph } from '@shared/stories/stories';
import { averageLinkage } from '@shared/stories/storiesCluster';
import { DEFAULT_STORY_THRESHOLD, storyThreshold, type ThresholdScale } from '@shared/stories/storiesThreshold';
import { bcubed } from './bcubed';
import type { EvalDoc } from './storiesIncremental';
import { topicSubsets } from './storiesSubsets';

/** The (full-from, exponent) pairs tried; exponent 0 is one threshold for every size. Ties go to the first. */
export const THRESHOLD_GRID: ReadonlyArray<Required<ThresholdScale>> = [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4].flatMap((exponent) =>
  [400, 600, 800].map((fullFrom) => ({ fullFrom, exponent }))
);

/** Settings of the year term (`VectorOptions`). */
export interface YearTerm {
  readonly yearWeight: number;
  readonly yearMinShare: number;
}

/** The year term's settings tried (the first: no year term); each needs its own similarity graphs. */
export const YEAR_GRID: readonly YearTerm[] = [
  { yearWeight: 0, yearMinShare: 0 },
  { yearWeight: 10, yearMinShare: 0 },
  { yearWeight: 20, yearMinShare: 0 },
  { yearWeight: 40, yearMinShare: 0 },
  { yearWeight: 20, yearMinShare: 0.05 },
  { yearWeight: 40, yearMinShare: 0.05 },
  { yearWeight: 80, yearMinShare: 0.05 }
];

/** A point of the joint grid. */
export type CvChoice = Required<ThresholdScale> & YearTerm;

/** Held-out scores of one subset size (0: the whole half). */
export interface HeldOut {
  readonly topics: number;
  readonly subsets: number;
  readonly min: number;
  readonly mean: number;
}

/** One fold: the pair chosen on one half and its scores on the other. */
export interface CvFold {
  readonly tunedOn: 'odd' | 'even';
  readonly chosen: CvChoice;
  /** Mean B³ F1 over the tuning half's subsets with the chosen pair. */
  readonly tuningMean: number;
  readonly heldOut: HeldOut[];
  /** The held-out half with the chosen scale but no year term: what the year term adds. */
  readonly heldOutNoYear: HeldOut[];
  /** The held-out half at {@link DEFAULT_STORY_THRESHOLD} for every size and no year term: what one threshold gave. */
  readonly heldOutOneThreshold: HeldOut[];
}

/** A subset's similarity graph, clustered at any threshold (memoised: the graph does not depend on it). */
class SubsetScorer {
  private readonly f1s = new Map<number, number>();

  constructor(
    readonly topics: number,
    private readonly docs: readonly EvalDoc[],
    private readonly graph: StoryGraph
  ) {}

  get articles(): number {
    return this.docs.length;
  }

  f1(threshold: number): number {
    const known = this.f1s.get(threshold);
    if (known !== undefined) return known;
    const n = this.docs.length;
    // NB: without the cohesion rule or the pair factor: the threshold and year term were chosen first, the rules then at them (storiesCohesionCv.ts, storiesPairCv.ts).
    const cluster = averageLinkage(
      n,
      this.graph.edges,
      threshold,
      new Array<string | undefined>(n).fill(undefined),
      undefined,
      undefined,
      1
    );
    const predicted = new Map(this.docs.map((d, i) => [d.file, String(cluster[i])]));
    const f1 = bcubed(predicted, new Map(this.docs.map((d) => [d.file, d.cluster]))).f1;
    this.f1s.set(threshold, f1);
    return f1;
  }
}

/** Subsets of `sizes` of `topics` (contiguous runs and 10 random each) and all of them, as scorers, per year term of the grid. */
function scorers(
  docs: readonly EvalDoc[],
  topics: readonly number[],
  sizes: readonly number[] = [5, 10],
  years: readonly YearTerm[] = YEAR_GRID
): Map<YearTerm, SubsetScorer[]> {
  const subsets = [...topicSubsets(topics, sizes), { name: 'all', topics }];
  return new Map(
    years.map((year) => [
      year,
      subsets.map((s) => {
        const keep = new Set(s.topics);
        const part = docs.filter((d) => keep.has(d.topic));
        const graph = storyGraph(
          part.map((d) => ({ id: d.file, title: '', text: d.text })),
          year
        );
        return new SubsetScorer(s.topics === topics ? 0 : s.topics.length, part, graph);
      })
    ])
  );
}

function heldOut(list: readonly SubsetScorer[], threshold: (s: SubsetScorer) => number): HeldOut[] {
  return [5, 10, 0].map((topics) => {
    const f1s = list.filter((s) => s.topics === topics).map((s) => s.f1(threshold(s)));
    return { topics, subsets: f1s.length, min: Math.min(...f1s), mean: f1s.reduce((a, b) => a + b, 0) / f1s.length };
  });
}

/** The choice of year term × `grid` with the best mean B³ F1 over `tune` (ties: the first), and that mean. */
function choose(
  tune: ReadonlyMap<YearTerm, readonly SubsetScorer[]>,
  grid: ReadonlyArray<Required<ThresholdScale>>
): { chosen: CvChoice; mean: number } {
  let best: { chosen: CvChoice; mean: number } | undefined;
  for (const [year, list] of tune) {
    for (const scale of grid) {
      const mean = list.reduce((sum, s) => sum + s.f1(storyThreshold(s.articles, scale)), 0) / list.length;
      if (best === undefined || mean > best.mean) best = { chosen: { ...year, ...scale }, mean };
    }
  }
  return best!;
}

/** Both folds: tuned on odd topics and scored on even ones, and the other way round. */
export function crossValidateThreshold(docs: readonly EvalDoc[], grid = THRESHOLD_GRID): CvFold[] {
  const topics = [...new Set(docs.map((d) => d.topic))].sort((a, b) => a - b);
  const halves = {
    odd: scorers(
      docs,
      topics.filter((t) => t % 2 === 1)
    ),
    even: scorers(
      docs,
      topics.filter((t) => t % 2 === 0)
    )
  };
  return (['odd', 'even'] as const).map((tunedOn) => {
    const { chosen, mean } = choose(halves[tunedOn], grid);
    const test = halves[tunedOn === 'odd' ? 'even' : 'odd'];
    return {
      tunedOn,
      chosen,
      tuningMean: mean,
      heldOut: heldOut(
        test.get(YEAR_GRID.find((y) => y.yearWeight === chosen.yearWeight && y.yearMinShare === chosen.yearMinShare)!)!,
        (s) => storyThreshold(s.articles, chosen)
      ),
      heldOutNoYear: heldOut(test.get(YEAR_GRID[0]!)!, (s) => storyThreshold(s.articles, chosen)),
      heldOutOneThreshold: heldOut(test.get(YEAR_GRID[0]!)!, () => DEFAULT_STORY_THRESHOLD)
    };
  });
}

/**
 * The triple the same choice makes on every topic's subsets of 5, 10 and 20 (a half has too few topics
 * for 20) and all of them: how the defaults were chosen. In-sample; the folds are the estimate.
 */
export function chooseOnAllTopics(docs: readonly EvalDoc[], grid = THRESHOLD_GRID): { chosen: CvChoice; mean: number } {
  return choose(
    scorers(
      docs,
      [...new Set(docs.map((d) => d.topic))].sort((a, b) => a - b),
      [5, 10, 20]
    ),
    grid
  );
}
