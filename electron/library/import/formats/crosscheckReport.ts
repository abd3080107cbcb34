/**
 * Recognises a report Crosscheck exported by the mark it writes inside the file
 * (shared/export/reportMarker.ts), so a report copied to another folder or machine is left out of
 * an import with `crosscheck-report` instead of becoming an article that quotes the library.
 *
 * NB: only the marked places are read (a meta tag in the head, a front-matter key, a document
 * property, the PDF's Creator and Producer), never the text: an article that mentions Crosscheck,
 * or quotes a report, still imports.
 */
import { CROSSCHECK_REPORT_REASON, DOCX_GENERATOR_PROPERTY, REPORT_GENERATOR } from '@shared/export/reportMarker';
import { PDF_CREATOR } from '../../export/pdfInfo';
import { ExtractFailure } from './failure';

/** The failure that leaves a report out of an import (reported as skipped, not failed). */
export function crosscheckReportFailure(): ExtractFailure {
  return new ExtractFailure('crosscheck-report', CROSSCHECK_REPORT_REASON);
}

const GENERATOR_META = /<meta\s[^>]*name\s*=\s*["']?generator["']?[^>]*>/gi;

/** True when an HTML page's head (before `<body`) holds `<meta name="generator" content="Crosscheck report">`. */
export function isCrosscheckHtml(html: string): boolean {
  const bodyAt = html.search(/<body[\s>]/i);
  const head = bodyAt < 0 ? html.slice(0, 64 * 1024) : html.slice(0, bodyAt);
  for (const tag of head.match(GENERATOR_META) ?? []) {
    const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if ((content?.[1] ?? content?.[2])?.trim() === REPORT_GENERATOR) return true;
  }
  return false;
}

/** True when a Markdown document's front matter (its first `---` block) has `generator: "Crosscheck report"`. */
export function isCrosscheckMarkdown(markdown: string): boolean {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(markdown);
  if (!block || block.index !== 0) return false;
  const generator = /^generator:\s*(.*?)\s*$/m.exec(block[1] ?? '');
  return generator !== null && generator[1]?.replace(/^(["'])(.*)\1$/, '$2') === REPORT_GENERATOR;
}

/** True when a DOCX's custom properties (`docProps/custom.xml`) hold `Generator` = `Crosscheck report`. */
export function isCrosscheckDocxProperties(customXml: string): boolean {
  const property = new RegExp(`<property\\b[^>]*\\bname="${DOCX_GENERATOR_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`);
  return property.exec(customXml)?.[1]?.trim() === REPORT_GENERATOR;
}

/** True when a PDF's document information names Crosscheck as both Creator and Producer (pdfInfo.ts). */
export function isCrosscheckPdfInfo(info: Record<string, unknown>): boolean {
  return info.Creator === PDF_CREATOR && info.Producer === PDF_CREATOR;
}
