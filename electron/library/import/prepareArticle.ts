import path from 'node:path';
import { cleanArticle } from '@shared/import/cleanup';
import { extractTextMetadata } from '@shared/import/metadata';
import { storedOriginal } from '@shared/import/originalEdits';
import { leadTitle, titleFromFileName } from '@shared/import/title';
import type { ExtractedArticle } from '@shared/import/types';
import { minhashOfWordHashes, wordHashes } from '@shared/text/minhash';
import { countWords } from '@shared/text/tokens';
import { hasUnspaced } from '@shared/text/unspaced';
import type { NewArticle } from '../articles';
import { contentHash } from './contentHash';
import { headerIsoDate, urlIsoDate } from './headerDate';
import type { DetectLanguage } from './language';
import { resolveMetadata } from './resolveMetadata';

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
 * (kept as ranges into the original, so the reader can show what was removed), each metadata
 * field chosen by `resolveMetadata` (publication metadata, then the text, then the file's own
 * properties) with where it came from, the content hash of the clean text, and the word count and
 * MinHash signature. `defaults` fill the outlet and language a file leaves empty; `detectLanguage`
 * names the language of a text whose file does not.
 */
export function prepareArticle(
  extracted: ExtractedArticle,
  provenance: Provenance,
  defaults: FieldDefaults = {},
  detectLanguage?: DetectLanguage
): NewArticle {
  const original = extracted.text.replace(/\r\n?/g, '\n');
  const cleaned = cleanArticle(original);
  const body = cleaned.clean;
  const fileName = provenance.sourcePath ? path.basename(provenance.sourcePath.split('#')[0]!) : undefined;
  const fileMeta = { ...extracted.fileMeta };
  fileMeta.title ??= fileName === undefined ? undefined : titleFromFileName(fileName);
  const languageGiven = !!(extracted.meta.language || defaults.language);
  const textMeta = extractTextMetadata(original);
  // An ISO date beside a name in the header (a PDF's title block) is the text's too, and so wins
  // over the file's own creation date; so is one in the path of the header line's `Source-URL:`.
  textMeta.publishedAt ??= headerIsoDate(body) ?? (textMeta.url === undefined ? undefined : urlIsoDate(textMeta.url));
  const { meta, sources } = resolveMetadata({
    metadata: extracted.meta,
    text: textMeta,
    file: fileMeta,
    defaults,
    // Detection only when neither the file nor the user named the language: they win anyway.
    detectedLanguage: languageGiven ? undefined : detectLanguage?.(body)
  });
  // The words are counted and hashed for MinHash in one scan, without a string per word.
  const words = wordHashes(body);
  let title = meta.title?.replace(/^#{1,6}\s+/, '').trim();
  if (!title) {
    title = leadTitle(body, meta.dateline);
    if (title) sources.title = 'text';
    else delete sources.title;
  }
  return {
    title: (title || 'Untitled').slice(0, 500),
    outlet: meta.outlet ?? null,
    byline: meta.byline ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    language: meta.language ?? null,
    sources,
    dateline: meta.dateline ?? null,
    wireCredits: meta.wireCredits ?? [],
    body,
    // NB: encoded here, in the extraction worker for large imports: the writing thread, which is as
    // busy, neither encodes it nor receives the whole text again (docs/import.md, the original).
    ...storedOriginal(body, original),
    removed: cleaned.removed.map(({ start, end, reason }) => ({ start, end, reason })),
    contentHash: contentHash(body, words.plainAscii),
    // NB: MinHash takes each character of Chinese, Japanese, Thai… as a unit (wordHashes), so
    // `words.count` counts those; the count the user reads counts ICU's words in them (countWords).
    wordCount: hasUnspaced(body) ? countWords(body) : words.count,
    minhash: minhashOfWordHashes(words.hashes, words.count),
    ...provenance
  };
}
