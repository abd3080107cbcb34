/**
 * Types shared by the import pipeline (electron/library/import) and the clean-up and metadata
 * code in shared/import: what an extractor hands on, and what the library stores.
 */

/** Metadata of an article, every field optional: extractors fill what their format carries. */
export interface ArticleMetadata {
  title?: string;
  outlet?: string;
  byline?: string;
  /** ISO 8601 date (`2018-07-04`) or date-time. */
  publishedAt?: string;
  url?: string;
  /** BCP 47 language tag (`en`, `ar`). */
  language?: string;
  /** Wire agencies credited in the text or metadata (`AFP`, `Reuters`, `AP`). */
  wireCredits?: string[];
  /** A dateline place (`BEIRUT`). */
  dateline?: string;
  /**
   * Agencies and picture libraries credited in photo captions (`Getty`, `AFP`). Kept apart from
   * `wireCredits`: who took the picture says nothing about who wrote the text.
   */
  photoCredits?: string[];
  /** Subject tags the source file gives (Markdown front matter `tags`, HTML `article:tag`). */
  tags?: string[];
}

/** One article as an extractor read it from a file, before clean-up. */
export interface ExtractedArticle {
  /** The article's text as read (decoded, tags stripped, paragraphs separated by blank lines). */
  text: string;
  /** Publication metadata the format carries (HTML meta tags, front matter, table columns). */
  meta: ArticleMetadata;
  /**
   * Document properties (a PDF's info dictionary, a DOCX's core properties). They describe the
   * file, not the article — its creation date is the day someone saved it — so each field is used
   * only when neither `meta` nor the text gives one, and is marked as coming from the file.
   */
  fileMeta?: ArticleMetadata;
  /** Where in the file it came from, when a file holds many (`row 12`, `page 3`, `inner/a.html`). */
  locator?: string;
}

/** A non-fatal problem an extractor wants the user to see (`encoding guessed as windows-1256 (62%)`). */
export interface ExtractWarning {
  code: string;
  message: string;
}

/**
 * What became of one entry of an archive (.zip), so a failed entry can be listed like a failed file.
 * `path` is the entry's path inside the archive; nested archives join paths with `/`
 * (`outer/inner.zip/a.html`). Articles read from an entry carry the same path as `locator`.
 */
export type ExtractEntry =
  | { path: string; ok: true; format: string; articles: number }
  | { path: string; ok: false; code: string; message: string };

/** The result of reading one file. */
export type ExtractResult =
  | {
      ok: true;
      articles: ExtractedArticle[];
      warnings: ExtractWarning[];
      format: string;
      /** Archives only: one outcome per entry read or skipped (hidden system files are not listed). */
      entries?: ExtractEntry[];
    }
  /** `message` is for the user; `detail`, when present, is the reading library's own reason, for whoever debugs it. */
  | { ok: false; code: string; message: string; detail?: string };
