import { describe, expect, it } from 'vitest';
import { seededRandom } from '@shared/text/seededRandom';
import {
  averageLinkage,
  companyScale,
  DEFAULT_COHESION,
  DEFAULT_LOCAL_SCALE,
  DEFAULT_PAIR_FACTOR,
  type Edge,
  neighbourEdges,
  whenTermsOf
} from './storiesCluster';
import type { SparseVector } from './storiesVectors';

/** `n` random unit vectors over a small vocabulary, so many articles share terms; and each term's df. */
function randomVectors(n: number, vocabulary: number, seed: number): { vectors: SparseVector[]; df: Int32Array } {
  const random = seededRandom(seed);
  const df = new Int32Array(vocabulary);
  const vectors = Array.from({ length: n }, () => {
    const terms = [
      ...new Set(Array.from({ length: 3 + Math.floor(random() * 8) }, () => Math.floor(random() * vocabulary)))
    ].sort((a, b) => a - b);
    const raw = terms.map(() => 0.1 + random());
    const norm = Math.hypot(...raw);
    for (const t of terms) df[t]!++;
    return { terms: Int32Array.from(terms), weights: Float64Array.from(raw, (w) => w / norm) };
  });
  return { vectors, df };
}

/** Every pair's cosine, each article's `k` best at or above `minSim`: what the inverted index must find. */
function bruteForceEdges(vectors: readonly SparseVector[], k: number, minSim: number): Map<string, number> {
  const dense = (v: SparseVector) => new Map([...v.terms].map((t, i) => [t, v.weights[i]!]));
  const maps = vectors.map(dense);
  const edges = new Map<string, number>();
  maps.forEach((a, d) => {
    const sims = maps
      .map((b, e) => ({ e, sim: [...a].reduce((s, [t, w]) => s + w * (b.get(t) ?? 0), 0) }))
      .filter(({ e, sim }) => e !== d && sim >= minSim)
      .sort((x, y) => y.sim - x.sim)
      .slice(0, k);
    for (const { e, sim } of sims) edges.set(d < e ? `${d}-${e}` : `${e}-${d}`, sim);
  });
  return edges;
}

describe('neighbourEdges', () => {
  it('finds each article’s nearest neighbours, every pair once, as comparing all pairs does', () => {
    for (const seed of [1, 2, 3]) {
      const { vectors, df } = randomVectors(300, 60, seed);
      // No term left out and no date: the index's candidates must be the true nearest.
      const edges = neighbourEdges(vectors, df, { maxDf: 300, neighbours: 5, minSim: 0.1, sameDays: 3, dayScale: 14 });
      const found = new Map(edges.map((e) => [`${e.a}-${e.b}`, e.sim]));
      expect(found.size).toBe(edges.length);
      const expected = bruteForceEdges(vectors, 5, 0.1);
      expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [pair, sim] of expected) expect(found.get(pair)).toBeCloseTo(sim, 12);
    }
  });

  it('finds the same neighbours when df also counts articles whose vectors dropped the term', () => {
    // As in a grouping: df counts every article holding a term, a vector keeps only its strongest terms.
    const { vectors, df } = randomVectors(40, 30, 4);
    const counted = df.map((d) => Math.min(40, d * 3));
    const edges = neighbourEdges(vectors, counted, { maxDf: 40, neighbours: 5, minSim: 0.1, sameDays: 3, dayScale: 14 });
    expect(edges.map((e) => `${e.a}-${e.b}`).sort()).toEqual([...bruteForceEdges(vectors, 5, 0.1).keys()].sort());
  });

  it('lowers the similarity of articles published far apart', () => {
    const v = { terms: Int32Array.from([0, 1]), weights: Float64Array.from([Math.SQRT1_2, Math.SQRT1_2]) };
    const df = Int32Array.from([3, 3]);
    const days = Float64Array.from([0, 2, 3 + 14]);
    const edges = neighbourEdges([v, v, v], df, { maxDf: 10, neighbours: 2, minSim: 0.05, days, sameDays: 3, dayScale: 14 });
    const sim = (a: number, b: number) => edges.find((e) => e.a === a && e.b === b)?.sim;
    expect(sim(0, 1)).toBeCloseTo(1, 12);
    expect(sim(0, 2)).toBeCloseTo(Math.exp(-1), 12);
  });
});

describe('averageLinkage', () => {
  const edge = (a: number, b: number, sim: number): Edge => ({ a, b, sim });

  it('joins groups while their mean similarity over all member pairs reaches the threshold', () => {
    // 0-1-2 all close; 3 is fairly close to 2 only: its mean to {0,1,2} is 0.6 / 3 = 0.2.
    const edges = [edge(0, 1, 0.9), edge(0, 2, 0.8), edge(1, 2, 0.85), edge(2, 3, 0.6)];
    const together = (c: Int32Array) => [...c].map((x) => [...c].indexOf(x));
    expect(together(averageLinkage(4, edges, 0.5, [undefined, undefined, undefined, undefined]))).toEqual([0, 0, 0, 3]);
    expect(together(averageLinkage(4, edges, 0.15, [undefined, undefined, undefined, undefined]))).toEqual([0, 0, 0, 0]);
  });

  it('keeps articles pinned to different stories apart, and pinned together ones together', () => {
    // 0 and 2 start as one story; 3, close to 2 only, has a mean of 0.9 / 2 to it.
    const edges = [edge(0, 1, 0.9), edge(2, 3, 0.9)];
    const c = averageLinkage(4, edges, 0.4, ['x', 'y', 'x', undefined]);
    expect(c[0]).not.toBe(c[1]);
    expect(c[0]).toBe(c[2]);
    expect(c[3]).toBe(c[2]);
  });

  it('with cohesion, keeps two tight groups apart that a weaker bridge would join, once both are large enough', () => {
    // Two groups of `size`, 0.6 within; every pair across at 0.2: above the threshold, but below
    // 0.45 × 0.6 = 0.27.
    const groups = (size: number) => {
      const edges: Edge[] = [];
      for (let a = 0; a < 2 * size; a++) {
        for (let b = a + 1; b < 2 * size; b++) edges.push(edge(a, b, a < size === b < size ? 0.6 : 0.2));
      }
      return edges;
    };
    const pins = (size: number) => new Array<string | undefined>(2 * size).fill(undefined);
    const count = (c: Int32Array) => new Set(c).size;
    expect(count(averageLinkage(12, groups(6), 0.15, pins(6)))).toBe(1);
    expect(count(averageLinkage(12, groups(6), 0.15, pins(6), undefined, DEFAULT_COHESION))).toBe(2);
    // Below `from` members a group's own mean is too few pairs to judge by: they join.
    expect(count(averageLinkage(10, groups(5), 0.15, pins(5), undefined, DEFAULT_COHESION))).toBe(1);
  });

  it('with a pair factor, lets two single articles start a story only on a stronger link; a third joins at the threshold', () => {
    // 0-1 at 0.25: over the threshold 0.2, under 1.5 × 0.2 = 0.3. 2-4 at 0.5 start a story, and 3,
    // at 0.45 and 0 to them (mean 0.225), joins it at the threshold.
    const edges = [edge(0, 1, 0.25), edge(2, 3, 0.45), edge(2, 4, 0.5)];
    const pins = new Array<string | undefined>(5).fill(undefined);
    const c = averageLinkage(5, edges, 0.2, pins, undefined, undefined, DEFAULT_PAIR_FACTOR);
    expect(c[0]).not.toBe(c[1]);
    expect(new Set([c[2], c[3], c[4]]).size).toBe(1);
    // Without it (factor 1) the pair at 0.25 is a story.
    const plain = averageLinkage(5, edges, 0.2, pins);
    expect(plain[0]).toBe(plain[1]);
  });

  it('with the local-scale check, keeps a small group from a story whose articles are far closer to each other', () => {
    // Six reports of one event (0-5) and three of another (6-8), `within` inside each, 0.14 across:
    // above the threshold 0.12, and the three are too few for the cohesion rule.
    const groups = (within: number) => {
      const edges: Edge[] = [];
      for (let a = 0; a < 9; a++) for (let b = a + 1; b < 9; b++) edges.push(edge(a, b, a < 6 === b < 6 ? within : 0.14));
      return edges;
    };
    const pins = new Array<string | undefined>(9).fill(undefined);
    const count = (c: Int32Array) => new Set(c).size;
    // Tight company: the six's 5th best similarity is 0.6, the three's 0.14 (two at 0.6, then the
    // bridge); across, 0.14 / √(0.6 × 0.14) = 0.48, under half.
    const tight = groups(0.6);
    const scale = companyScale(9, tight, DEFAULT_LOCAL_SCALE.neighbours);
    expect(scale[0]).toBeCloseTo(0.6);
    expect(scale[8]).toBeCloseTo(0.14);
    expect(count(averageLinkage(9, tight, 0.12, pins, undefined, DEFAULT_COHESION))).toBe(1);
    expect(count(averageLinkage(9, tight, 0.12, pins, undefined, DEFAULT_COHESION, 1, DEFAULT_LOCAL_SCALE))).toBe(2);
    // Loose company (0.25 within): 0.14 / √(0.25 × 0.14) = 0.75, and they join as before.
    expect(count(averageLinkage(9, groups(0.25), 0.12, pins, undefined, DEFAULT_COHESION, 1, DEFAULT_LOCAL_SCALE))).toBe(1);
  });

  it('gives the same clusters whatever order the edges come in', () => {
    const { vectors, df } = randomVectors(400, 80, 7);
    const edges = neighbourEdges(vectors, df, { maxDf: 400, neighbours: 8, minSim: 0.05, sameDays: 3, dayScale: 14 });
    const pins = vectors.map(() => undefined);
    const reversed = averageLinkage(vectors.length, [...edges].reverse(), 0.2, pins);
    expect(averageLinkage(vectors.length, edges, 0.2, pins)).toEqual(reversed);
  });
});

describe('thin evidence: a shared year or one shared word starts no story', () => {
  // Terms: 0 year:2006, 1 page, 2 rebel, 3 daraa.
  const when = whenTermsOf(['year:2006', 'page', 'rebel', 'daraa']);
  const vec = (pairs: Array<[number, number]>): SparseVector => {
    const norm = Math.hypot(...pairs.map(([, w]) => w));
    return { terms: Int32Array.from(pairs.map(([t]) => t)), weights: Float64Array.from(pairs.map(([, w]) => w / norm)) };
  };
  const options = { maxDf: 30, neighbours: 5, minSim: 0.05, sameDays: 3, dayScale: 14 };

  it('marks the year term as a term that only says when', () => {
    expect([...when]).toEqual([1, 0, 0, 0]);
    expect([...whenTermsOf(['206', 'year:1999', 'g8'])]).toEqual([1, 1, 0]);
  });

  it('marks an edge resting on the year, or on one word, as thin; two articles with it stay apart', () => {
    const vectors = [
      vec([[0, 1]]), // writes only its year
      vec([[0, 1], [2, 0.1]]), // its year, and a word the first lacks
      vec([[1, 1]]), // a fragment: one word
      vec([[1, 0.5], [2, 1], [3, 1]]), // shares that word
      vec([[2, 1], [3, 1]]) // shares two words with the fourth
    ];
    const df = Int32Array.from([2, 2, 3, 2]);
    const edges = neighbourEdges(vectors, df, { ...options, whenTerms: when });
    const thin = (a: number, b: number) => edges.find((e) => e.a === a && e.b === b)?.thin === true;
    expect(thin(0, 1)).toBe(true);
    expect(thin(2, 3)).toBe(true);
    expect(thin(3, 4)).toBe(false);
    const cluster = averageLinkage(5, edges, 0.1, Array(5).fill(undefined));
    expect(new Set(cluster).size).toBe(4);
    expect(cluster[3]).toBe(cluster[4]);
    // Without the marks the year pair and the fragment join (what the rule prevents).
    const plain = averageLinkage(5, neighbourEdges(vectors, df, options), 0.1, Array(5).fill(undefined));
    expect(plain[0]).toBe(plain[1]);
  });

  it('lets a thin edge count once a strong one brings an article to a story', () => {
    const edges: Edge[] = [
      { a: 0, b: 1, sim: 0.5 },
      { a: 1, b: 2, sim: 0.3, thin: true },
      { a: 0, b: 2, sim: 0.3 }
    ];
    const cluster = averageLinkage(3, edges, 0.2, [undefined, undefined, undefined]);
    expect(new Set(cluster).size).toBe(1);
    expect(new Set(averageLinkage(2, [{ a: 0, b: 1, sim: 0.9, thin: true }], 0.2, [undefined, undefined])).size).toBe(2);
  });
});
