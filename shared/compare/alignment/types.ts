/**
 * Types of the comparison engine: what an alignment of two texts is made of.
 * Offsets are UTF-16 code units into the texts as given (`text.slice(start, end)`); the CLI
 * converts them to Unicode code points for its JSON output.
 */

/** How closely the two sides of a passage agree. */
export type PassageKind =
  /** The same words in the same order (after folding case, punctuation, whitespace, entities). */
  | 'exact'
  /** The same passage lightly edited: a few words changed, added or dropped. */
  | 'light'
  /** The same content reworded: shared vocabulary, different phrasing or order. */
  | 'reworded';

/** One passage of text A found again in text B. */
export interface AlignedPassage {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  readonly kind: PassageKind;
  /** Similarity of the two sides, 0..1 (1 = identical after folding). */
  readonly score: number;
}

/** Tuning of {@link AlignedPassage} detection; every field has a default. */
export interface AlignOptions {
  /** Shortest passage reported, in words. Default 8. */
  readonly minWords?: number;
  /** Abort signal checked between stages, so a UI can cancel a long comparison. */
  readonly signal?: AbortSignal;
  /**
   * Report reuse cases the way plagiarism detection (PAN) counts them, instead of shared passages.
   * Default false: a passage ends where one text has a sentence or more the other lacks, where both
   * have different sentences, or where a passage was moved, so what only one outlet wrote reads as
   * unique. With true, a passage runs on across such text, and a short text summarising a long
   * one is found as one passage covering both.
   */
  readonly reuseCases?: boolean;
}
