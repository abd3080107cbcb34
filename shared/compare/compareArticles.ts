/**
 * Comparing articles about one event side by side: what they share, what only one says, how
 * quotes and figures drift, which are copies of one wire story, and who and where they name.
 */
import { alignPairs, overlapShares, wordShare, type PairResult } from './analysis/pairLinks';
import { prepareArticle, type PreparedArticle } from './analysis/prepared';
import { buildClusters, sharedSentences, uniquePassages } from './compareArticlesClusters';
import type { CompareArticleInput, CompareOptions, Comparison, ComparedArticle, PairAlignment } from './compareArticlesTypes';
import { groupNames } from './names/namesGroup';
import type { LinkedSentences } from './names/linkedNames';
import { alignNumbers } from './numbers/numbersAlign';
import { groupQuotes } from './quotes/quotesGroup';
import { wireGroups } from './wire/wire';

export type * from './compareArticlesTypes';
export { AlignAbortedError } from './alignment/align';

/**
 * Compares articles: every pair aligned (`alignTexts`), shared sentences joined into passages
 * with one id across all columns, each article's own passages, an overlap matrix, wire-copy
 * groups, the same quotes and figures across sources, and the names they use.
 *
 * The result is plain JSON data (see {@link Comparison}); offsets are UTF-16 units into each
 * article's `text`. Pairs that share no sentence-like content are not aligned (`skipped`).
 *
 * @throws {AlignAbortedError} when `options.signal` is aborted (checked between pairs and inside alignment).
 * @example
 * const c = compareArticles(articles);
 * c.clusters[0].spans // where each article carries the first shared passage
 */
export function compareArticles(articles: readonly CompareArticleInput[], options: CompareOptions = {}): Comparison {
  const ids = articles.map((a) => a.id);
  const prepared = articles.map((a) => prepareArticle(a.text));
  const pairs = alignPairs(prepared, options.signal);
  const shares = overlapShares(prepared, pairs);
  const shared = sharedSentences(prepared, pairs);
  const wire = wireGroups(articles, shares);
  const sources = articles.map((a) => ({ id: a.id, text: a.text }));

  const compared = articles.map((a, k): ComparedArticle => {
    const sharedShare = wordShare(prepared[k]!, shared[k]!);
    return {
      id: a.id,
      title: a.title,
      ...(a.outlet === undefined ? {} : { outlet: a.outlet }),
      ...(a.publishedAt === undefined ? {} : { publishedAt: a.publishedAt }),
      words: prepared[k]!.totalWords,
      sharedShare,
      uniqueShare: 1 - sharedShare,
      credits: wire.credits[k]!.credits
    };
  });
  const pairAlignments = pairs.map((p): PairAlignment => ({
    aId: ids[p.i]!,
    bId: ids[p.j]!,
    passages: p.passages.map((x) => ({ ...x })),
    aShare: shares[p.i]![p.j]!,
    bShare: shares[p.j]![p.i]!,
    skipped: p.skipped
  }));
  return {
    articles: compared,
    pairs: pairAlignments,
    clusters: buildClusters(ids, prepared, pairs),
    unique: uniquePassages(ids, prepared, pairs),
    overlap: { articleIds: ids, shares },
    wireGroups: wire.groups,
    quotes: groupQuotes(sources),
    numbers: alignNumbers(sources),
    names: groupNames(sources, { links: linkedSentences(prepared, pairs) })
  };
}

/** The sentences every pair linked, as spans of both sources (for names respelled in a shared sentence). */
function linkedSentences(prepared: readonly PreparedArticle[], pairs: readonly PairResult[]): LinkedSentences[] {
  return pairs.flatMap((p) =>
    p.links.map((l) => {
      const a = prepared[p.i]!.sentences[l.a]!;
      const b = prepared[p.j]!.sentences[l.b]!;
      return { aSource: p.i, aStart: a.start, aEnd: a.end, bSource: p.j, bStart: b.start, bEnd: b.end };
    })
  );
}
