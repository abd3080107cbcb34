import type { ExportFormat } from '@shared/export/reportModel';

/** How the dialog offers one format. */
export interface FormatChoice {
  readonly format: ExportFormat;
  /** The name in the list. */
  readonly label: string;
  /** What it is for, in a few words. */
  readonly hint: string;
  /**
   * `report`: a document with the highlights and notes (grouping and full text apply; the preview
   * shows the report). `data`: one record per highlight or source (the preview shows the file).
   */
  readonly kind: 'report' | 'data';
}

/** Every format, in the order the dialog lists them: the reports first, then data and citations. */
export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'md', label: 'Markdown', hint: 'Obsidian, pandoc, any text editor', kind: 'report' },
  { format: 'html', label: 'HTML', hint: 'One file for any browser; prints in colour', kind: 'report' },
  { format: 'pdf', label: 'PDF', hint: 'To read and print as it is', kind: 'report' },
  { format: 'docx', label: 'Word', hint: 'Notes as comments on the highlighted words', kind: 'report' },
  { format: 'json', label: 'W3C annotations', hint: 'JSON-LD; another library can import it', kind: 'data' },
  { format: 'csv', label: 'CSV', hint: 'One row per highlight or note, for spreadsheets', kind: 'data' },
  { format: 'csl', label: 'CSL-JSON', hint: 'The sources, for Zotero and citeproc', kind: 'data' },
  { format: 'bib', label: 'BibTeX', hint: 'The sources, for LaTeX', kind: 'data' },
  { format: 'ris', label: 'RIS', hint: 'The sources, for EndNote, Zotero, Mendeley', kind: 'data' }
];

/** The choice for a format (Markdown for one not listed). */
export function formatChoice(format: ExportFormat): FormatChoice {
  return FORMAT_CHOICES.find((c) => c.format === format) ?? FORMAT_CHOICES[0]!;
}
