/**
 * Clustering articles into stories: candidate neighbours from an inverted index (never all
 * pairs), then average-linkage agglomerative clustering over that sparse graph, with pinned
 * assignments kept.
 */
import { AbortedError } from '@shared/aborted';
import type { SparseVector } from './storiesVectors';

/** A similarity edge between articles `a` < `b`. */
export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly sim: number;
  /**
   * True when the two articles share too little besides their year (`NeighbourOptions.whenTerms`):
   * the edge counts in the mean of a join that other edges make, but makes none itself.
   */
  readonly thin?: boolean;
}

export interface NeighbourOptions {
  /** Terms in more articles than this are left out of candidate generation (they link everything). */
  readonly maxDf: number;
  /** Document frequencies `maxDf` is held against, when not the library's own (blended with a background). */
  readonly candidateDf?: ArrayLike<number>;
  /** Neighbours kept per article. */
  readonly neighbours: number;
  /** Least similarity of an edge. */
  readonly minSim: number;
  /**
   * Term ids that only say when (the year term, a year written as a word: {@link whenTermsOf}).
   * With them, an edge is marked `thin` unless the two articles also share at least
   * {@link EDGE_LEAST_TERMS} other terms worth `minSim` on their own. Default none (no edge thin).
   */
  readonly whenTerms?: Uint8Array;
  /** Days since 1970 per article, or NaN when unknown. */
  readonly days?: Float64Array;
  /** Gap in days under which dates do not matter; beyond it similarity decays. */
  readonly sameDays: number;
  /** Days over which similarity falls by a factor e beyond `sameDays`. */
  readonly dayScale: number;
  readonly signal?: AbortSignal;
  /** Told how many articles have their neighbours, as often as the signal is checked. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Least number of terms, besides those that only say when, two articles must share for their
 * edge to start or bring about a join (`Edge.thin`): a three-word PDF (`Testcase: Pages loop`) sharing `page` with a news report is no
 * story, while a one-line report (`The parliament election is over in Turkmenistan.`) shares
 * the event's name and its words. Review 13, finding 3 (docs/compare.md, "Small mixed libraries").
 */
export const EDGE_LEAST_TERMS = 2;

/**
 * The terms of `vocabulary` that only say when an article was written: the year term
 * (`year:2006`) and a year written as a word (years are the only numbers kept as terms). Two
 * articles of one year share them and nothing of their event.
 *
 * @example whenTermsOf(['year:2006', '206', 'labar'])[2] // 0
 */
export function whenTermsOf(vocabulary: readonly string[]): Uint8Array {
  return Uint8Array.from(vocabulary, (key) => (key.startsWith('year:') || /^\d+$/.test(key) ? 1 : 0));
}

/**
 * The strongest neighbours of every article. Dot products are accumulated over the postings of
 * each article's terms (skipping terms with `df > maxDf`), the best candidates are re-scored with
 * the exact cosine, and dates, when both articles have one, scale similarity down with distance.
 */
export function neighbourEdges(vectors: readonly SparseVector[], df: Int32Array, o: NeighbourOptions): Edge[] {
  const n = vectors.length;
  const { start, docs, weights } = postings(vectors, df.length);
  const skipDf = o.candidateDf ?? df;
  const whenTerms = o.whenTerms;
  const { start: rowStart, terms: rowTerms, weights: rowWeights } = rows(vectors);

  const acc = new Float64Array(n);
  // First-touch order of the articles sharing a term with `d`; it breaks ties between equal scores.
  const touched = new Int32Array(n);
  const pick = new TopK(o.neighbours * 2);
  const sims = new Float64Array(o.neighbours * 2);
  const best = new Int32Array(o.neighbours * 2);
  const thin = new Uint8Array(o.neighbours * 2);
  const dense = new Float64Array(df.length);
  const edges: Edge[] = [];
  // The neighbours each article chose, `o.neighbours` slots per article.
  const neighbourOf = new Int32Array(n * o.neighbours);
  const neighbourCount = new Int32Array(n);
  const chose = (a: number, b: number) => {
    for (let r = 0; r < neighbourCount[a]!; r++) if (neighbourOf[a * o.neighbours + r] === b) return true;
    return false;
  };
  // Most touched articles share one middling term: only those already near minSim are ranked.
  const floor = o.minSim / 2;
  for (let d = 0; d < n; d++) {
    if (d % 512 === 0) {
      if (o.signal?.aborted === true) throw new AbortedError('story grouping aborted');
      if (d > 0) o.onProgress?.(d);
    }
    const first = rowStart[d]!;
    const last = rowStart[d + 1]!;
    let touchedCount = 0;
    for (let k = first; k < last; k++) {
      const t = rowTerms[k]!;
      if (skipDf[t]! > o.maxDf) continue;
      const w = rowWeights[k]!;
      for (let p = start[t]!; p < start[t + 1]!; p++) {
        const e = docs[p]!;
        if (e === d) continue;
        if (acc[e] === 0) touched[touchedCount++] = e;
        acc[e] = acc[e]! + w * weights[p]!;
      }
    }
    // The best partial scores (ties: first touched first), re-scored with the exact cosine.
    pick.clear();
    for (let i = 0; i < touchedCount; i++) {
      const e = touched[i]!;
      if (acc[e]! >= floor) pick.offer(acc[e]!, i, e);
      acc[e] = 0;
    }
    const m = pick.drain();
    // `d`'s weights spread over the vocabulary: each candidate's cosine is then one pass over its
    // own terms (the same products, added in the same term order, as a merge of the two lists).
    for (let k = first; k < last; k++) dense[rowTerms[k]!] = rowWeights[k]!;
    let kept = 0;
    for (let i = 0; i < m; i++) {
      const e = pick.items[i]!;
      let dot = 0;
      let dotWhen = 0;
      let sharedOther = 0;
      for (let k = rowStart[e]!; k < rowStart[e + 1]!; k++) {
        const w = dense[rowTerms[k]!]!;
        if (w === 0) continue;
        dot += w * rowWeights[k]!;
        if (whenTerms !== undefined && whenTerms[rowTerms[k]!] === 1) dotWhen += w * rowWeights[k]!;
        else sharedOther++;
      }
      const factor = dateFactor(o, d, e);
      const sim = dot * factor;
      if (sim < o.minSim) continue;
      // A shared year, or one shared word, starts no story: what else they share must be an edge too.
      const isThin = whenTerms !== undefined && (sharedOther < EDGE_LEAST_TERMS || (dot - dotWhen) * factor < o.minSim);
      // Insertion by similarity, best first; equal similarities keep the partial-score order.
      let j = kept++;
      while (j > 0 && sims[j - 1]! < sim) {
        sims[j] = sims[j - 1]!;
        best[j] = best[j - 1]!;
        thin[j] = thin[j - 1]!;
        j--;
      }
      sims[j] = sim;
      best[j] = e;
      thin[j] = isThin ? 1 : 0;
    }
    for (let k = first; k < last; k++) dense[rowTerms[k]!] = 0;
    const count = Math.min(kept, o.neighbours);
    neighbourCount[d] = count;
    for (let r = 0; r < count; r++) {
      const e = best[r]!;
      neighbourOf[d * o.neighbours + r] = e;
      // A pair both ends chose is one edge, added by the first of them.
      if (e < d && chose(e, d)) continue;
      const [a, b] = d < e ? [d, e] : [e, d];
      edges.push(thin[r] === 1 ? { a, b, sim: sims[r]!, thin: true } : { a, b, sim: sims[r]! });
    }
  }
  return edges;
}

/**
 * The `capacity` best of a stream of (score, rank, item), highest score first and, among equal
 * scores, lowest rank first: a bounded min-heap in typed arrays, so ranking thousands of
 * candidates per article allocates nothing.
 */
class TopK {
  private readonly scores: Float64Array;
  private readonly ranks: Int32Array;
  /** After {@link drain}: the kept items, best first. */
  readonly items: Int32Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.ranks = new Int32Array(capacity);
    this.items = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  offer(score: number, rank: number, item: number): void {
    if (this.size < this.capacity) {
      let i = this.size++;
      // Sift up: the worst entry sits at the root.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, rank, this.scores[parent]!, this.ranks[parent]!)) break;
        this.move(parent, i);
        i = parent;
      }
      this.put(i, score, rank, item);
      return;
    }
    if (this.capacity === 0 || !this.worse(this.scores[0]!, this.ranks[0]!, score, rank)) return;
    this.siftDown(score, rank, item, this.size);
  }

  /** Orders the kept entries best first into `items`; returns how many there are. */
  drain(): number {
    const n = this.size;
    // Pop the worst to the end, one by one: the array ends best first.
    for (let end = n - 1; end > 0; end--) {
      const [s, r, it] = [this.scores[end]!, this.ranks[end]!, this.items[end]!];
      const [s0, r0, it0] = [this.scores[0]!, this.ranks[0]!, this.items[0]!];
      this.siftDown(s, r, it, end);
      this.put(end, s0, r0, it0);
    }
    this.size = 0;
    return n;
  }

  /** Puts (score, rank, item) at the root of the first `size` entries and sifts it down. */
  private siftDown(score: number, rank: number, item: number, size: number): void {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      let c = l;
      if (l + 1 < size && this.worse(this.scores[l + 1]!, this.ranks[l + 1]!, this.scores[l]!, this.ranks[l]!)) c = l + 1;
      if (!this.worse(this.scores[c]!, this.ranks[c]!, score, rank)) break;
      this.move(c, i);
      i = c;
    }
    this.put(i, score, rank, item);
  }

  /** True when (s1, r1) ranks below (s2, r2). */
  private worse(s1: number, r1: number, s2: number, r2: number): boolean {
    return s1 < s2 || (s1 === s2 && r1 > r2);
  }

  private move(from: number, to: number): void {
    this.scores[to] = this.scores[from]!;
    this.ranks[to] = this.ranks[from]!;
    this.items[to] = this.items[from]!;
  }

  private put(i: number, score: number, rank: number, item: number): void {
    this.scores[i] = score;
    this.ranks[i] = rank;
    this.items[i] = item;
  }
}

/** Term → (article, weight) pairs in compressed rows: the inverted index candidates come from. */
function postings(
  vectors: readonly SparseVector[],
  terms: number
): { start: Int32Array; docs: Int32Array; weights: Float64Array } {
  // NB: sized by the vectors holding each term, not by its df: a vector keeps only its strongest
  // terms, and a slot left empty read as article 0 with weight 0, which `neighbourEdges` counted as
  // touched again at every such slot until its list of touched articles overflowed and lost real
  // candidates (most of a small library's same-event pairs).
  const held = new Int32Array(terms);
  for (const v of vectors) for (let k = 0; k < v.terms.length; k++) held[v.terms[k]!]!++;
  const start = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + held[t]!;
  const fill = start.slice(0, terms);
  const docs = new Int32Array(start[terms]!);
  const weights = new Float64Array(start[terms]!);
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!;
      docs[fill[t]!] = d;
      weights[fill[t]!++] = v.weights[k]!;
    }
  });
  return { start, docs, weights };
}

/** Article → (term, weight) pairs in compressed rows: every vector close together in memory. */
function rows(vectors: readonly SparseVector[]): { start: Int32Array; terms: Int32Array; weights: Float64Array } {
  const start = new Int32Array(vectors.length + 1);
  vectors.forEach((v, d) => (start[d + 1] = start[d]! + v.terms.length));
  const terms = new Int32Array(start[vectors.length]!);
  const weights = new Float64Array(start[vectors.length]!);
  vectors.forEach((v, d) => {
    terms.set(v.terms, start[d]!);
    weights.set(v.weights, start[d]!);
  });
  return { start, terms, weights };
}

function dateFactor(o: NeighbourOptions, a: number, b: number): number {
  if (o.days === undefined) return 1;
  return dayDecay(Math.abs(o.days[a]! - o.days[b]!), o.sameDays, o.dayScale);
}

/** How much a gap of `gap` days (NaN: a date unknown) lowers similarity: 1 up to `sameDays`, then e-fold every `dayScale` days. */
export function dayDecay(gap: number, sameDays: number, dayScale: number): number {
  if (Number.isNaN(gap) || gap <= sameDays) return 1;
  return Math.exp(-(gap - sameDays) / dayScale);
}

/**
 * When two groups are too far apart for their own closeness (docs/compare.md, "Two tight groups"):
 * groups that both hold at least `from` articles join only when the mean similarity across them is
 * at least `ratio` × the geometric mean of the mean similarities within each.
 */
export interface Cohesion {
  readonly ratio: number;
  readonly from: number;
}

/**
 * Default {@link Cohesion}: 0.45 from 6 articles, chosen by cross-validation over ECB+ topics (5 folds
 * and odd against even; `npx tsx scripts/eval-stories.ts --cv-cohesion`). It leaves the grouping of
 * all 35 topics as it was and keeps apart, in a smaller library, two events that one holds apart.
 */
export const DEFAULT_COHESION: Cohesion = { ratio: 0.45, from: 6 };

/** The cohesion rule of grouping options: theirs, {@link DEFAULT_COHESION} when unset, none for `null`. */
export function cohesionOf(options: { readonly cohesion?: Cohesion | null }): Cohesion | undefined {
  return options.cohesion === null ? undefined : (options.cohesion ?? DEFAULT_COHESION);
}

/**
 * Default factor on the threshold for two single articles to start a story together (docs/compare.md,
 * "Stories of two"). A story of two rests on one similarity, a noisy measure: in a library of one
 * field (bbc-news-2225) two articles on one subject (two bank results, two transfers) often clear
 * the threshold by sharing its vocabulary, and most such pairs were no story. A third article
 * joining a group, or two groups joining, is judged on several pairs and keeps the threshold.
 */
export const DEFAULT_PAIR_FACTOR = 1.5;

/** The pair factor of grouping options: theirs, {@link DEFAULT_PAIR_FACTOR} when unset. */
export function pairFactorOf(options: { readonly pairFactor?: number }): number {
  return options.pairFactor ?? DEFAULT_PAIR_FACTOR;
}

/**
 * A join measured against each side's own company (docs/compare.md, "Close company"): every
 * similarity is divided by the geometric mean of its two articles' `neighbours`-th best similarity
 * (how alike an article's close company is), and two groups join only when the mean of these
 * across them is at least `ratio`. Where an article's nearest articles are far more alike than it
 * is to another group (each of two events of one kind reported many times), the join is refused;
 * where its company is loose (a library of one field, few reports per event) the check passes
 * whatever the threshold passes, so it never joins what the threshold keeps apart.
 */
export interface LocalScale {
  readonly neighbours: number;
  readonly ratio: number;
}

/**
 * Default {@link LocalScale}: 0.5 of the 5th neighbour's similarity, chosen by cross-validation over
 * ECB+ topics (5 folds and odd against even; `npx tsx scripts/eval-stories.ts --cv-local`). It leaves
 * the grouping of all 35 topics and of bbc-news-2225 as it was.
 */
export const DEFAULT_LOCAL_SCALE: LocalScale = { neighbours: 5, ratio: 0.5 };

/** The local-scale check of grouping options: theirs, {@link DEFAULT_LOCAL_SCALE} when unset, none for `null`. */
export function localScaleOf(options: { readonly localScale?: LocalScale | null }): LocalScale | undefined {
  return options.localScale === null ? undefined : (options.localScale ?? DEFAULT_LOCAL_SCALE);
}

/**
 * Each article's `k`-th best similarity among the edges that touch it (its least when it has fewer
 * than `k`; 1 when it has none, which no edge then reads).
 */
export function companyScale(n: number, edges: readonly Edge[], k: number): Float64Array {
  // The k best of each article kept in place, best first: k is small (5), so no list is sorted.
  const best = new Float64Array(n * k);
  const count = new Int32Array(n);
  const offer = (i: number, sim: number) => {
    const base = i * k;
    let j = Math.min(count[i]!, k - 1);
    if (count[i]! >= k && best[base + j]! >= sim) return;
    while (j > 0 && best[base + j - 1]! < sim) {
      best[base + j] = best[base + j - 1]!;
      j--;
    }
    best[base + j] = sim;
    count[i]!++;
  };
  for (const { a, b, sim } of edges) {
    offer(a, sim);
    offer(b, sim);
  }
  return Float64Array.from({ length: n }, (_, i) => (count[i] === 0 ? 1 : best[i * k + Math.min(count[i]!, k) - 1]!));
}

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly joins the
 * two clusters with the highest mean similarity over all their member pairs (pairs without an
 * edge count as 0) while it is at least `threshold` (and, with `cohesion`, high enough against
 * each cluster's own mean similarity; two single articles need `pairFactor` × `threshold`; with
 * `local`, high enough against each article's close company).
 * Articles pinned to one story start together; clusters pinned to different stories never join.
 *
 * @returns a cluster index per article.
 */
export function averageLinkage(
  n: number,
  edges: readonly Edge[],
  threshold: number,
  pins: ReadonlyArray<string | undefined>,
  signal?: AbortSignal,
  cohesion?: Cohesion,
  pairFactor = 1,
  local?: LocalScale
): Int32Array {
  const size = new Int32Array(n).fill(1);
  /** Sum of similarities between the members of each cluster (missing pairs count as 0). */
  const within = new Float64Array(n);
  const pin = [...pins];
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  /** Sum of similarities between cluster c and each neighbouring cluster. */
  const links: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  /**
   * Sums of thin edges (`Edge.thin`) between cluster c and each neighbouring cluster, for the few
   * clusters that have any: they count in a join's mean but never make one (only `links` is
   * searched for joins), so two clusters linked only by a shared year or one word stay apart.
   */
  const thinLinks: Array<Map<number, number> | undefined> = new Array<Map<number, number> | undefined>(n);
  const addThin = (a: number, b: number, sum: number) => {
    const m = thinLinks[a] ?? (thinLinks[a] = new Map());
    m.set(b, (m.get(b) ?? 0) + sum);
  };
  for (const { a, b, sim, thin } of edges) {
    if (thin === true) {
      addThin(a, b, sim);
      addThin(b, a, sim);
      continue;
    }
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + sim);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + sim);
  }
  /** With `local`: each article's edges, similarities over the two articles' company scale, and each cluster's members. */
  const company = local === undefined ? undefined : new CompanyCheck(n, edges, local);
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number) => {
    let x = i;
    while (parent[x] !== x) x = parent[x]!;
    return x;
  };
  const heap = new JoinHeap();
  const push = (a: number, b: number) => {
    const sum = (links[a]!.get(b) ?? 0) + (thinLinks[a]?.get(b) ?? 0);
    const avg = sum / (size[a]! * size[b]!);
    // NB: size 1 × 1 is two single articles; a single article joining a group keeps the threshold.
    const least = size[a]! * size[b]! === 1 ? threshold * pairFactor : threshold;
    if (avg >= least && compatible(pin, a, b) && cohesive(a, b, avg)) heap.push(avg, a, b, version[a]!, version[b]!);
  };
  const meanWithin = (c: number) => within[c]! / ((size[c]! * (size[c]! - 1)) / 2);
  // Two tight groups bridged by shared names and wording (two fires at one supermarket chain) are
  // two events even when the bridge clears the threshold; a group's own mean is noise below `from`.
  const cohesive = (a: number, b: number, avg: number) =>
    cohesion === undefined ||
    size[a]! < cohesion.from ||
    size[b]! < cohesion.from ||
    avg >= cohesion.ratio * Math.sqrt(meanWithin(a) * meanWithin(b));
  const merge = (a: number, b: number) => {
    // The cluster with more neighbours survives: fewer map updates.
    const [keep, gone] = links[a]!.size >= links[b]!.size ? [a, b] : [b, a];
    parent[gone] = keep;
    return mergeInto(keep, gone);
  };
  const mergeInto = (keep: number, gone: number) => {
    company?.merge(keep, gone);
    for (const [c, sum] of links[gone]!) {
      if (c === keep) continue;
      links[keep]!.set(c, (links[keep]!.get(c) ?? 0) + sum);
      const lc = links[c]!;
      lc.delete(gone);
      lc.set(keep, (lc.get(keep) ?? 0) + sum);
    }
    const thinGone = thinLinks[gone];
    if (thinGone !== undefined) {
      for (const [c, sum] of thinGone) {
        if (c === keep) continue;
        addThin(keep, c, sum);
        const tc = thinLinks[c]!;
        tc.delete(gone);
        tc.set(keep, (tc.get(keep) ?? 0) + sum);
      }
      thinLinks[gone] = undefined;
    }
    const thinAcross = thinLinks[keep]?.get(gone) ?? 0;
    thinLinks[keep]?.delete(gone);
    within[keep] = within[keep]! + within[gone]! + (links[keep]!.get(gone) ?? 0) + thinAcross;
    links[keep]!.delete(gone);
    links[gone] = new Map();
    size[keep] = size[keep]! + size[gone]!;
    pin[keep] = pin[keep] ?? pin[gone];
    alive[gone] = 0;
    version[keep]!++;
    return keep;
  };

  // Pinned articles of one story start as one cluster, whatever their similarity.
  const firstOfPin = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = pins[i];
    if (p === undefined) continue;
    const first = firstOfPin.get(p);
    if (first === undefined) firstOfPin.set(p, i);
    else if (find(first) !== find(i)) firstOfPin.set(p, merge(find(first), find(i)));
  }
  for (let a = 0; a < n; a++) if (alive[a] === 1) for (const b of links[a]!.keys()) if (a < b) push(a, b);

  let steps = 0;
  for (;;) {
    if (!heap.pop()) break;
    if (++steps % 4096 === 0 && signal?.aborted === true) throw new AbortedError('story grouping aborted');
    const { topA: a, topB: b } = heap;
    if (alive[a] === 0 || alive[b] === 0 || version[a] !== heap.topVa || version[b] !== heap.topVb) continue;
    // Checked only for the join about to be made: its sum is read from the members' edges. A join
    // refused stays refused until either cluster changes, which pushes the pair again.
    if (company !== undefined && !company.allows(a, b, find)) continue;
    const keep = merge(a, b);
    for (const c of links[keep]!.keys()) push(keep, c);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = find(i);
  return out;
}

/**
 * The {@link LocalScale} check of {@link averageLinkage}: each article's edges with their similarity
 * over the geometric mean of the two articles' {@link companyScale}, and each cluster's members, so
 * the mean across two clusters is summed only for a join about to be made (keeping these sums for
 * every pair of clusters, as the linkage keeps its similarities, made it several times slower).
 */
class CompanyCheck {
  private readonly start: Int32Array;
  private readonly to: Int32Array;
  private readonly scaled: Float64Array;
  private readonly members: number[][];

  constructor(
    n: number,
    edges: readonly Edge[],
    private readonly local: LocalScale
  ) {
    const scale = companyScale(n, edges, local.neighbours);
    const degree = new Int32Array(n + 1);
    for (const { a, b } of edges) {
      degree[a + 1]!++;
      degree[b + 1]!++;
    }
    for (let i = 0; i < n; i++) degree[i + 1] = degree[i + 1]! + degree[i]!;
    this.start = degree;
    const fill = degree.slice(0, n);
    this.to = new Int32Array(degree[n]!);
    this.scaled = new Float64Array(degree[n]!);
    for (const { a, b, sim } of edges) {
      const s = sim / Math.sqrt(scale[a]! * scale[b]!);
      this.to[fill[a]!] = b;
      this.scaled[fill[a]!++] = s;
      this.to[fill[b]!] = a;
      this.scaled[fill[b]!++] = s;
    }
    this.members = Array.from({ length: n }, (_, i) => [i]);
  }

  /** True when the mean scaled similarity across clusters `a` and `b` (roots under `find`) reaches the ratio. */
  allows(a: number, b: number, find: (i: number) => number): boolean {
    const [small, other] = this.members[a]!.length <= this.members[b]!.length ? [a, b] : [b, a];
    let sum = 0;
    for (const i of this.members[small]!) {
      for (let k = this.start[i]!; k < this.start[i + 1]!; k++) if (find(this.to[k]!) === other) sum += this.scaled[k]!;
    }
    return sum / (this.members[a]!.length * this.members[b]!.length) >= this.local.ratio;
  }

  merge(keep: number, gone: number): void {
    const into = this.members[keep]!;
    for (const i of this.members[gone]!) into.push(i);
    this.members[gone] = [];
  }
}

function compatible(pin: ReadonlyArray<string | undefined>, a: number, b: number): boolean {
  const x = pin[a];
  const y = pin[b];
  return x === undefined || y === undefined || x === y;
}

/**
 * A binary max-heap of candidate joins on `avg`; ties broken by smaller indices, so results do
 * not depend on insertion order. Entries live in growable typed arrays: a library's grouping
 * pushes hundreds of thousands of them, and objects made it mostly garbage collection.
 */
class JoinHeap {
  private avg = new Float64Array(1024);
  /** a, b, va, vb of each entry, four slots per entry. */
  private ids = new Int32Array(4096);
  private size = 0;
  /** The last popped entry. */
  topAvg = 0;
  topA = 0;
  topB = 0;
  topVa = 0;
  topVb = 0;

  push(avg: number, a: number, b: number, va: number, vb: number): void {
    if (this.size === this.avg.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(avg, a, b, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.put(i, avg, a, b, va, vb);
  }

  /** Takes the best entry into the `top*` fields; false when the heap is empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const ids = this.ids;
    [this.topAvg, this.topA, this.topB, this.topVa, this.topVb] = [this.avg[0]!, ids[0]!, ids[1]!, ids[2]!, ids[3]!];
    const last = --this.size;
    if (last === 0) return true;
    const avg = this.avg[last]!;
    const [a, b, va, vb] = [ids[last * 4]!, ids[last * 4 + 1]!, ids[last * 4 + 2]!, ids[last * 4 + 3]!];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      let c = l;
      if (l + 1 < last && this.aboveEntry(l + 1, l)) c = l + 1;
      if (this.above(avg, a, b, c)) break;
      this.move(c, i);
      i = c;
    }
    this.put(i, avg, a, b, va, vb);
    return true;
  }

  /** True when (avg, a, b) comes before entry `j`. */
  private above(avg: number, a: number, b: number, j: number): boolean {
    const y = this.avg[j]!;
    if (avg !== y) return avg > y;
    const ya = this.ids[j * 4]!;
    return a < ya || (a === ya && b < this.ids[j * 4 + 1]!);
  }

  private aboveEntry(i: number, j: number): boolean {
    return this.above(this.avg[i]!, this.ids[i * 4]!, this.ids[i * 4 + 1]!, j);
  }

  private move(from: number, to: number): void {
    const ids = this.ids;
    this.avg[to] = this.avg[from]!;
    ids[to * 4] = ids[from * 4]!;
    ids[to * 4 + 1] = ids[from * 4 + 1]!;
    ids[to * 4 + 2] = ids[from * 4 + 2]!;
    ids[to * 4 + 3] = ids[from * 4 + 3]!;
  }

  private put(i: number, avg: number, a: number, b: number, va: number, vb: number): void {
    this.avg[i] = avg;
    this.ids[i * 4] = a;
    this.ids[i * 4 + 1] = b;
    this.ids[i * 4 + 2] = va;
    this.ids[i * 4 + 3] = vb;
  }

  private grow(): void {
    const avg = new Float64Array(this.avg.length * 2);
    avg.set(this.avg);
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.avg = avg;
    this.ids = ids;
  }
}
