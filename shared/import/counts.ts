/**
 * The one definition of what an import's counts mean, shared by the engine (progress events, the
 * run kept in the library, the report) and the UI (the progress dialog, the status strip, the
 * report): every article or file an import meets ends in exactly one outcome, counted once.
 * A near-duplicate is not also "new", and an updated article is neither, so new + near-duplicates
 * is exactly how many articles the library gained. A file met again as it was is `unchanged`, not a
 * duplicate: "duplicate" is kept for another file whose text the library already holds (review 13,
 * finding 13: a re-imported folder read as if the library held copies of it).
 */

/** What became of one article (or of a whole file, for `skipped` and most `failed`). */
export type ImportOutcome = 'new' | 'near-duplicate' | 'updated' | 'unchanged' | 'duplicate' | 'skipped' | 'failed';

/** How many articles or files ended in each {@link ImportOutcome}; the categories never overlap. */
export interface ImportCounts {
  /** Stored as new articles, not copies of anything in the library. */
  readonly new: number;
  /** Stored as new articles and linked as lightly edited copies of others. */
  readonly nearDuplicates: number;
  /** Changed files imported before: their articles updated in place (the library count is unchanged). */
  readonly updated: number;
  /**
   * Imported before from the same source and not changed since: the article is left as it is. The
   * same source is the same file (or ZIP entry), or for a table row a row of the same table file,
   * wherever it moved in the table.
   */
  readonly unchanged: number;
  /** The same text as an article already stored from another source (another file, entry or row): not stored again. */
  readonly duplicates: number;
  /** Files of a kind Crosscheck does not read (images, hidden links out of the folder). */
  readonly skipped: number;
  /** Files (or articles inside them) that could not be read, each with its reason. */
  readonly failed: number;
}

/** An import that has counted nothing yet. */
export const NO_IMPORT_COUNTS: ImportCounts = {
  new: 0,
  nearDuplicates: 0,
  updated: 0,
  unchanged: 0,
  duplicates: 0,
  skipped: 0,
  failed: 0
};

const FIELD: Record<ImportOutcome, keyof ImportCounts> = {
  new: 'new',
  'near-duplicate': 'nearDuplicates',
  updated: 'updated',
  unchanged: 'unchanged',
  duplicate: 'duplicates',
  skipped: 'skipped',
  failed: 'failed'
};

/**
 * The counts with one more `outcome`: the only way an import counts anything, so every place
 * that shows counts shows the same ones.
 *
 * @example countOutcome(NO_IMPORT_COUNTS, 'near-duplicate') // { ...NO_IMPORT_COUNTS, nearDuplicates: 1 }
 */
export function countOutcome(counts: ImportCounts, outcome: ImportOutcome): ImportCounts {
  const field = FIELD[outcome];
  return { ...counts, [field]: counts[field] + 1 };
}

/** Only the seven counts of a larger object (a report, a progress event). */
export function importCountsOf(source: ImportCounts): ImportCounts {
  const { new: added, nearDuplicates, updated, unchanged, duplicates, skipped, failed } = source;
  return { new: added, nearDuplicates, updated, unchanged, duplicates, skipped, failed };
}

/** Everything counted: articles and files, one outcome each (how far a cancelled import got, at least). */
export function outcomesCounted(counts: ImportCounts): number {
  return counts.new + counts.nearDuplicates + counts.updated + counts.unchanged + counts.duplicates + counts.skipped + counts.failed;
}

/** Articles the library gained: new ones and near-duplicates (the library header's count grows by this). */
export function addedToLibrary(counts: ImportCounts): number {
  return counts.new + counts.nearDuplicates;
}

/** Articles written, new or updated: when this is 0 there is nothing to group into stories. */
export function articlesWritten(counts: ImportCounts): number {
  return counts.new + counts.nearDuplicates + counts.updated;
}
