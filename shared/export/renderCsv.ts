import Papa from 'papaparse';
import type { Report } from './reportModel';
import { sourcesById } from './sourceText';

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'article',
  'outlet',
  'date',
  'colour',
  'tags',
  'quote',
  'note',
  'paragraph',
  'start',
  'end',
  'state'
] as const;

/**
 * One row per highlight. NB: a cell a spreadsheet would read as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or carriage return) is prefixed with `'`, so opening the file runs nothing
 * (papaparse's `escapeFormulae`); the text after the quote mark is unchanged.
 */
export function renderCsv(report: Report): string {
  const sources = sourcesById(report);
  const rows = report.highlights.map((h) => {
    const s = sources.get(h.articleId);
    return [
      s?.title ?? `Article ${h.articleId}`,
      s?.outlet ?? '',
      s?.publishedAt?.slice(0, 10) ?? '',
      h.colourLabel,
      h.tags.join('; '),
      h.quote,
      h.note,
      h.paragraph === null ? '' : String(h.paragraph),
      String(h.start),
      String(h.end),
      h.state
    ];
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' }) + '\r\n';
}
