/**
 * Filtering: candidate passages may overlap (the same sentence of A matched to two places in B,
 * or two clusters whose ranges interleave). A reader wants each stretch of text explained once,
 * so the strongest candidate keeps the contested sentences and weaker ones are trimmed around it
 * or dropped.
 */

import type { Cluster } from './extend';
import type { Seed } from './seeds';
import { cosine, sumVectors, type TermVector } from './vectors';

/** How much aligned evidence a cluster carries: its seeds' best similarity per A unit, summed. */
function strength(cluster: Cluster): number {
  const best = new Map<number, number>();
  for (const s of cluster.seeds) best.set(s.a, Math.max(best.get(s.a) ?? 0, s.cos));
  let total = 0;
  for (const v of best.values()) total += v;
  return total * cluster.sim;
}

function bounds(seeds: readonly Seed[]): { a0: number; a1: number; b0: number; b1: number } {
  let a0 = Infinity;
  let a1 = -1;
  let b0 = Infinity;
  let b1 = -1;
  for (const s of seeds) {
    a0 = Math.min(a0, s.a);
    a1 = Math.max(a1, s.a);
    b0 = Math.min(b0, s.b);
    b1 = Math.max(b1, s.b);
  }
  return { a0, a1, b0, b1 };
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
    const seeds = cluster.seeds.filter(
      (s) => !kept.some((k) => (s.a >= k.a0 && s.a <= k.a1) || (s.b >= k.b0 && s.b <= k.b1))
    );
    if (seeds.length === 0) continue;
    const { a0, a1, b0, b1 } = bounds(seeds);
    if (conflicts({ a0, a1, b0, b1 })) continue;
    const sim = cosine(sumVectors(vectorsA, a0, a1), sumVectors(vectorsB, b0, b1));
    if (sim > minPassageCosine) kept.push({ seeds, a0, a1, b0, b1, sim });
  }
  return kept.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
}
