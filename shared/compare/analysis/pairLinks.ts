/**
 * The pairwise stage of a comparison: align every pair of articles and link their sentences.
 * Shared by `compareArticles` and `findWireGroups`, so both see the same evidence.
 */
import { AlignAbortedError, alignTexts } from '../alignment/align';
import type { AlignedPassage } from '../alignment/types';
import type { PreparedArticle } from './prepared';
import { linkSentences, type SentenceLink } from './sentenceLinks';

/** What aligning articles `i` < `j` found. */
export interface PairResult {
  readonly i: number;
  readonly j: number;
  readonly passages: readonly AlignedPassage[];
  readonly links: readonly SentenceLink[];
  /** True when no sentence pair was close enough to be worth aligning (see {@link alignPairs}). */
  readonly skipped: boolean;
}

/**
 * Aligns every pair of articles and links the sentences inside the passages found.
 *
 * Pairs are first linked sentence to sentence as if the whole texts were one passage; a pair with
 * no such link cannot contribute a shared sentence and is not aligned (alignment is the costly
 * step, and unrelated articles are the common case in a large comparison).
 *
 * @throws {AlignAbortedError} when `signal` is aborted (checked before every pair and inside alignment).
 */
export function alignPairs(articles: readonly PreparedArticle[], signal?: AbortSignal): PairResult[] {
  const out: PairResult[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      if (signal?.aborted === true) throw new AlignAbortedError();
      const a = articles[i]!;
      const b = articles[j]!;
      const whole = [{ aStart: 0, aEnd: a.text.length, bStart: 0, bEnd: b.text.length, kind: 'reworded' as const, score: 0 }];
      if (linkSentences(a, b, whole).length === 0) {
        out.push({ i, j, passages: [], links: [], skipped: true });
        continue;
      }
      const passages = alignTexts(a.text, b.text, signal === undefined ? {} : { signal });
      out.push({ i, j, passages, links: linkSentences(a, b, passages), skipped: false });
    }
  }
  return out;
}

/**
 * `shares[i][j]`: the share of article `i`'s words in sentences linked to article `j` (1 on the
 * diagonal). Not symmetric: a short copy can be all inside a long original.
 */
export function overlapShares(articles: readonly PreparedArticle[], pairs: readonly PairResult[]): number[][] {
  const n = articles.length;
  const shares = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  for (const p of pairs) {
    shares[p.i]![p.j] = wordShare(articles[p.i]!, new Set(p.links.map((l) => l.a)));
    shares[p.j]![p.i] = wordShare(articles[p.j]!, new Set(p.links.map((l) => l.b)));
  }
  return shares;
}

/** Share of an article's words in the given sentences. */
export function wordShare(article: PreparedArticle, sentences: ReadonlySet<number>): number {
  if (article.totalWords === 0) return 0;
  let words = 0;
  for (const s of sentences) words += article.words[s] ?? 0;
  return words / article.totalWords;
}
