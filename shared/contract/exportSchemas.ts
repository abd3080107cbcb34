import { z } from 'zod';
import { EXPORT_FORMATS } from '@shared/export/reportModel';
import { AnnotationFilter } from './annotationSchemas';
import { CompareArticleIds } from './compareIds';
import { ArticleId } from './schemas';

/**
 * Shapes of the `export:*` channels (annotated reports, issue 11; docs/export.md) and of
 * `annotations:import` (a W3C JSON export read back into a library). The report model itself is
 * shared/export/reportModel.ts.
 */

/** What a report covers. */
export const ExportScope = z.discriminatedUnion('kind', [
  /** One or more picked articles. */
  z.object({ kind: z.literal('articles'), articleIds: z.array(ArticleId).min(1).max(10_000) }).strict(),
  /** A story: its articles, their annotations and the story's notes, and its comparison when it has 2–12 articles. */
  z.object({ kind: z.literal('story'), storyId: z.number().int().positive() }).strict(),
  /** A comparison of 2–12 articles, with its overlap, wire copies, quotes and figures. */
  z.object({ kind: z.literal('compare'), articleIds: CompareArticleIds }).strict(),
  /** The articles a search (or saved search) finds, up to 500. */
  z.object({ kind: z.literal('search'), query: z.string().trim().min(1).max(2000) }).strict(),
  /** The notes panel's filter (`{}`: every annotation in the library). */
  z.object({ kind: z.literal('annotations'), filter: AnnotationFilter.default({}) }).strict()
]);
export type ExportScope = z.input<typeof ExportScope>;

/** A person's name as a report's author: one line, at most 200 characters. */
export const AuthorName = z
  .string()
  .trim()
  .max(200)
  .regex(/^[^\r\n\t]*$/, 'a name is one line');

/** The user's choices for a report. */
export const ExportOptions = z
  .object({
    group: z.enum(['article', 'colour', 'tag']).default('article'),
    /** Full texts with the highlights marked, instead of the excerpts alone. */
    fullText: z.boolean().default(false),
    /** Include a story's or comparison's overlap, wire copies, quotes and figures. */
    includeComparison: z.boolean().default(true),
    /**
     * Who made the report, for this export only (`crosscheck export --author`). Left out: the
     * `export:settings` author; `''`: no author.
     */
    author: AuthorName.optional()
  })
  .strict();

/** `export:render`'s input. */
export const ExportRenderInput = z
  .object({
    scope: ExportScope,
    format: z.enum(EXPORT_FORMATS),
    options: ExportOptions.default({ group: 'article', fullText: false, includeComparison: true }),
    /**
     * An id the caller makes up (a UUID) so that `export:cancel` can stop this export and the
     * `export:progress` events say which export they are about. Optional.
     */
    jobId: z.string().min(1).max(100).optional()
  })
  .strict();

/**
 * `export:render`'s answer: the file, a suggested file name and its media type, to download or
 * save. `encoding` says how `content` holds the bytes: `utf8` is the text itself (md, html, json,
 * csv, csl, bib, ris), `base64` the bytes of a binary file (pdf, docx); decode before saving.
 */
export const ExportRendered = z.object({
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  fileName: z.string(),
  mediaType: z.string(),
  /** The file's size in bytes (after decoding). */
  bytes: z.number().int().nonnegative()
});

/** `export:cancel`'s input: the `jobId` given to `export:render`. */
export const ExportCancelInput = z.object({ jobId: z.string().min(1).max(100) }).strict();

/**
 * Progress of a running export, pushed as the `export:progress` event (only for an
 * `export:render` given a `jobId`): `gather` reads the library (done/total: articles),
 * `render` writes the format (done/total: sources), `print` is Chromium making the PDF
 * (no count: total 0).
 */
export const ExportProgressEvent = z.object({
  jobId: z.string(),
  phase: z.enum(['gather', 'render', 'print']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative()
});
export type ExportProgressEvent = z.infer<typeof ExportProgressEvent>;

/** The export settings (`export:settings:get`/`:set`): who reports say they were made by; null when unset. */
export const ExportSettings = z.object({ author: AuthorName.nullable() }).strict();
export type ExportSettings = z.infer<typeof ExportSettings>;

/** `annotations:import`'s input: the text of a W3C JSON export (`crosscheck export --format json`). */
export const AnnotationImportInput = z
  .object({
    /** The file's text: an AnnotationCollection, an AnnotationPage, an array of annotations or one annotation. */
    content: z.string().min(1).max(200_000_000),
    /** Only say what would happen; write nothing. */
    dryRun: z.boolean().default(false)
  })
  .strict();

/**
 * What became of each annotation of the file: `anchored` (placed on its words, possibly moved or
 * with changed wording), `orphan` (its article was found but not its words: kept as an orphan to
 * re-attach), `duplicate` (the library has it already: a second import adds nothing),
 * `no-article` (no article of the library is its source: listed, not stored), `invalid` (not
 * a highlight or note this version can read: listed with the reason).
 */
export const AnnotationImportOutcome = z.enum(['anchored', 'orphan', 'duplicate', 'no-article', 'invalid']);

/** `annotations:import`'s answer: counts, and each annotation's outcome with what it is. */
export const AnnotationImportReport = z.object({
  total: z.number().int().nonnegative(),
  anchored: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  noArticle: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  items: z.array(
    z.object({
      /** The annotation's `id` in the file (or its place, `#3`). */
      source: z.string(),
      outcome: AnnotationImportOutcome,
      /** The article it went to; null when none was found. */
      articleId: ArticleId.nullable(),
      /** The annotation made (or already there for a duplicate); null when none. */
      annotationId: z.number().int().positive().nullable(),
      /** The highlighted words (or the note's start), to list what could not be placed. */
      quote: z.string(),
      /** Why, in a sentence, for `no-article` and `invalid`. */
      message: z.string().nullable()
    })
  )
});
export type AnnotationImportReport = z.infer<typeof AnnotationImportReport>;
