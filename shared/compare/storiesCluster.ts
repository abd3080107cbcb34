/**
 * Clustering articles into stories: candidate neighbours from an inverted index (never all
 * pairs), then average-linkage agglomerative clustering over that sparse graph, with pinned
 * assignments kept.
 */
import { AlignAbortedError } from './align';
import { cosine, type SparseVector } from './storiesVectors';

/** A similarity edge between articles `a` < `b`. */
export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly sim: number;
}

export interface NeighbourOptions {
  /** Terms in more articles than this are left out of candidate generation (they link everything). */
  readonly maxDf: number;
  /** Neighbours kept per article. */
  readonly neighbours: number;
  /** Least similarity of an edge. */
  readonly minSim: number;
  /** Days since 1970 per article, or NaN when unknown. */
  readonly days?: Float64Array;
  /** Gap in days under which dates do not matter; beyond it similarity decays. */
  readonly sameDays: number;
  /** Days over which similarity falls by a factor e beyond `sameDays`. */
  readonly dayScale: number;
  readonly signal?: { readonly aborted: boolean };
}

/**
 * The strongest neighbours of every article. Dot products are accumulated over the postings of
 * each article's terms (skipping terms with `df > maxDf`), the best candidates are re-scored with
 * the exact cosine, and dates, when both articles have one, scale similarity down with distance.
 */
export function neighbourEdges(vectors: readonly SparseVector[], df: Int32Array, o: NeighbourOptions): Edge[] {
  const n = vectors.length;
  // Postings in compressed rows: term → (article, weight) pairs.
  const start = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) start[t + 1] = start[t]! + df[t]!;
  const fill = start.slice(0, df.length);
  const docs = new Int32Array(start[df.length]!);
  const weights = new Float64Array(start[df.length]!);
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!;
      docs[fill[t]!] = d;
      weights[fill[t]!++] = v.weights[k]!;
    }
  });

  const acc = new Float64Array(n);
  const touched: number[] = [];
  const edges = new Map<number, Edge>();
  for (let d = 0; d < n; d++) {
    if (d % 512 === 0 && o.signal?.aborted === true) throw new AlignAbortedError();
    const v = vectors[d]!;
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!;
      if (df[t]! > o.maxDf) continue;
      const w = v.weights[k]!;
      for (let p = start[t]!; p < start[t + 1]!; p++) {
        const e = docs[p]!;
        if (e === d) continue;
        if (acc[e] === 0) touched.push(e);
        acc[e] = acc[e]! + w * weights[p]!;
      }
    }
    // Most touched articles share one middling term: only those already near minSim are ranked.
    const floor = o.minSim / 2;
    const candidates: Array<{ e: number; partial: number }> = [];
    for (const e of touched) {
      if (acc[e]! >= floor) candidates.push({ e, partial: acc[e]! });
      acc[e] = 0;
    }
    touched.length = 0;
    candidates.sort((x, y) => y.partial - x.partial);
    candidates.length = Math.min(candidates.length, o.neighbours * 2);
    const scored = candidates
      .map(({ e }) => ({ e, sim: cosine(v, vectors[e]!) * dateFactor(o, d, e) }))
      .filter((x) => x.sim >= o.minSim)
      .sort((x, y) => y.sim - x.sim)
      .slice(0, o.neighbours);
    for (const { e, sim } of scored) {
      const [a, b] = d < e ? [d, e] : [e, d];
      edges.set(a * n + b, { a, b, sim });
    }
  }
  return [...edges.values()];
}

function dateFactor(o: NeighbourOptions, a: number, b: number): number {
  if (o.days === undefined) return 1;
  const gap = Math.abs(o.days[a]! - o.days[b]!);
  if (Number.isNaN(gap) || gap <= o.sameDays) return 1;
  return Math.exp(-(gap - o.sameDays) / o.dayScale);
}

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly joins the
 * two clusters with the highest mean similarity over all their member pairs (pairs without an
 * edge count as 0) while it is at least `threshold`. Articles pinned to one story start together;
 * clusters pinned to different stories never join.
 *
 * @returns a cluster index per article.
 */
export function averageLinkage(
  n: number,
  edges: readonly Edge[],
  threshold: number,
  pins: ReadonlyArray<string | undefined>,
  signal?: { readonly aborted: boolean }
): Int32Array {
  const size = new Int32Array(n).fill(1);
  const pin = [...pins];
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  /** Sum of similarities between cluster c and each neighbouring cluster. */
  const links: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (const { a, b, sim } of edges) {
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + sim);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + sim);
  }
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number) => {
    let x = i;
    while (parent[x] !== x) x = parent[x]!;
    return x;
  };
  const heap = new MaxHeap();
  const push = (a: number, b: number) => {
    const sum = links[a]!.get(b) ?? 0;
    const avg = sum / (size[a]! * size[b]!);
    if (avg >= threshold && compatible(pin, a, b)) heap.push({ avg, a, b, va: version[a]!, vb: version[b]! });
  };
  const merge = (a: number, b: number) => {
    // The cluster with more neighbours survives: fewer map updates.
    const [keep, gone] = links[a]!.size >= links[b]!.size ? [a, b] : [b, a];
    parent[gone] = keep;
    return mergeInto(keep, gone);
  };
  const mergeInto = (keep: number, gone: number) => {
    for (const [c, sum] of links[gone]!) {
      if (c === keep) continue;
      links[keep]!.set(c, (links[keep]!.get(c) ?? 0) + sum);
      const lc = links[c]!;
      lc.delete(gone);
      lc.set(keep, (lc.get(keep) ?? 0) + sum);
    }
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
    const top = heap.pop();
    if (top === undefined) break;
    if (++steps % 4096 === 0 && signal?.aborted === true) throw new AlignAbortedError();
    if (alive[top.a] === 0 || alive[top.b] === 0 || version[top.a] !== top.va || version[top.b] !== top.vb) continue;
    const keep = merge(top.a, top.b);
    for (const c of links[keep]!.keys()) push(keep, c);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = find(i);
  return out;
}

function compatible(pin: ReadonlyArray<string | undefined>, a: number, b: number): boolean {
  const x = pin[a];
  const y = pin[b];
  return x === undefined || y === undefined || x === y;
}

interface HeapEntry {
  readonly avg: number;
  readonly a: number;
  readonly b: number;
  readonly va: number;
  readonly vb: number;
}

/** A binary max-heap on `avg`; ties broken by smaller indices, so results do not depend on insertion order. */
class MaxHeap {
  private readonly items: HeapEntry[] = [];

  push(e: HeapEntry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!above(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): HeapEntry | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && above(h[l]!, h[m]!)) m = l;
        if (r < h.length && above(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function above(x: HeapEntry, y: HeapEntry): boolean {
  return x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}
