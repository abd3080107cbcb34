import Papa from 'papaparse';
import type { Report, ReportSource } from './reportModel';
import { dateIsFileSaved, sourcesById } from './sourceText';

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
  'state',
  'kind',
  'made_on',
  'date_from_file'
] as const;

/**
 * One row per highlight, then one per note on an article, story or shared passage (`kind` says
 * which; such a row has no position or state); `made_on` holds the words a `changed` highlight was made on;
 * `date_from_file` is `yes` when `date` is only the day the article's file was saved, not a
 * publication date (ReportSource.dateFromFile), and empty otherwise (it comes last, so the columns
 * before it are where they were). NB: a cell a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, so opening the
 * file runs nothing (papaparse's `escapeFormulae`); the text after the quote mark is unchanged.
 */
export function renderCsv(report: Report): string {
  const sources = sourcesById(report);
  const highlights = report.highlights.map((h) => {
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
      h.state,
      'highlight',
      h.madeOn ?? '',
      fileSaved(s)
    ];
  });
  // A story's note is on several articles: it names the story, and no one outlet or date.
  const notes = report.notes.map((n) => {
    const [only, ...others] = n.articleIds;
    const s = only !== undefined && others.length === 0 ? sources.get(only) : undefined;
    return [
      n.on,
      s?.outlet ?? '',
      s?.publishedAt?.slice(0, 10) ?? '',
      n.colourLabel ?? '',
      n.tags.join('; '),
      n.quote ?? '',
      n.note,
      '',
      '',
      '',
      '',
      n.kind,
      '',
      fileSaved(s)
    ];
  });
  return (
    Papa.unparse({ fields: [...CSV_COLUMNS], data: [...highlights, ...notes] }, { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' }) + '\r\n'
  );
}

/** The `date_from_file` cell: `yes` for a date that is only the day the file was saved. */
function fileSaved(source: ReportSource | undefined): string {
  return dateIsFileSaved(source) ? 'yes' : '';
}
