/**
 * The result of comparing articles side by side: plain JSON data (strings, numbers, booleans,
 * arrays, records), so it crosses the worker and IPC boundaries as is and validates with
 * `ComparisonSchema` (compareArticlesSchema.ts). Offsets are UTF-16 units into each article's
 * `text` as given, like every offset in shared/compare.
 */
import type { NameEntity } from './names/namesGroup';
import type { NumberGroup } from './numbers/numbersAlign';
import type { QuoteGroup } from './quotes/quotesGroup';
import type { AlignedPassage, PassageKind } from './alignment/types';
import type { WireGroup } from './wire/wire';

/** An article to compare. */
export interface CompareArticleInput {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly outlet?: string;
  /** ISO 8601 date or date-time. */
  readonly publishedAt?: string;
  /** Wire credits stored at import (`AFP`); when absent, the text is read for credits. */
  readonly wireCredits?: readonly string[];
}

/** Tuning and control of a comparison. */
export interface CompareOptions {
  /** Checked between article pairs and inside alignment; an aborted comparison throws `AlignAbortedError`. */
  readonly signal?: AbortSignal;
}

/** One article as the comparison saw it. */
export interface ComparedArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly publishedAt?: string;
  /** Words in the text. */
  readonly words: number;
  /** Share of the words in sentences some other article shares, 0..1. */
  readonly sharedShare: number;
  /** Share of the words no other article shares: `1 - sharedShare`. */
  readonly uniqueShare: number;
  /** Wire credits: as stored at import, or found in the text when none were given (`AFP`, `Reuters`; named agencies only). */
  readonly credits: string[];
}

/** The alignment of one pair of articles. `a` comes before `b` in the input. */
export interface PairAlignment {
  readonly aId: string;
  readonly bId: string;
  /** Passages of `a` found again in `b`, from `alignTexts`. */
  readonly passages: AlignedPassage[];
  /** Share of `a`'s words in sentences shared with `b`. */
  readonly aShare: number;
  /** Share of `b`'s words in sentences shared with `a`. */
  readonly bShare: number;
  /** True when the pair shared no sentence-like content and was not aligned. */
  readonly skipped: boolean;
}

/** Where one article carries a shared passage. */
export interface ClusterSpan {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  /**
   * How close this span's sentences come to the other members: each sentence's best match, and
   * the span takes the loosest of those (`exact` only when every sentence is copied word for word).
   */
  readonly kind: PassageKind;
  /** Mean content-word overlap (Dice) of the sentences' best matches, 0..1. */
  readonly score: number;
}

/**
 * One passage shared across articles: the same id in every column, so a view can colour it the
 * same everywhere. An article may carry it in more than one span (a standfirst repeating the body).
 */
export interface PassageCluster {
  /** `p1`, `p2`… in order of first appearance (first article, then position). */
  readonly id: string;
  /** Articles carrying the passage, in input order. */
  readonly articleIds: string[];
  /** In input order of articles, then by position. */
  readonly spans: ClusterSpan[];
}

/** Text of one article that no other article shares. */
export interface UniquePassages {
  readonly articleId: string;
  readonly spans: Array<{ readonly start: number; readonly end: number }>;
}

/** `shares[i][j]`: share of article `i`'s words found in article `j` (1 on the diagonal). Not symmetric. */
export interface OverlapMatrix {
  readonly articleIds: string[];
  readonly shares: number[][];
}

/** Everything `compareArticles` finds. */
export interface Comparison {
  readonly articles: ComparedArticle[];
  /** One entry per pair of articles, in input order: (0,1), (0,2)… (1,2)… */
  readonly pairs: PairAlignment[];
  readonly clusters: PassageCluster[];
  /** One entry per article, in input order. */
  readonly unique: UniquePassages[];
  readonly overlap: OverlapMatrix;
  readonly wireGroups: WireGroup[];
  readonly quotes: QuoteGroup[];
  readonly numbers: NumberGroup[];
  readonly names: NameEntity[];
}
