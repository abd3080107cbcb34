import type { ArticleSummary, ImportReport } from '@shared/contract/schemas';
import { kindsCounted, reportSections } from '@shared/import/reportSections';
import { STILL_UNREADABLE } from '@shared/import/stillUnreadable';
import { terminalLine } from './terminalText';

/**
 * The mark after a date that is only the day the article's file was saved (`dateFromFile`: a DOCX's
 * or PDF's creation date), in the columns of `list` and `search --sort date`; {@link FILE_DATE_KEY}
 * says what it means.
 */
export const FILE_DATE_MARK = '*';
/** The line, on stderr, under a list holding {@link FILE_DATE_MARK}. */
export const FILE_DATE_KEY = `${FILE_DATE_MARK} the day the file was saved (from its properties), not a publication date`;

/** A day in a column: `2018-07-04 `, or `2016-07-03*` when it is only the day the file was saved. */
export function dateColumn(a: Pick<ArticleSummary, 'publishedAt' | 'dateFromFile'>, undated: string): string {
  if (a.publishedAt === null) return `${undated} `;
  return `${a.publishedAt.slice(0, 10)}${a.dateFromFile === true ? FILE_DATE_MARK : ' '}`;
}

/** One line of the library list as the CLI prints it. */
export function formatSummaryLine(a: ArticleSummary): string {
  const outlet = terminalLine(a.outlet ?? '—')
    .slice(0, 18)
    .padEnd(18);
  return `${String(a.id).padStart(6)}  ${dateColumn(a, '          ')} ${outlet}  ${String(a.wordCount).padStart(6)}w  ${terminalLine(a.title)}`;
}

/**
 * The end-of-import summary: counts, then the problems with their reasons, what needs attention
 * first (shared/import/reportSections.ts: updated articles, failures, new warnings…). Without
 * `verbose`, what is as it was gets no line per file: unchanged files none (the counts say them:
 * a re-imported folder's 270 lines hid the two warnings that mattered, review 14, finding 7), and
 * files still unreadable (finding 8) and duplicates, warnings and skips said at an earlier import
 * of the same unchanged file (review 15, finding 11) one line each.
 */
export function formatImportReport(r: ImportReport, verbose = false): string {
  const sections = reportSections(r.problems);
  const still = sections.find((s) => s.key === STILL_UNREADABLE)?.problems ?? [];
  // The same seven counts, in the same order, as the app's progress and report (shared/import/counts.ts);
  // updated and unchanged, as there, only when a file imported before was met again.
  const lines = [
    `New ${r.new}, near-duplicates ${r.nearDuplicates} (stored and linked)` +
      (r.updated > 0 ? `, updated ${r.updated}` : '') +
      (r.unchanged > 0 ? `, unchanged ${r.unchanged}` : '') +
      `, duplicates ${r.duplicates}, skipped ${r.skipped}` +
      (still.length > 0 ? ` (${still.length} still unreadable)` : '') +
      `, failed ${r.failed}` +
      (r.status === 'cancelled' ? ' (cancelled)' : '') +
      '.'
  ];
  // NB: paths come from file names, which may hold escape sequences and line feeds.
  const line = (p: ImportReport['problems'][number]) =>
    `  ${p.kind.padEnd(9)} ${terminalLine(p.path)}: ${terminalLine(p.message)}`;
  for (const section of sections) {
    if (verbose || !section.folded) {
      for (const p of section.problems) lines.push(line(p));
    } else if (section.key === 'as-before') {
      lines.push(
        `  as before ${kindsCounted(section.problems)}, said at an earlier import of the same files, unchanged since: --verbose lists them.`
      );
    } else if (section.key === STILL_UNREADABLE) {
      lines.push(
        `  skipped   still unreadable, unchanged since the last import (${still.length}): not read again; --verbose lists them.`
      );
    }
  }
  return lines.join('\n');
}
