import type { ArticleSummary, ImportReport } from '@shared/contract/schemas';

/** The part of an import report that says when its articles were written. */
export type ImportWindow = Pick<ImportReport, 'startedAt' | 'finishedAt'>;

/**
 * The rows an import wrote (new, near-duplicates, updated): an article is stamped when its batch
 * commits, between the run's start and its end (docs/ui.md, "Show these articles"). Rows stamped
 * after the end belong to a later import; a run still going has no end yet.
 *
 * @example
 * importedRows(newestImportedFirst, { startedAt: '2026-12-07T23:10:00.000Z', finishedAt: '2026-12-07T23:10:04.000Z' })
 */
export function importedRows<T extends Pick<ArticleSummary, 'importedAt'>>(rows: readonly T[], run: ImportWindow): T[] {
  // NB: both sides are ISO 8601 in UTC from the same clock, so they compare as strings.
  return rows.filter((row) => row.importedAt >= run.startedAt && (run.finishedAt === null || row.importedAt <= run.finishedAt));
}
