/**
 * The parameters of the alignment pipeline, with the tuned defaults and the reuse-case variant.
 * docs/compare.md explains each and how it was chosen on the PAN 2013 training corpus.
 */

/** Every tunable of the pipeline; `DEFAULT_PARAMS` holds the tuned values. */
export interface AlignParams {
  /** Shortest passage reported, in words, on both sides. */
  readonly minWords: number;
  /** Minimum tf·isf cosine of a seed sentence pair. */
  readonly seedCosine: number;
  /** Minimum Dice coefficient of a seed pair's term sets. */
  readonly seedDice: number;
  /** Minimum cosine of a whole passage's two sides. */
  readonly passageCosine: number;
  /** Most unmatched sentences between two seeds of one passage. */
  readonly maxGap: number;
  /** Sentences with fewer content words are merged into the next. */
  readonly minSentenceTerms: number;
  /** A passage shorter than this many words (on either side) must be at least `shortMinScore` alike. */
  readonly shortWords: number;
  /** Minimum score of a short passage: short and reworded is indistinguishable from coincidence. */
  readonly shortMinScore: number;
  /** Minimum cosine of a passage resting on a single seed sentence pair. */
  readonly singleSeedCosine: number;
  /** A seed weaker than this share of its sentences' best seed is dropped. */
  readonly seedDominance: number;
  /** One-sided runs of at least this many unmatched words are trimmed off a passage's ends. */
  readonly trimMinRun: number;
  /**
   * Passages are split at crossings, and where unmatched text of this many words stands on one
   * side only or differs on both sides (see split.ts); 0 keeps clusters whole.
   */
  readonly splitWords: number;
  /** Unmatched sentences on both sides of a passage with a cosine below this are different text. */
  readonly substitutionCosine: number;
  /**
   * A matched sentence standing at most this many sentences before the passage's start in B is
   * shuffled within the passage; further back, it starts a moved passage of its own.
   */
  readonly crossingUnits: number;
  /** The wider gap tried for summaries; no summary detection when not above `maxGap`. */
  readonly summaryGap: number;
  /** How many times longer one side must be than the other for the summary reading to win. */
  readonly summaryRatio: number;
  /** The summary reading is only tried when the normal passages are at least this lopsided. */
  readonly summaryNormalRatio: number;
}

/** The tuned parameters: passages as a reader comparing coverage wants them. */
export const DEFAULT_PARAMS: AlignParams = {
  minWords: 8,
  seedCosine: 0.28,
  seedDice: 0.28,
  passageCosine: 0.34,
  maxGap: 4,
  minSentenceTerms: 3,
  shortWords: 25,
  shortMinScore: 0.5,
  singleSeedCosine: 0.6,
  seedDominance: 0.6,
  trimMinRun: 5,
  splitWords: 12,
  substitutionCosine: 0.1,
  crossingUnits: 4,
  summaryGap: 0,
  summaryRatio: 3,
  summaryNormalRatio: 1
};

/**
 * Reuse cases as plagiarism detection counts them (PAN): passages are not split at text only one
 * side has, and a summary of a long text is found as one passage.
 */
export const REUSE_CASE_PARAMS: AlignParams = {
  ...DEFAULT_PARAMS,
  splitWords: 0,
  summaryGap: 24
};
