/**
 * A name respelled where two sources share a sentence: a machine translation's `Ghout East` in
 * `other regions like Ghout East and Aleppo`, against `other areas such as Eastern Ghouta and
 * Aleppo` in the source it was translated from. The shared sentence is the evidence that the two
 * spellings name one place; their words alone would be too weak.
 */
import { foldText } from '@shared/text/fold';
import type { UnionFind } from '../analysis/unionFind';

/** Two sentences the comparison linked (aligned and close in content). Offsets are UTF-16 units. */
export interface LinkedSentences {
  /** Index of each side's source in the sources given to `groupNames`. */
  readonly aSource: number;
  readonly aStart: number;
  readonly aEnd: number;
  readonly bSource: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/** A mention as this rule needs it: its source, where it is, what it says. */
export interface LinkedMention {
  readonly source: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Shortest common beginning for two words to count as one respelled (`Ghout`/`Ghouta`, `East`/`Eastern`). */
const MIN_PREFIX = 4;

function wordsOf(name: string): string[] {
  return name
    .split(/[\s\-\u2010\u2011]+/)
    .map((w) => foldText(w))
    .filter((w) => w !== '');
}

/** Whether one word begins the other, sharing at least {@link MIN_PREFIX} letters. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

/**
 * Whether two names have the same number of words and each word of one begins a distinct word of
 * the other, in any order (`Ghout East` / `Eastern Ghouta`).
 */
export function resembles(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length !== y.length || x.join(' ') === y.join(' ')) return false;
  const free = [...y];
  for (const w of x) {
    const k = free.findIndex((v) => sameStem(w, v));
    if (k < 0) return false;
    free.splice(k, 1);
  }
  return true;
}

/**
 * Joins two names that stand in linked sentences, are not yet one entity with any name of the
 * other sentence, and {@link resembles resemble} each other, when each is the only such
 * candidate of the other. Run after the other merges, so only names still unmatched are tried.
 */
export function mergeRespelledInLinks(
  mentions: readonly LinkedMention[],
  links: readonly LinkedSentences[],
  uf: UnionFind
): void {
  const bySource = new Map<number, number[]>();
  mentions.forEach((m, k) => bySource.set(m.source, [...(bySource.get(m.source) ?? []), k]));
  const inside = (source: number, start: number, end: number) =>
    (bySource.get(source) ?? []).filter((k) => mentions[k]!.start >= start && mentions[k]!.end <= end);
  for (const link of links) {
    const a = inside(link.aSource, link.aStart, link.aEnd);
    const b = inside(link.bSource, link.bStart, link.bEnd);
    const rootsA = new Set(a.map((k) => uf.find(k)));
    const rootsB = new Set(b.map((k) => uf.find(k)));
    const loneA = a.filter((k) => !rootsB.has(uf.find(k)));
    const loneB = b.filter((k) => !rootsA.has(uf.find(k)));
    const pairs = loneA.flatMap((x) =>
      loneB.filter((y) => resembles(mentions[x]!.text, mentions[y]!.text)).map((y) => [x, y] as const)
    );
    for (const [x, y] of pairs) {
      if (pairs.filter(([p, q]) => p === x || q === y).length === 1) uf.union(x, y);
    }
  }
}
