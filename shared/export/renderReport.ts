import { renderBibtex, renderCslJson, renderRis } from './renderCitations';
import { renderCsv } from './renderCsv';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import { renderW3c } from './renderW3c';
import type { ExportFormat, Report, TextFormat } from './reportModel';

/** The file extension and media type of each format. */
export const FORMAT_FILES: Readonly<Record<ExportFormat, { readonly extension: string; readonly mediaType: string }>> = {
  pdf: { extension: 'pdf', mediaType: 'application/pdf' },
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8' },
  json: { extension: 'jsonld', mediaType: 'application/ld+json; charset=utf-8' },
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8' },
  csl: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  bib: { extension: 'bib', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', mediaType: 'application/x-research-info-systems; charset=utf-8' }
};

/**
 * A report as the text of one format. Pure: the engine writes the result to a file, and the
 * renderer's live preview can call it as is.
 */
export function renderReport(report: Report, format: TextFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'json':
      return renderW3c(report);
    case 'csv':
      return renderCsv(report);
    case 'csl':
      return renderCslJson(report);
    case 'bib':
      return renderBibtex(report);
    case 'ris':
      return renderRis(report);
  }
}
