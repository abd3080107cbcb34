/**
 * Filtering: candidate passages may overlap (the same sentence of A matched to two places in B,
 * or two clusters whose ranges interleave). A reader wants each stretch of text explained once,
 * so the strongest candidate keeps the contested sentences and weaker ones are trimmed around it
 * or dropped.
 */

import { clusterOf, type Cluster } from './extend';
import type { TermVector } from './vectors';

/** How much aligned evidence a cluster carries: its seeds' best similarity per A unit, summed. */
function strength(cluster: Cluster): number {
  const best = new Map<number, number>();
  for (const s of cluster.seeds) best.set(s.a, Math.max(best.get(s.a) ?? 0, s.cos));
  let total = 0;
  for (const v of best.values()) total += v;
  return total * cluster.sim;
}

function overlaps(x0: number, x1: number, y0: number, y1: number): boolean {
  return x0 <= y1 && y0 <= x1;
}

/**
 * Keeps a set of non-overlapping passages (on both sides), strongest first. A weaker candidate
 * loses the seeds that fall inside an accepted passage and survives if what remains is still
 * a similar, non-overlapping passage.
 */
export function resolveOverlaps(
  clusters: readonly Cluster[],
  vectorsA: readonly TermVector[],
  vectorsB: readonly TermVector[],
  minPassageCosine: number
): Cluster[] {
  const ranked = [...clusters].sort((x, y) => strength(y) - strength(x));
  const kept: Cluster[] = [];
  const conflicts = (c: { a0: number; a1: number; b0: number; b1: number }): boolean =>
    kept.some((k) => overlaps(c.a0, c.a1, k.a0, k.a1) || overlaps(c.b0, c.b1, k.b0, k.b1));
  for (const cluster of ranked) {
    if (!conflicts(cluster)) {
      kept.push(cluster);
      continue;
    }
    const seeds = cluster.seeds.filter((s) => !kept.some((k) => (s.a >= k.a0 && s.a <= k.a1) || (s.b >= k.b0 && s.b <= k.b1)));
    if (seeds.length === 0) continue;
    const trimmed = clusterOf(seeds, vectorsA, vectorsB);
    if (!conflicts(trimmed) && trimmed.sim > minPassageCosine) kept.push(trimmed);
  }
  return kept.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
}
