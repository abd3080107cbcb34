import { showHiddenInLine } from '@shared/text/hiddenCharacters';
import type { ColumnFit } from './docxColumns';
import type { Report, ReportSource } from './reportModel';
import { citationLine, comparisonLetters, dateInWords, sourceDate } from './sourceText';

/**
 * The sources table every report format prints (Markdown, HTML, PDF, Word), decided once here so
 * they agree (review 15, #4): a column empty in every row (Byline, URL, Outlet, Wire credit) is left
 * out, and a source with no URL says which file it was imported from, so an editor who receives the
 * report can ask for the right document.
 */

/** One column of the sources table. */
export interface SourceColumn {
  readonly head: string;
  /** How the column may wrap, for a format that sets column widths itself (Word: docxColumns.ts). */
  readonly fit: ColumnFit;
  /** The cell's words for a source; `url` marks the cell a renderer may make a link. */
  readonly cell: (source: ReportSource) => { readonly text: string; readonly url: boolean };
}

/**
 * Where a source came from when it has no URL: `file 002.txt, imported 7 December 2026`. Only the
 * file's name, never its folder: a report is sent to others, and a local path tells them about the
 * user's disk (user names, folder names) and nothing they can open. Null when the source has a URL
 * or no file. NB: the name's line breaks, controls and bidirectional overrides are written out as
 * `\u{…}`, as the command line shows them: a right-to-left override made `invoice\u{202e}txt.exe.txt`
 * read as another name and turned the rest of the line around (session 17 review, #3).
 */
export function sourceFile(source: Pick<ReportSource, 'url' | 'fileName' | 'importedAt'>): string | null {
  if (source.url !== null || source.fileName === null) return null;
  return `file ${showHiddenInLine(source.fileName)}${source.importedAt ? `, imported ${dateInWords(source.importedAt)}` : ''}`;
}

/** The file's name alone from a path written with `/` or `\` (a zip member's inner name included). */
export function baseName(path: string | null): string | null {
  if (path === null) return null;
  const name = path.split(/[\\/]/).pop()?.trim() ?? '';
  return name === '' ? null : name;
}

/** The columns the report's sources table prints, in order; Title and Date always. */
export function sourceColumns(report: Report): SourceColumn[] {
  const letters = comparisonLetters(report);
  const text = (t: string) => ({ text: t, url: false });
  const all: SourceColumn[] = [
    { head: 'Source', fit: 'tight', cell: (s) => text(letters.get(s.articleId) ?? '') },
    { head: 'Outlet', fit: 'text', cell: (s) => text(s.outlet ?? '') },
    { head: 'Title', fit: 'main', cell: (s) => text(s.title) },
    { head: 'Byline', fit: 'text', cell: (s) => text(s.byline ?? '') },
    { head: 'Date', fit: 'tight', cell: (s) => text(sourceDate(s)) },
    {
      head: report.sources.some((s) => sourceFile(s) !== null) ? 'URL or file' : 'URL',
      fit: 'anywhere',
      cell: (s) => (s.url !== null ? { text: s.url, url: true } : text(sourceFile(s) ?? ''))
    },
    { head: 'Wire credit', fit: 'text', cell: (s) => text(s.wireCredits.join(', ')) }
  ];
  return all.filter(
    (c) => c.head === 'Title' || c.head === 'Date' || report.sources.some((s) => c.cell(s).text !== '')
  );
}

/** A highlight's citation in the report: {@link citationLine}, then the file for a source with no URL. */
export function reportCitation(source: ReportSource): string {
  const file = sourceFile(source);
  return file === null ? citationLine(source) : `${citationLine(source)}, ${file}`;
}
