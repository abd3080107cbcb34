/**
 * Multi-way passage clusters: sentence links of every pair joined into passages shared across all
 * columns, plus what each article alone says.
 */
import type { PairResult } from './analysis/pairLinks';
import type { PreparedArticle } from './analysis/prepared';
import { mergeSpans, type Span } from './analysis/spans';
import { UnionFind } from './analysis/unionFind';
import type { ClusterSpan, PassageCluster, UniquePassages } from './compareArticlesTypes';
import type { PassageKind } from './alignment/types';

const KIND_RANK: Readonly<Record<PassageKind, number>> = { exact: 2, light: 1, reworded: 0 };

interface Best {
  kind: PassageKind;
  score: number;
}

/**
 * Joins linked sentences into clusters (connected sentences across all pairs), then joins
 * clusters that follow each other in every article carrying them, so a run of shared sentences
 * is one passage with one id.
 */
export function buildClusters(
  ids: readonly string[],
  articles: readonly PreparedArticle[],
  pairs: readonly PairResult[]
): PassageCluster[] {
  const offset: number[] = [];
  let total = 0;
  for (const a of articles) {
    offset.push(total);
    total += a.sentences.length;
  }
  const uf = new UnionFind(total);
  const best = new Map<number, Best>();
  const note = (node: number, kind: PassageKind, score: number) => {
    const b = best.get(node);
    if (b === undefined || KIND_RANK[kind] > KIND_RANK[b.kind] || (b.kind === kind && score > b.score))
      best.set(node, { kind, score });
  };
  for (const p of pairs) {
    for (const l of p.links) {
      const a = offset[p.i]! + l.a;
      const b = offset[p.j]! + l.b;
      uf.union(a, b);
      note(a, l.kind, l.score);
      note(b, l.kind, l.score);
    }
  }
  const articleOf = (node: number) => {
    let k = articles.length - 1;
    while (offset[k]! > node) k--;
    return k;
  };
  // Raw clusters: article → sorted sentence indices.
  const raw = uf
    .groups(2)
    .map((nodes) => {
      const by = new Map<number, number[]>();
      for (const node of nodes) {
        const k = articleOf(node);
        const list = by.get(k) ?? [];
        list.push(node - offset[k]!);
        by.set(k, list);
      }
      return by;
    })
    .filter((by) => by.size >= 2);
  const joined = joinAdjacent(raw);
  const ordered = joined.map((by) => ({ by, first: firstPosition(by, articles) })).sort((x, y) => x.first - y.first);
  return ordered.map(({ by }, n) => {
    const keys = [...by.keys()].sort((x, y) => x - y);
    const spans: ClusterSpan[] = [];
    for (const k of keys) {
      const article = articles[k]!;
      const sentences = by.get(k)!;
      for (const span of mergeSpans(
        article.text,
        sentences.map((s) => article.sentences[s]!)
      )) {
        const inside = sentences.filter(
          (s) => article.sentences[s]!.start >= span.start && article.sentences[s]!.end <= span.end
        );
        const bests = inside.map((s) => best.get(offset[k]! + s)!);
        const kind = bests.reduce<PassageKind>((w, b) => (KIND_RANK[b.kind] < KIND_RANK[w] ? b.kind : w), 'exact');
        const score = bests.reduce((sum, b) => sum + b.score, 0) / bests.length;
        spans.push({ articleId: ids[k]!, start: span.start, end: span.end, kind, score });
      }
    }
    return { id: `p${n + 1}`, articleIds: keys.map((k) => ids[k]!), spans };
  });
}

/** Clusters X, Y join when they have the same articles and Y starts right after X ends in each. */
function joinAdjacent(clusters: Array<Map<number, number[]>>): Array<Map<number, number[]>> {
  for (const c of clusters) for (const list of c.values()) list.sort((a, b) => a - b);
  const at = new Map<string, number>();
  clusters.forEach((c, n) => {
    for (const [k, list] of c) for (const s of list) at.set(`${k}:${s}`, n);
  });
  const uf = new UnionFind(clusters.length);
  const span = clusters.map((c) => new Map([...c].map(([k, list]) => [k, { min: list[0]!, max: list[list.length - 1]! }])));
  for (let n = 0; n < clusters.length; n++) {
    // Follow the chain X → Y → Z as far as it goes.
    let x = uf.find(n);
    for (;;) {
      const sx = span[x]!;
      const [k0, r0] = [...sx][0]!;
      const y = at.get(`${k0}:${r0.max + 1}`);
      if (y === undefined) break;
      const ry = uf.find(y);
      if (ry === x) break;
      const sy = span[ry]!;
      if (sy.size !== sx.size || ![...sx].every(([k, r]) => sy.get(k)?.min === r.max + 1)) break;
      const root = uf.union(x, ry);
      const merged = new Map([...sx].map(([k, r]) => [k, { min: r.min, max: sy.get(k)!.max }]));
      span[root] = merged;
      x = root;
    }
  }
  const out = new Map<number, Map<number, number[]>>();
  clusters.forEach((c, n) => {
    const root = uf.find(n);
    const target = out.get(root) ?? new Map<number, number[]>();
    for (const [k, list] of c)
      target.set(
        k,
        [...(target.get(k) ?? []), ...list].sort((a, b) => a - b)
      );
    out.set(root, target);
  });
  return [...out.values()];
}

function firstPosition(by: ReadonlyMap<number, number[]>, articles: readonly PreparedArticle[]): number {
  const k = Math.min(...by.keys());
  return k * 1e9 + articles[k]!.sentences[by.get(k)![0]!]!.start;
}

/** The sentences of each article that no link touches, merged into passages. */
export function uniquePassages(
  ids: readonly string[],
  articles: readonly PreparedArticle[],
  pairs: readonly PairResult[]
): UniquePassages[] {
  const linked = articles.map(() => new Set<number>());
  for (const p of pairs) {
    for (const l of p.links) {
      linked[p.i]!.add(l.a);
      linked[p.j]!.add(l.b);
    }
  }
  return articles.map((a, k) => {
    const spans: Span[] = a.sentences.filter((_, s) => !linked[k]!.has(s));
    return { articleId: ids[k]!, spans: mergeSpans(a.text, spans).map((s) => ({ start: s.start, end: s.end })) };
  });
}

/** Per article, the sentences some link touches. */
export function sharedSentences(articles: readonly PreparedArticle[], pairs: readonly PairResult[]): Array<Set<number>> {
  const linked = articles.map(() => new Set<number>());
  for (const p of pairs) {
    for (const l of p.links) {
      linked[p.i]!.add(l.a);
      linked[p.j]!.add(l.b);
    }
  }
  return linked;
}
