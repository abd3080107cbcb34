/**
 * Stories: a library grouped by the event its articles report. Built to scale to a whole library
 * (tens of thousands of articles) and to keep the assignments a user made.
 */
import { AbortedError } from '@shared/aborted';
import {
  averageLinkage,
  cohesionOf,
  localScaleOf,
  neighbourEdges,
  pairFactorOf,
  whenTermsOf,
  type Cohesion,
  type Edge,
  type LocalScale
} from './storiesCluster';
import { storyThreshold } from './storiesThreshold';
import { storyLabel } from './storyLabel';
import { buildVectors, type VectorOptions, type Vectors } from './storiesVectors';

export { HEADLINE_MAX, storyLabel } from './storyLabel';

export { DEFAULT_STORY_THRESHOLD } from './storiesThreshold';

/** An article to place in a story. */
export interface StoryArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** ISO 8601 date or date-time; articles far apart in time are less likely one story. */
  readonly publishedAt?: string;
}

/** Articles about one event. */
export interface Story {
  /** The pinned story's id when any member was pinned; otherwise from `newStoryId`. */
  readonly id: string;
  /** Members in input order. */
  readonly articleIds: string[];
  /** The headline of the member most central to the story among those that read as one (see `storyLabel`). */
  readonly label: string;
}

/** Tuning of {@link groupStories}; every field has a default (tuned on ECB+, see docs/compare.md). */
export interface GroupStoriesOptions extends VectorOptions {
  /**
   * Assignments to keep: article id → story id. Articles pinned to one story stay together and keep
   * that id; stories pinned apart are never merged; unpinned articles may join a pinned story.
   */
  readonly pinned?: ReadonlyMap<string, string>;
  /** Least mean similarity (cosine, 0..1) between two groups of articles to merge them. Default `storyThreshold(articles.length)`: 0.2 from 800 articles on, lower in a smaller library. */
  readonly threshold?: number;
  /**
   * Two groups that both hold `from` articles or more join only when their mean similarity is at
   * least `ratio` × the geometric mean of each one's own; `null` for none. Default
   * `DEFAULT_COHESION` (0.45 from 6).
   */
  readonly cohesion?: Cohesion | null;
  /**
   * Two single articles start a story together only at this factor × the threshold; 1 for no such
   * rule. Default `DEFAULT_PAIR_FACTOR` (1.5).
   *
   * @example groupStories(articles, { pairFactor: 1 }) // pairs join at the threshold, as groups do
   */
  readonly pairFactor?: number;
  /**
   * Two groups join only when their similarities, each over the geometric mean of its two
   * articles' `neighbours`-th best similarity, average at least `ratio` across them; `null` for
   * none. Default `DEFAULT_LOCAL_SCALE` (0.5 of the 5th).
   */
  readonly localScale?: LocalScale | null;
  /**
   * Two articles are neighbours only when they share at least `EDGE_LEAST_TERMS` terms besides
   * the year and those terms alone reach the least similarity of an edge; false for no such
   * rule. Default true.
   */
  readonly evidence?: boolean;
  /** Neighbours considered per article. Default 20. */
  readonly neighbours?: number;
  /** Dates closer than this many days do not lower similarity. Default 3. */
  readonly sameDays?: number;
  /** Beyond `sameDays`, similarity falls by a factor e every this many days. Default 14. */
  readonly dayScale?: number;
  /** Id for a new story from its members' ids (input order). Default `story:` + the first member's id. */
  readonly newStoryId?: (articleIds: readonly string[]) => string;
  /** Checked between stages and every few hundred articles; an aborted grouping throws `AbortedError` (`name` `AbortError`). */
  readonly signal?: AbortSignal;
  /** Told when a stage starts and every few hundred articles within it (as often as the signal is checked). */
  readonly onProgress?: (progress: GroupingProgress) => void;
}

/**
 * Where {@link groupStories} is: `vectors` (each article's terms), `neighbours` (each article's most
 * similar ones) and `clustering`; `done` of `total` articles, or null where a stage has no count.
 */
export interface GroupingProgress {
  readonly phase: 'vectors' | 'neighbours' | 'clustering';
  readonly done: number | null;
  readonly total: number | null;
}

export interface StoryGrouping {
  /** Largest first; every article is in exactly one story (a story may have one article). */
  readonly stories: Story[];
  /** The articles' vectors (input order) and term statistics: stored so new articles can be placed later without regrouping. */
  readonly vectors: Vectors;
}

/**
 * Groups articles into stories.
 *
 * 1. Each article becomes a tf-idf vector of its content terms (folded, lightly stemmed, spelling
 *    variants merged), names and headline words weighted up, strongest terms only.
 * 2. Each article's nearest neighbours come from an inverted index over those terms; cosine
 *    similarity, lowered for articles published far apart.
 * 3. Average-linkage clustering joins groups while their mean similarity is at least `threshold`:
 *    unlike joining every linked pair, one shared name cannot chain two events into one story.
 *
 * @example groupStories(articles, { pinned: new Map([['a1', 'story:a1']]) }).stories
 */
export function groupStories(articles: readonly StoryArticle[], options: GroupStoriesOptions = {}): StoryGrouping {
  const n = articles.length;
  if (n === 0) return { stories: [], vectors: { vectors: [], df: new Int32Array(0), vocabulary: [] } };
  const { vectors: built, edges } = storyGraph(articles, options);
  const { vectors } = built;
  const pins = articles.map((a) => options.pinned?.get(a.id));
  options.onProgress?.({ phase: 'clustering', done: null, total: null });
  const threshold = options.threshold ?? storyThreshold(n);
  const cluster = averageLinkage(
    n,
    edges,
    threshold,
    pins,
    options.signal,
    cohesionOf(options),
    pairFactorOf(options),
    localScaleOf(options)
  );

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const list = members.get(cluster[i]!);
    if (list === undefined) members.set(cluster[i]!, [i]);
    else list.push(i);
  }
  const newId = options.newStoryId ?? ((ids: readonly string[]) => `story:${ids[0]}`);
  const stories = [...members.values()]
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((list): Story => {
      const articleIds = list.map((i) => articles[i]!.id);
      const pinned = list.map((i) => pins[i]).find((p) => p !== undefined);
      return { id: pinned ?? newId(articleIds), articleIds, label: storyLabel(list, articles, vectors) };
    });
  return { stories, vectors: built };
}

/** What {@link groupStories} clusters: the articles' vectors and each one's strongest neighbours. */
export interface StoryGraph {
  readonly vectors: Vectors;
  /** Similarities of neighbouring articles (indices into the articles). */
  readonly edges: Edge[];
}

/**
 * Steps 1 and 2 of {@link groupStories}: the threshold only decides step 3, so an evaluation can
 * cluster one graph at many thresholds (scripts/eval/storiesThresholdCv.ts).
 */
export function storyGraph(articles: readonly StoryArticle[], options: GroupStoriesOptions = {}): StoryGraph {
  const n = articles.length;
  const { signal, onProgress } = options;
  onProgress?.({ phase: 'vectors', done: 0, total: n });
  const built = buildVectors(articles, options, (done) => {
    if (signal?.aborted === true) throw new AbortedError('story grouping aborted');
    onProgress?.({ phase: 'vectors', done, total: n });
  });
  if (signal?.aborted === true) throw new AbortedError('story grouping aborted');
  onProgress?.({ phase: 'neighbours', done: 0, total: n });
  const days = Float64Array.from(articles, (a) => (a.publishedAt === undefined ? NaN : Date.parse(a.publishedAt) / 86_400_000));
  const edges = neighbourEdges(built.vectors, built.df, {
    // With a background, "common" is judged against it: the share of articles, not this library's count.
    maxDf: Math.max(30, Math.min(200, Math.ceil((built.blended?.articles ?? n) * 0.05))),
    ...(built.blended === undefined ? {} : { candidateDf: built.blended.df }),
    neighbours: options.neighbours ?? 20,
    minSim: Math.min(0.05, options.threshold ?? storyThreshold(n)),
    ...(options.evidence === false ? {} : { whenTerms: whenTermsOf(built.vocabulary) }),
    days,
    sameDays: options.sameDays ?? 3,
    dayScale: options.dayScale ?? 14,
    ...(signal === undefined ? {} : { signal }),
    ...(onProgress === undefined ? {} : { onProgress: (done: number) => onProgress({ phase: 'neighbours', done, total: n }) })
  });
  return { vectors: built, edges };
}
