/** Disjoint sets over `0..n-1`, with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  /** The representative of `i`'s set. */
  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const grand = this.parent[this.parent[x]!]!;
      this.parent[x] = grand;
      x = grand;
    }
    return x;
  }

  /** Joins the sets of `a` and `b`; returns the new representative. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = this.size[ra]! + this.size[rb]!;
    return ra;
  }

  /** The members of every set with more than `minSize - 1` members, each in ascending order. */
  groups(minSize = 1): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = byRoot.get(r);
      if (g === undefined) byRoot.set(r, [i]);
      else g.push(i);
    }
    return [...byRoot.values()].filter((g) => g.length >= minSize);
  }
}
