/** Markdown files (.md): front matter as metadata, syntax stripped to readable text, one article. */
import type { ExtractContext, Extracted } from './context';
import { crosscheckReportFailure, isCrosscheckMarkdown } from './crosscheckReport';
import { ExtractFailure } from './failure';
import { readFrontMatter } from './frontMatter';
import { markdownToText } from './markdownText';
import { isBlank, tidyText } from './plainText';
import { readTextFile } from './textFile';

/** Reads a .md file as one article. */
export async function extractMarkdown(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  const source = readTextFile(bytes, ctx, 'Markdown file');
  if (isCrosscheckMarkdown(source)) throw crosscheckReportFailure();
  const { body, meta, error } = readFrontMatter(source);
  if (error) ctx.warnings.push({ code: 'front-matter', message: `Metadata ignored: ${error}` });
  const text = tidyText(markdownToText(body));
  if (isBlank(text)) throw new ExtractFailure('empty', 'This Markdown file has no text besides its metadata — nothing to import');
  return { format: 'md', articles: [{ text, meta }] };
}
