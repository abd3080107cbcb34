import path from 'node:path';
import { cleanArticle } from '../../../shared/import/cleanup';
import { extractTextMetadata } from '../../../shared/import/metadata';
import type { ArticleMetadata, ExtractedArticle } from '../../../shared/import/types';
import { minhashOfWords } from '../../../shared/text/minhash';
import { foldedWords } from '../../../shared/text/tokens';
import type { NewArticle } from '../articles';
import { contentHash } from './contentHash';

/** Where an article came from, recorded with it. */
export interface Provenance {
  readonly sourcePath: string | null;
  readonly sourceFormat: string;
  readonly collection: string | null;
}

/**
 * Values chosen for a whole import (`crosscheck import --outlet … --language …`, the import
 * dialog) for articles whose file gives none: a file's own outlet or language always wins.
 */
export interface FieldDefaults {
  readonly outlet?: string;
  readonly language?: string;
}

/**
 * Turns what an extractor read into the article the library stores: boilerplate set aside
 * (kept as ranges into the original, so the reader can show what was removed), metadata from
 * the format merged over metadata read from the text, the content hash of the clean text, and
 * the word count and MinHash signature. `defaults` fill the outlet and language a file leaves empty.
 */
export function prepareArticle(extracted: ExtractedArticle, provenance: Provenance, defaults: FieldDefaults = {}): NewArticle {
  const original = extracted.text.replace(/\r\n?/g, '\n');
  const cleaned = cleanArticle(original);
  const body = cleaned.clean;
  const fileName = provenance.sourcePath ? path.basename(provenance.sourcePath.split('#')[0]!) : undefined;
  const meta = mergeMetadata(extracted.meta, extractTextMetadata(original, fileName));
  const words = foldedWords(body);
  const title = (meta.title?.replace(/^#{1,6}\s+/, '').trim() || leadAsTitle(body, meta.dateline) || 'Untitled').slice(0, 500);
  return {
    title,
    // An import's defaults fill only what neither the format nor the text gave.
    outlet: meta.outlet ?? defaults.outlet ?? null,
    byline: meta.byline ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    language: meta.language ?? defaults.language ?? null,
    dateline: meta.dateline ?? null,
    wireCredits: meta.wireCredits ?? [],
    body,
    original,
    removed: cleaned.removed.map(({ start, end, reason }) => ({ start, end, reason })),
    contentHash: contentHash(body),
    wordCount: words.length,
    minhash: minhashOfWords(words),
    ...provenance
  };
}

/**
 * What the file's format says wins over what the text suggests (an HTML `<title>` over a guessed
 * headline); wire credits from both are kept.
 */
function mergeMetadata(fromFormat: ArticleMetadata, fromText: ArticleMetadata): ArticleMetadata {
  const merged: ArticleMetadata = { ...fromText };
  for (const [key, value] of Object.entries(fromFormat) as Array<[keyof ArticleMetadata, unknown]>) {
    if (value !== undefined && value !== '') (merged as Record<string, unknown>)[key] = value;
  }
  const credits = [...(fromFormat.wireCredits ?? []), ...(fromText.wireCredits ?? [])];
  if (credits.length) merged.wireCredits = [...new Set(credits)];
  return merged;
}

/**
 * A stand-in title for an article with no headline (it opens with its dateline): the lead
 * sentence without the dateline, cut at a word boundary.
 */
function leadAsTitle(body: string, dateline: string | undefined): string | undefined {
  let lead = body.split('\n').find((l) => l.trim() !== '')?.replace(/^#{1,6}\s+/, '').trim();
  if (!lead) return undefined;
  if (dateline && lead.toUpperCase().startsWith(dateline.toUpperCase())) {
    lead = lead.slice(dateline.length).replace(/^[\s:,(–—-]+(?:[A-Z][\w.]*\)\s*[-–—:]?\s*)?/, '');
  }
  const sentence = /^(.{20,}?[.!?])(\s|$)/.exec(lead)?.[1] ?? lead;
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)) + '…';
}
