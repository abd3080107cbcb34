/**
 * Turning the rows of a table (CSV/TSV records, JSON objects) into articles through a column mapping.
 * A row without text is a warning, not a failure: one bad row must not sink a 10,000-row export.
 */
import type { ExtractedArticle, ExtractWarning } from '@shared/import/types';
import { COLUMN_FIELDS, detectColumnMapping, resolveMapping, type ColumnMapping } from './columns';
import type { ExtractContext } from './context';
import { ExtractFailure, errorMessage } from './failure';
import { compactMeta, normalizeDate, normalizeLanguage, normalizeUrl, textValue, wireCreditsFrom } from './metaValues';
import { isBlank, tidyText } from './plainText';

/** Per-row warnings listed one by one before they are summed up in one line. */
const MAX_ROW_WARNINGS = 20;

/** A table as read from a file: header names and records keyed by them. */
export interface Table {
  headers: string[];
  rows: { n: number; record: Record<string, unknown> }[];
}

/**
 * Collects repeated row warnings of one kind: the first few verbatim, then a count, so a file with
 * 5,000 empty rows does not produce 5,000 warnings.
 */
export class RowWarnings {
  private count = 0;
  constructor(
    private readonly code: string,
    private readonly what: string
  ) {}
  add(warnings: ExtractWarning[], message: string): void {
    this.count++;
    if (this.count <= MAX_ROW_WARNINGS) warnings.push({ code: this.code, message });
  }
  finish(warnings: ExtractWarning[]): void {
    const more = this.count - MAX_ROW_WARNINGS;
    if (more > 0) warnings.push({ code: this.code, message: `…and ${more} more ${this.what}` });
  }
}

/** The mapping to use: the explicit one where given, detection for the other fields. */
export function chooseMapping(headers: readonly string[], explicit: ColumnMapping | undefined): ColumnMapping {
  if (!explicit) return detectColumnMapping(headers);
  let resolved: ColumnMapping;
  try {
    resolved = resolveMapping(explicit, headers);
  } catch (error) {
    throw new ExtractFailure(
      'bad-mapping',
      `The column mapping does not fit this file: ${errorMessage(error)} (columns: ${listColumns(headers)}); choose columns that are in the file.`
    );
  }
  const taken = new Set(Object.values(resolved));
  const detected = detectColumnMapping(headers.filter((h) => !taken.has(h)));
  const merged: ColumnMapping = {};
  for (const field of COLUMN_FIELDS) {
    const column = resolved[field] ?? detected[field];
    if (column !== undefined) merged[field] = column;
  }
  return merged;
}

function listColumns(headers: readonly string[]): string {
  const shown = headers
    .slice(0, 30)
    .map((h) => `"${h}"`)
    .join(', ');
  return headers.length > 30 ? `${shown}, …` : shown || 'none';
}

/** Text of a cell: strings as written (newlines kept), lists of paragraphs joined by blank lines. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return tidyText(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return tidyText(value.join('\n\n'));
  return textValue(value) ?? '';
}

function urlOf(value: unknown): string | undefined {
  const raw = textValue(value);
  if (!raw) return undefined;
  return normalizeUrl(raw) ?? (/^www\.[^\s/]+\.[a-z]{2,}/i.test(raw) ? normalizeUrl(`https://${raw}`) : undefined);
}

/**
 * Builds one article per row that has text. Each article's `locator` is `row N`.
 * @throws ExtractFailure `no-text-column` when no column holds text, `bad-mapping` for an explicit
 *   mapping naming a missing column, `empty` when no row has text.
 */
export function tableToArticles(table: Table, ctx: ExtractContext, kind: string): ExtractedArticle[] {
  const mapping = chooseMapping(table.headers, ctx.mapping);
  const textColumn = mapping.text;
  if (textColumn === undefined) {
    throw new ExtractFailure(
      'no-text-column',
      `No column of this ${kind} looks like article text (columns: ${listColumns(table.headers)}); choose the column that holds it (on the command line: --map text=COLUMN).`
    );
  }
  const noText = new RowWarnings('row-no-text', 'rows without text');
  const badDates: string[] = [];
  const articles: ExtractedArticle[] = [];
  const get = (record: Record<string, unknown>, field: keyof ColumnMapping): unknown => {
    const column = mapping[field];
    return column === undefined ? undefined : record[column];
  };
  for (const { n, record } of table.rows) {
    const text = cellText(record[textColumn]);
    if (isBlank(text)) {
      noText.add(ctx.warnings, `row ${n}: no text`);
      continue;
    }
    const rawDate = get(record, 'date');
    const publishedAt = normalizeDate(rawDate);
    const dateText = textValue(rawDate);
    if (!publishedAt && dateText) badDates.push(`row ${n}: "${dateText.slice(0, 40)}"`);
    const byline = textValue(get(record, 'author'));
    const outlet = textValue(get(record, 'source'));
    articles.push({
      text,
      locator: `row ${n}`,
      meta: compactMeta({
        title: textValue(get(record, 'title')),
        publishedAt,
        outlet,
        url: urlOf(get(record, 'url')),
        byline,
        language: normalizeLanguage(get(record, 'language')),
        wireCredits: wireCreditsFrom([byline, outlet])
      })
    });
  }
  noText.finish(ctx.warnings);
  if (badDates.length) {
    ctx.warnings.push({
      code: 'date-unreadable',
      message: `${badDates.length} date${badDates.length === 1 ? '' : 's'} not understood and left empty (${badDates.slice(0, 3).join('; ')}${badDates.length > 3 ? '; …' : ''})`
    });
  }
  if (articles.length === 0) {
    throw new ExtractFailure(
      'empty',
      `No row of this ${kind} has text in column "${textColumn}" (${table.rows.length} row${table.rows.length === 1 ? '' : 's'}); if the text is in another column, choose that one.`
    );
  }
  return articles;
}
