/**
 * CSV and TSV files: one article per record. The first record is the header; columns are mapped to
 * fields by name ({@link detectColumnMapping}) or by the caller's mapping. Row numbers are the ones a
 * spreadsheet shows (the header is row 1, so the first article is row 2).
 */
import type PapaModule from 'papaparse';
import type { ExtractContext, Extracted } from './context';
import { throwIfAborted } from './context';
import { CHECK_THE_FILE, ExtractFailure } from './failure';
import { oneLine } from './plainText';
import { RowWarnings, chooseMapping, tableToArticles, type Table } from './tableRows';
import { readTextFile } from './textFile';
import { lazyRequire } from './lazyRequire';

/** Papa Parse, loaded with the first table file (most imports have none). */
const papa = lazyRequire<typeof PapaModule>('papaparse');

/** Header names made unique and non-empty (`column 3` for a blank one, `name (2)` for a repeat). */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = oneLine(cell).slice(0, 200) || `column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** Parses CSV/TSV text into a table. `delimiter` undefined lets Papa Parse guess (`,` `;` tab `|`). */
export function parseDelimited(
  text: string,
  delimiter: string | undefined,
  maxRows: number,
  ctx: ExtractContext,
  kind: string
): Table {
  const parsed = papa().parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiter ?? '',
    delimitersToGuess: [',', ';', '\t', '|'],
    preview: maxRows + 1
  });
  const [headerCells, ...records] = parsed.data;
  if (!headerCells || headerCells.every((c) => c.trim() === '')) {
    throw new ExtractFailure('empty', `This ${kind} has no header row and no rows; ${CHECK_THE_FILE}.`);
  }
  const headers = uniqueHeaders(headerCells);
  const parseErrors = new RowWarnings('csv-parse', 'rows with parse errors');
  for (const error of parsed.errors) {
    // Papa counts rows from 0 after the header row is included, so +1 gives the spreadsheet row.
    const row = typeof error.row === 'number' ? `row ${error.row + 1}: ` : '';
    if (error.code !== 'UndetectableDelimiter') parseErrors.add(ctx.warnings, `${row}${error.message}`);
  }
  parseErrors.finish(ctx.warnings);
  const rows = records
    .map((cells, i) => ({ n: i + 2, cells }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
    .map(({ n, cells }) => ({ n, record: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])) }));
  if (parsed.meta.truncated || records.length > maxRows) {
    ctx.warnings.push({ code: 'truncated', message: `Only the first ${maxRows.toLocaleString('en')} rows were read` });
  }
  return { headers, rows: rows.slice(0, maxRows) };
}

/** Reads a .csv (delimiter guessed) or .tsv file into a table, without mapping it. */
export function readDelimitedTable(bytes: Uint8Array, ctx: ExtractContext, format: 'csv' | 'tsv'): Table {
  const kind = format === 'csv' ? 'CSV file' : 'TSV file';
  const text = readTextFile(bytes, ctx, kind);
  throwIfAborted(ctx.signal);
  return parseDelimited(text, format === 'tsv' ? '\t' : undefined, ctx.limits.maxRows, ctx, kind);
}

/** The extractor for .csv or .tsv files. */
export function csvExtractor(format: 'csv' | 'tsv') {
  const kind = format === 'csv' ? 'CSV file' : 'TSV file';
  return async (bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> => {
    const text = readTextFile(bytes, ctx, kind);
    throwIfAborted(ctx.signal);
    if (format === 'tsv') refuseWithoutTextColumn(text, ctx, kind);
    return { format, articles: tableToArticles(parseDelimited(text, format === 'tsv' ? '\t' : undefined, ctx.limits.maxRows, ctx, kind), ctx, kind) };
  };
}

/**
 * Fails a TSV file none of whose columns holds text on its header alone, as `tableToArticles`
 * fails it after every row is parsed (the same failure: nothing else is reported for a failed
 * file). reuters-21578's 2.5 MB index.tsv took a fifth of a second to parse for nothing, while
 * the import waited on it. NB: only for tab-separated files — a CSV's delimiter is guessed, and
 * the header is read alone exactly as with the rows only when the delimiter is given.
 */
function refuseWithoutTextColumn(text: string, ctx: ExtractContext, kind: string): void {
  const [headerCells] = papa().parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: '\t', preview: 1 }).data;
  // A blank header is parseDelimited's to refuse.
  if (!headerCells || headerCells.every((c) => c.trim() === '')) return;
  const headers = uniqueHeaders(headerCells);
  if (chooseMapping(headers, ctx.mapping).text === undefined) tableToArticles({ headers, rows: [] }, ctx, kind);
}
