/**
 * Merging several ranked result lists into one: the exact FTS5 query, the same query with
 * spelling variants, and MiniSearch's prefix/fuzzy search each rank articles their own way, and
 * their scores are not on one scale (bm25 is negative and unbounded, MiniSearch's is positive).
 */

/** One ranked list of document ids, best first. */
export interface RankedList<Id> {
  /** Names the list in each hit's `sources` (`'exact'`, `'variants'`, `'fuzzy'`). */
  readonly name: string;
  /** Best first. An id repeated in a list counts once, at its best rank. */
  readonly ids: readonly Id[];
  /** How much the list counts, relative to the others. Default 1. */
  readonly weight?: number;
}

/** One ranked list with its own scores. */
export interface ScoredList<Id> {
  readonly name: string;
  readonly hits: ReadonlyArray<{ readonly id: Id; readonly score: number }>;
  /** Default 1. */
  readonly weight?: number;
  /** False for scores where lower is better, like FTS5's `bm25()`. Default true. */
  readonly higherIsBetter?: boolean;
}

/** A document in the fused ranking, with the lists that found it. */
export interface FusedHit<Id> {
  readonly id: Id;
  /** 1 for the best. */
  readonly rank: number;
  readonly score: number;
  /** The lists that found the document and where each ranked it (1-based), in list order. */
  readonly sources: ReadonlyArray<{ readonly list: string; readonly rank: number }>;
}

/** Options of {@link reciprocalRankFusion}. */
export interface RrfOptions {
  /**
   * Damping constant: a document at rank r of a list earns `weight / (k + r)`. Default 60, the
   * value of Cormack, Clarke & Büttcher (2009), which keeps one list's top hit from outweighing
   * agreement between lists: with k = 60, rank 1 earns 1/61 and rank 10 still earns 1/70.
   */
  readonly k?: number;
  /** Most hits returned. Default: all. */
  readonly limit?: number;
}

/**
 * Reciprocal rank fusion: each document scores `Σ weight / (k + rank)` over the lists that found it.
 *
 * Why ranks rather than scores: the lists' scores are on unrelated scales, and even one engine's
 * scores shift from query to query; ranks do not. A document that several lists agree on rises,
 * and weights let the exact query count more than the variant and fuzzy ones, so exact matches
 * stay on top while a variant-only match still gets in.
 *
 * Ties (equal scores) go to the document with the better best rank, then to the one found by more
 * lists, then to the one seen first (list order, then rank), so the output is deterministic.
 *
 * @example
 * reciprocalRankFusion([
 *   { name: 'exact', ids: [2, 7], weight: 1 },
 *   { name: 'variants', ids: [7, 2, 9], weight: 0.5 }
 * ]).map((h) => h.id) // [2, 7, 9]: 2 and 7 are in both lists; 2 is first in the list that weighs more
 */
export function reciprocalRankFusion<Id>(
  lists: ReadonlyArray<RankedList<Id>>,
  options: RrfOptions = {}
): FusedHit<Id>[] {
  const k = options.k ?? 60;
  return rankAll(
    lists.map((list) => ({
      name: list.name,
      ids: list.ids,
      points: (rank: number) => (list.weight ?? 1) / (k + rank)
    })),
    options.limit
  );
}

/**
 * Normalised score fusion (weighted CombSUM): each list's scores are scaled to 0..1 (best = 1,
 * worst = 0; all equal = 1), and a document scores the weighted sum over the lists that found it.
 *
 * Use it when score gaps matter, e.g. one hit far ahead of the rest in bm25; prefer
 * {@link reciprocalRankFusion} otherwise, since min–max scaling lets one outlier squash the
 * others. Ties are broken as there.
 *
 * @example
 * scoreFusion([
 *   { name: 'exact', hits: [{ id: 'a', score: -9.1 }, { id: 'b', score: -2.0 }], higherIsBetter: false },
 *   { name: 'fuzzy', hits: [{ id: 'b', score: 12 }, { id: 'c', score: 3 }], weight: 0.5 }
 * ]).map((h) => h.id) // ['a', 'b', 'c']: a = 1, b = 0 + 0.5, c = 0
 */
export function scoreFusion<Id>(
  lists: ReadonlyArray<ScoredList<Id>>,
  options: { readonly limit?: number } = {}
): FusedHit<Id>[] {
  return rankAll(
    lists.map((list) => {
      const sign = list.higherIsBetter === false ? -1 : 1;
      const scores = list.hits.map((h) => sign * h.score);
      // NB: not Math.max(...scores): spreading a long list overflows the call stack.
      const best = scores.reduce((m, s) => (s > m ? s : m), -Infinity);
      const worst = scores.reduce((m, s) => (s < m ? s : m), Infinity);
      const span = best - worst;
      return {
        name: list.name,
        ids: list.hits.map((h) => h.id),
        points: (rank: number) => {
          const s = scores[rank - 1] as number;
          return (list.weight ?? 1) * (span > 0 && Number.isFinite(span) ? (s - worst) / span : 1);
        }
      };
    }),
    options.limit
  );
}

interface Scorer<Id> {
  readonly name: string;
  readonly ids: readonly Id[];
  readonly points: (rank: number) => number;
}

function rankAll<Id>(lists: ReadonlyArray<Scorer<Id>>, limit: number | undefined): FusedHit<Id>[] {
  const acc = new Map<
    Id,
    { score: number; best: number; order: number; sources: Array<{ list: string; rank: number }> }
  >();
  for (const list of lists) {
    const seen = new Set<Id>();
    list.ids.forEach((id, i) => {
      if (seen.has(id)) return;
      seen.add(id);
      const rank = i + 1;
      const entry = acc.get(id) ?? { score: 0, best: Infinity, order: acc.size, sources: [] };
      entry.score += list.points(rank);
      entry.best = Math.min(entry.best, rank);
      entry.sources.push({ list: list.name, rank });
      acc.set(id, entry);
    });
  }
  const sorted = [...acc.entries()].sort(
    ([, a], [, b]) => b.score - a.score || a.best - b.best || b.sources.length - a.sources.length || a.order - b.order
  );
  return sorted
    .slice(0, limit ?? sorted.length)
    .map(([id, e], i) => ({ id, rank: i + 1, score: e.score, sources: e.sources }));
}
