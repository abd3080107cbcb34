import type { ExtractedArticle } from '../../../shared/import/types';
import { countWords } from '../../../shared/text/tokens';
import type { NewArticle } from '../articles';
import { contentHash } from './contentHash';

/** Where an article came from, recorded with it. */
export interface Provenance {
  readonly sourcePath: string | null;
  readonly sourceFormat: string;
  readonly collection: string | null;
}

/**
 * Turns what an extractor read into the article the library stores: the clean text, a title
 * (metadata first, else the first line), the content hash and the word count.
 */
export function prepareArticle(extracted: ExtractedArticle, provenance: Provenance): NewArticle {
  const original = extracted.text.replace(/\r\n?/g, '\n');
  const body = normaliseWhitespace(original);
  const meta = extracted.meta;
  const title = (meta.title?.trim() || firstLine(body) || 'Untitled').slice(0, 500);
  return {
    title,
    outlet: meta.outlet ?? null,
    byline: meta.byline ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    language: meta.language ?? null,
    dateline: meta.dateline ?? null,
    wireCredits: meta.wireCredits ?? [],
    body,
    original,
    removed: [],
    contentHash: contentHash(body),
    wordCount: countWords(body),
    ...provenance
  };
}

/** Trims lines, collapses runs of blank lines to one, drops trailing space. */
function normaliseWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first non-empty line, without Markdown heading marks. */
function firstLine(text: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim() !== '');
  return line?.replace(/^#{1,6}\s+/, '').trim();
}
