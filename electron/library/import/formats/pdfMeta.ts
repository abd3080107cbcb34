/**
 * Article metadata from a PDF's info dictionary, kept only where it plausibly describes the article:
 * titles like "Microsoft Word - draft3.docx" and authors like "Administrator" are noise, and the
 * creation date of a web page printed to PDF is the day it was printed, not published.
 */
import type { ArticleMetadata } from '@shared/import/types';
import { plausibleAuthor, plausibleTitle } from './fileProps';
import { compactMeta, normalizeLanguage, parsePdfDate, textValue } from './metaValues';

/** Producers and creators that mean "a page was printed or converted to PDF". */
const PRINT_TOOLS = /skia\/pdf|chrom(?:e|ium)|quartz pdfcontext|print to pdf|wkhtmltopdf|mozilla|firefox|cairo|headless/i;

/** Maps pdf.js `getMetadata().info` to article metadata. */
export function pdfInfoToMeta(info: Record<string, unknown>): ArticleMetadata {
  const created = typeof info['CreationDate'] === 'string' ? parsePdfDate(info['CreationDate']) : undefined;
  const tools = `${textValue(info['Producer']) ?? ''} ${textValue(info['Creator']) ?? ''}`;
  return compactMeta({
    title: plausibleTitle(info['Title']),
    byline: plausibleAuthor(info['Author']),
    publishedAt: created && !PRINT_TOOLS.test(tools) ? created : undefined,
    language: normalizeLanguage(info['Language'])
  });
}
