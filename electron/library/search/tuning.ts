import { DEFAULT_STRETCH, type StretchOptions } from '@shared/search/miniQuery';
import { DEFAULT_QUESTION, type QuestionOptions } from './question';
import { DEFAULT_RELAX, type RelaxOptions } from '@shared/search/relax';

/**
 * The knobs of ranking, in one place so the evaluation (`npm run eval:search`) can sweep them.
 * The defaults are what it chose on Cranfield queries 1–100 (docs/benchmarks.md).
 */
export interface SearchTuning {
  /** Weight of FTS5's BM25 list for the query as typed. */
  readonly exactWeight: number;
  /** Weight of FTS5's BM25 list for the query with spelling variants and typos. */
  readonly variantWeight: number;
  /** Weight of MiniSearch's list (prefix and fuzzy matches in title, outlet and lead). */
  readonly fuzzyWeight: number;
  /** Lists of a relaxed long query ("any of the words") weigh this times their usual weight. */
  readonly relaxedWeight: number;
  /** Reciprocal rank fusion's damping constant. */
  readonly k: number;
  /** How deep each list is read before fusing. */
  readonly depth: number;
  /** A word found in at least this many articles is taken as spelled on purpose: no fuzzy matches. */
  readonly knownWordDf: number;
  readonly relax: RelaxOptions;
  readonly stretch: StretchOptions;
  /** The extra list of a long query searched as "any of its words" (question.ts). */
  readonly question: QuestionOptions;
}

export const DEFAULT_TUNING: SearchTuning = {
  exactWeight: 2,
  variantWeight: 1,
  fuzzyWeight: 1,
  relaxedWeight: 1,
  k: 60,
  depth: 500,
  knownWordDf: 2,
  relax: DEFAULT_RELAX,
  stretch: DEFAULT_STRETCH,
  question: DEFAULT_QUESTION
};
