/**
 * Placing new articles among stories already grouped, without grouping the library again: the
 * kept postings of the placed articles' vectors find the stories the new articles touch, and
 * those stories' members and the new articles are then grouped afresh as a small library of
 * their own, weighed with the whole library's term counts — what a full grouping would decide
 * for them, at the cost of a few dozen articles instead of the library.
 */
import type { GroupStoriesOptions, StoryArticle } from './stories';
import { averageLinkage, cohesionOf, dayDecay, localScaleOf, neighbourEdges, pairFactorOf, whenTermsOf } from './storiesCluster';
import { DEFAULT_STORY_THRESHOLD, storyThreshold } from './storiesThreshold';
import { countTerms, weighCounts, type SparseVector } from './storiesVectors';

/** What placement reads of the articles already in stories (term ids shared with the new vectors). */
export interface PlacedIndex {
  /** The placed articles whose vectors hold `term`, with their weights on it (vectors are L2-normalised). */
  postings(term: number): { readonly docs: ArrayLike<number>; readonly weights: ArrayLike<number> };
  /** Story and day (days since 1970, NaN when unknown) of each of `docs` still in a story. */
  describe(docs: readonly number[]): ReadonlyMap<number, { readonly story: string; readonly day: number }>;
}

/** The new articles' vectors (term ids as in {@link PlacedIndex}) and days. */
export interface NewVectors {
  readonly vectors: readonly SparseVector[];
  readonly days: Float64Array;
}

/** Tuning of {@link touchedStories}: the same meanings and defaults as `groupStories`'s options. */
export interface PlaceOptions {
  /** Default {@link DEFAULT_STORY_THRESHOLD}; pass `storyThreshold(articles in the library)`, as a full grouping would use. */
  readonly threshold?: number;
  /** Neighbours kept per new article. Default 20. */
  readonly neighbours?: number;
  readonly sameDays?: number;
  readonly dayScale?: number;
}

/**
 * The stories the new articles touch: those holding one of each new article's `neighbours` most
 * similar placed articles (cosine from the postings of its own terms, lowered for distant dates,
 * at least `min(0.05, threshold)`: the neighbours a full grouping would link it to).
 *
 * @example touchedStories({ vectors: [v], days: Float64Array.of(NaN) }, index) // ['12']
 */
export function touchedStories(added: NewVectors, placed: PlacedIndex, options: PlaceOptions = {}): string[] {
  const threshold = options.threshold ?? DEFAULT_STORY_THRESHOLD;
  const neighbours = options.neighbours ?? 20;
  const minSim = Math.min(0.05, threshold);
  const sameDays = options.sameDays ?? 3;
  const dayScale = options.dayScale ?? 14;

  // Dates can only lower a cosine, so those under minSim are dropped before asking where the articles are.
  const dots = added.vectors.map((v) => {
    const acc = new Map<number, number>();
    for (let k = 0; k < v.terms.length; k++) {
      const { docs, weights } = placed.postings(v.terms[k]!);
      for (let q = 0; q < docs.length; q++) acc.set(docs[q]!, (acc.get(docs[q]!) ?? 0) + v.weights[k]! * weights[q]!);
    }
    return [...acc].filter(([, dot]) => dot >= minSim);
  });
  const where = placed.describe([...new Set(dots.flatMap((list) => list.map(([doc]) => doc)))]);
  const stories = new Set<string>();
  dots.forEach((list, i) => {
    const sims: Array<{ story: string; sim: number; doc: number }> = [];
    for (const [doc, dot] of list) {
      const at = where.get(doc);
      if (at === undefined) continue;
      const sim = dot * dayDecay(Math.abs(added.days[i]! - at.day), sameDays, dayScale);
      if (sim >= minSim) sims.push({ story: at.story, sim, doc });
    }
    sims.sort((x, y) => y.sim - x.sim || x.doc - y.doc);
    for (const { story } of sims.slice(0, neighbours)) stories.add(story);
  });
  return [...stories];
}

/** The whole library's term statistics, as the neighbourhood is weighed with them. */
export interface LibraryTerms {
  /** Articles holding each of `terms` (term keys) in the whole library, the neighbourhood's included; 0 when unknown. */
  df(terms: readonly string[]): ReadonlyMap<string, number>;
  /** Articles in the whole library, the neighbourhood's included. */
  readonly articles: number;
}

/** Tuning of {@link groupNeighbourhood}: `groupStories`'s, the threshold by default the library's. */
export type NeighbourhoodOptions = Pick<
  GroupStoriesOptions,
  'pinned' | 'threshold' | 'cohesion' | 'pairFactor' | 'localScale' | 'evidence' | 'neighbours' | 'sameDays' | 'dayScale'
>;

/** A neighbourhood's grouping: a cluster index per article, and the vectors (for labels). */
export interface NeighbourhoodGrouping {
  readonly cluster: Int32Array;
  readonly vectors: SparseVector[];
}

/**
 * Groups a neighbourhood of the library (the new articles and the members of the stories they
 * touch) as a full grouping would group those articles: each weighed with the whole library's
 * document frequencies and size, so its vector is the one a full grouping gives it; neighbours
 * and average linkage as `groupStories` (the user's pins kept, its cohesion rule), at the threshold
 * of the library's size. Stories outside the neighbourhood are not read.
 *
 * @example groupNeighbourhood(articles, { df: (terms) => stored(terms), articles: 21_578 }).cluster
 */
export function groupNeighbourhood(
  articles: readonly StoryArticle[],
  library: LibraryTerms,
  options: NeighbourhoodOptions = {}
): NeighbourhoodGrouping {
  const n = library.articles;
  const threshold = options.threshold ?? storyThreshold(n);
  const { counts, vocabulary } = countTerms(articles);
  const whole = library.df(vocabulary);
  const df = Int32Array.from(vocabulary, (term) => whole.get(term) ?? 0);
  // NB: never below the neighbourhood's own count (df read before this batch's articles were counted, or deleted since).
  const own = new Int32Array(vocabulary.length);
  for (const c of counts) for (let k = 0; k < c.terms.length; k++) own[c.terms[k]!]!++;
  for (let t = 0; t < df.length; t++) df[t] = Math.max(df[t]!, own[t]!);
  // The same weighing as a full grouping's (`buildVectors`): its year floor is a share of the whole library.
  const vectors = weighCounts(counts, vocabulary, df, Math.max(n, articles.length));
  const edges = neighbourEdges(vectors, df, {
    // As a full grouping (`storyGraph`): "common" is judged against the whole library.
    maxDf: Math.max(30, Math.min(200, Math.ceil(n * 0.05))),
    neighbours: options.neighbours ?? 20,
    minSim: Math.min(0.05, threshold),
    ...(options.evidence === false ? {} : { whenTerms: whenTermsOf(vocabulary) }),
    days: Float64Array.from(articles, (a) => (a.publishedAt === undefined ? NaN : Date.parse(a.publishedAt) / 86_400_000)),
    sameDays: options.sameDays ?? 3,
    dayScale: options.dayScale ?? 14
  });
  const pins = articles.map((a) => options.pinned?.get(a.id));
  return {
    cluster: averageLinkage(
      articles.length,
      edges,
      threshold,
      pins,
      undefined,
      cohesionOf(options),
      pairFactorOf(options),
      localScaleOf(options)
    ),
    vectors
  };
}
