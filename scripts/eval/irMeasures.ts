/**
 * Ranking measures for search evaluations, as trec_eval computes them.
 *
 * `judged` maps a document to its relevance grade (0 = not relevant); unjudged documents count as
 * not relevant.
 */

/**
 * Normalised discounted cumulative gain at `k`, with linear gains (the grade) and a log2 rank
 * discount: `Σ grade / log2(rank + 1)` over the top k, divided by the same sum for the ideal
 * order of every judged document. 0 when no document is relevant.
 */
export function ndcgAt<Id>(ranking: readonly Id[], judged: ReadonlyMap<Id, number>, k: number): number {
  const dcg = (grades: readonly number[]) => grades.slice(0, k).reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  const ideal = dcg([...judged.values()].filter((g) => g > 0).sort((a, b) => b - a));
  if (ideal === 0) return 0;
  return dcg(ranking.map((id) => Math.max(0, judged.get(id) ?? 0))) / ideal;
}

/**
 * Average precision: the mean, over every relevant document, of the precision at the rank it was
 * found (0 for one never found). Mean over queries = MAP.
 */
export function averagePrecision<Id>(ranking: readonly Id[], judged: ReadonlyMap<Id, number>): number {
  const relevant = [...judged.values()].filter((g) => g > 0).length;
  if (relevant === 0) return 0;
  let found = 0;
  let sum = 0;
  const seen = new Set<Id>();
  ranking.forEach((id) => {
    if (seen.has(id)) return;
    seen.add(id);
    if ((judged.get(id) ?? 0) > 0) {
      found++;
      sum += found / seen.size;
    }
  });
  return sum / relevant;
}

/** The mean of some numbers (0 for none). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
