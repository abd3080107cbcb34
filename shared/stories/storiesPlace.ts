/**
 * Placing new articles among stories already grouped, without grouping the library again: the
 * kept postings of the placed articles' vectors stand in for their text, so only the postings of
 * the new articles' terms are read; average linkage then runs over the new articles and the
 * stories they touch, each of those stories one cluster that new articles may join but that
 * never merges with another story.
 */
import { DEFAULT_STORY_THRESHOLD } from './storiesThreshold';
import { averageLinkage, dayDecay, type Edge } from './storiesCluster';
import type { SparseVector } from './storiesVectors';

/** What placement reads of the articles already in stories (term ids shared with the new vectors). */
export interface PlacedIndex {
  /** The placed articles whose vectors hold `term`, with their weights on it (vectors are L2-normalised). */
  postings(term: number): { readonly docs: ArrayLike<number>; readonly weights: ArrayLike<number> };
  /** Story and day (days since 1970, NaN when unknown) of each of `docs` still in a story. */
  describe(docs: readonly number[]): ReadonlyMap<number, { readonly story: string; readonly day: number }>;
  /** Every member of each of `stories`. */
  members(stories: readonly string[]): ReadonlyMap<string, readonly number[]>;
}

/** The new articles' vectors (term ids as in {@link PlacedIndex}) and days. */
export interface NewVectors {
  readonly vectors: readonly SparseVector[];
  readonly days: Float64Array;
}

/** Tuning of {@link placeArticles}: the same meanings and defaults as `groupStories`'s options. */
export interface PlaceOptions {
  /** Default {@link DEFAULT_STORY_THRESHOLD}; pass `storyThreshold(articles in the library)`, as a full grouping would use. */
  readonly threshold?: number;
  /** Neighbours kept per new article. Default 20. */
  readonly neighbours?: number;
  readonly sameDays?: number;
  readonly dayScale?: number;
}

/** Where the new articles go. */
export interface Placement {
  /** Per new article: the story it joins, or undefined when it is in one of `groups`. */
  readonly joins: Array<string | undefined>;
  /** New stories, as indices into the new articles (a story may have one article). */
  readonly groups: number[][];
}

/**
 * Places new articles: each joins the existing story or the group of other new articles whose
 * mean similarity to it is highest and at least `threshold` — the decision average linkage makes
 * in a full grouping, where an article joins a story when its mean similarity to the story's
 * members is high enough. Existing stories keep their members: user moves and splits stand.
 *
 * @example placeArticles({ vectors: [v], days: Float64Array.of(NaN) }, index).joins // ['12']
 */
export function placeArticles(added: NewVectors, placed: PlacedIndex, options: PlaceOptions = {}): Placement {
  const m = added.vectors.length;
  const threshold = options.threshold ?? DEFAULT_STORY_THRESHOLD;
  const neighbours = options.neighbours ?? 20;
  const minSim = Math.min(0.05, threshold);
  const sameDays = options.sameDays ?? 3;
  const dayScale = options.dayScale ?? 14;
  const decay = (a: number, b: number) => dayDecay(Math.abs(a - b), sameDays, dayScale);

  // Cosines with placed articles, from the postings of each new article's terms (dates can only
  // lower them, so those under minSim are dropped before asking where the articles are).
  const placedDots = added.vectors.map((v) => {
    const acc = new Map<number, number>();
    for (let k = 0; k < v.terms.length; k++) {
      const { docs, weights } = placed.postings(v.terms[k]!);
      for (let q = 0; q < docs.length; q++) acc.set(docs[q]!, (acc.get(docs[q]!) ?? 0) + v.weights[k]! * weights[q]!);
    }
    return [...acc].filter(([, dot]) => dot >= minSim);
  });
  const where = placed.describe([...new Set(placedDots.flatMap((list) => list.map(([doc]) => doc)))]);

  // Each new article's best neighbours, placed (as -1 - doc) or new (as its index).
  const newPostings = new Map<number, Array<[number, number]>>();
  added.vectors.forEach((v, j) => {
    for (let k = 0; k < v.terms.length; k++) {
      const list = newPostings.get(v.terms[k]!);
      if (list === undefined) newPostings.set(v.terms[k]!, [[j, v.weights[k]!]]);
      else list.push([j, v.weights[k]!]);
    }
  });
  const chosen = added.vectors.map((v, i) => {
    const candidates: Array<{ node: number; sim: number }> = [];
    for (const [doc, dot] of placedDots[i]!) {
      const at = where.get(doc);
      if (at === undefined) continue;
      const sim = dot * decay(added.days[i]!, at.day);
      if (sim >= minSim) candidates.push({ node: -1 - doc, sim });
    }
    const dots = new Map<number, number>();
    for (let k = 0; k < v.terms.length; k++)
      for (const [j, w] of newPostings.get(v.terms[k]!)!) if (j !== i) dots.set(j, (dots.get(j) ?? 0) + v.weights[k]! * w);
    for (const [j, dot] of dots) {
      const sim = dot * decay(added.days[i]!, added.days[j]!);
      if (sim >= minSim) candidates.push({ node: j, sim });
    }
    return candidates.sort((x, y) => y.sim - x.sim || x.node - y.node).slice(0, neighbours);
  });

  // Nodes 0..m-1 are the new articles; then every member of each story they chose a neighbour in,
  // so that a story's size, and so the mean similarity to it, is the story's own.
  const stories = [...new Set(chosen.flatMap((list) => list.filter((c) => c.node < 0).map((c) => where.get(-1 - c.node)!.story)))];
  const nodeOf = new Map<number, number>();
  const pins: Array<string | undefined> = new Array<string | undefined>(m).fill(undefined);
  for (const [story, docs] of placed.members(stories)) {
    for (const doc of docs) {
      nodeOf.set(doc, pins.length);
      pins.push(story);
    }
  }
  const edges: Edge[] = [];
  const newPairs = new Set<number>();
  chosen.forEach((list, i) => {
    for (const { node, sim } of list) {
      if (node < 0) {
        const to = nodeOf.get(-1 - node);
        if (to !== undefined) edges.push({ a: i, b: to, sim });
        continue;
      }
      // A pair of new articles that chose each other is one edge.
      const [a, b] = i < node ? [i, node] : [node, i];
      if (newPairs.has(a * m + b)) continue;
      newPairs.add(a * m + b);
      edges.push({ a, b, sim });
    }
  });

  const cluster = averageLinkage(pins.length, edges, threshold, pins);
  const storyOfCluster = new Map<number, string>();
  for (let node = m; node < pins.length; node++) storyOfCluster.set(cluster[node]!, pins[node]!);
  const joins: Array<string | undefined> = [];
  const groups = new Map<number, number[]>();
  for (let i = 0; i < m; i++) {
    const story = storyOfCluster.get(cluster[i]!);
    joins.push(story);
    if (story !== undefined) continue;
    const group = groups.get(cluster[i]!);
    if (group === undefined) groups.set(cluster[i]!, [i]);
    else group.push(i);
  }
  return { joins, groups: [...groups.values()] };
}
