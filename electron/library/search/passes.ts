import type { SearchMatch } from '@shared/contract/schemas';
import type { RankedList } from '@shared/search/fuse';
import { type FtsQuery, toFts } from '@shared/search/toFts';
import type { ParsedQuery, QueryNode } from '@shared/search/types';
import type { VariantIndex } from '@shared/search/variants';
import type { ReadableDb } from '../db/connection';
import type { SqlFragment } from '../db/sql';
import type { MiniDoc } from '@shared/search/miniDocs';
import { planMini, runMini } from '@shared/search/miniQuery';
import type { PersistentMiniSearch } from './persistentMiniSearch';
import { keepMatching, rankedIds } from './ranking';
import { type MatchRow, scanMatches, topByRank } from './scan';
import type { SearchTuning } from './tuning';

/** What every reading of one query shares. */
export interface PassContext {
  readonly db: ReadableDb;
  /** The metadata filters, on `a`. */
  readonly where: SqlFragment;
  readonly filtered: boolean;
  readonly variants: ReadonlyMap<string, readonly string[]>;
  readonly vocabulary: VariantIndex | null;
  readonly mini: PersistentMiniSearch<MiniDoc> | null;
  readonly tuning: SearchTuning;
  /** Read what facets and the date order need with each match. */
  readonly meta: boolean;
}

/** The ranked lists of one reading of the query, and what MiniSearch found beyond FTS5. */
export interface Pass {
  readonly lists: RankedList<number>[];
  /** Articles MiniSearch matched through a stretched word (FTS5 may not have them). */
  readonly extraIds: number[];
  /** Per typed word, the index words MiniSearch stretched it to. */
  readonly stretched: Map<string, string[]>;
  /** Every article FTS5 matches (with variants), passing the filters. */
  readonly matches: MatchRow[];
}

/**
 * Ranks one reading of the query — as typed, or (`any`) as "any of its words" — with up to three
 * lists: FTS5 BM25 as typed (`exact`), FTS5 BM25 with spelling variants (`variants`), and
 * MiniSearch (`fuzzy`). The relaxed reading's lists are named `any exact` etc. and weigh
 * `weight` times as much.
 */
export function runPass(ctx: PassContext, parsed: ParsedQuery, any: boolean): Pass {
  const { db, where, filtered, variants, tuning } = ctx;
  const weight = any ? tuning.relaxedWeight : 1;
  const prefix = any ? 'any ' : '';
  const lists: RankedList<number>[] = [];
  const exact = exactFts(parsed, variants);
  const widened = toFts(parsed, { variants });
  let matches: MatchRow[] = [];
  if (widened.match !== null) {
    matches = scanMatches(db, widened.match, where, filtered, ctx.meta);
    const widenedIds = topByRank(matches, tuning.depth);
    if (exact.match !== null && exact.match !== widened.match) {
      // NB: exact hits are a subset of the widened ones; the extra weight lifts them above
      // articles that match only through a variant spelling or a typo.
      lists.push({
        name: `${prefix}exact`,
        ids: rankedIds(db, exact.match, where, filtered, tuning.depth),
        weight: weight * tuning.exactWeight
      });
      lists.push({ name: `${prefix}variants`, ids: widenedIds, weight: weight * tuning.variantWeight });
    } else {
      lists.push({ name: `${prefix}exact`, ids: widenedIds, weight: weight * (tuning.exactWeight + tuning.variantWeight) });
    }
  }
  if (!ctx.mini) return { lists, extraIds: [], stretched: new Map(), matches };
  const vocabulary = {
    df: (word: string) => wordDf(ctx.vocabulary, word) ?? 0,
    knownDf: tuning.knownWordDf,
    articles: ctx.mini.documentCount
  };
  const plan = planMini(parsed.text, vocabulary, tuning.stretch, any);
  const { hits, stretched } = runMini(ctx.mini, plan, variants, tuning.stretch);
  const kept = keepMatching(db, hits, plan.rest, variants, where, filtered);
  if (kept.length > 0)
    lists.push({
      name: `${prefix}fuzzy`,
      ids: kept.slice(0, tuning.depth).map((h) => h.id),
      weight: weight * tuning.fuzzyWeight
    });
  return { lists, extraIds: kept.filter((h) => h.stretched).map((h) => h.id), stretched, matches };
}

/**
 * The query as typed — but with the variants of excluded words still excluded: `-Deraa` must
 * leave out Daraa articles in every list, or the exact list would bring back what the widened
 * one (and the total) left out.
 */
export function exactFts(parsed: ParsedQuery, variants: ReadonlyMap<string, readonly string[]>): FtsQuery {
  const excluded = new Set<string>();
  const visit = (node: QueryNode, negated: boolean): void => {
    if (node.type === 'term') {
      if (negated && node.term.words[0] !== undefined) excluded.add(node.term.words[0]);
    } else if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => visit(c, negated));
    else if (node.type === 'not') visit(node.child, !negated);
    else if (node.type === 'column') visit(node.child, negated);
  };
  if (parsed.text) visit(parsed.text, false);
  return toFts(parsed, { variants: new Map([...variants].filter(([word]) => excluded.has(word))) });
}

/** Why a fused hit matched, from the lists that found it. */
export function matchKind(lists: readonly string[], stretched: boolean): SearchMatch {
  if (lists.includes('exact')) return 'exact';
  if (lists.includes('variants')) return 'variant';
  if (lists.includes('fuzzy')) return stretched ? 'fuzzy' : 'exact';
  return 'partial';
}

/** Articles holding a word as typed (folded), from the vocabulary; undefined when unknown. */
export function wordDf(vocabulary: VariantIndex | null, word: string): number | undefined {
  if (!vocabulary) return undefined;
  const exact = vocabulary.find(word, { maxTypos: () => 0, minSpellingLength: Infinity }).filter((v) => v.exact);
  return exact.length ? exact.reduce((sum, v) => sum + v.df, 0) : undefined;
}
