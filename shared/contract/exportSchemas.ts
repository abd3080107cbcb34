import { z } from 'zod';
import { TEXT_FORMATS } from '../export/reportModel';
import { AnnotationFilter } from './annotationSchemas';
import { ArticleId } from './schemas';

/**
 * Shapes of the `export:*` channel (annotated reports, issue 11; docs/export.md). The report model
 * itself is shared/export/reportModel.ts.
 */

/** What a report covers. */
export const ExportScope = z.discriminatedUnion('kind', [
  /** One or more picked articles. */
  z.object({ kind: z.literal('articles'), articleIds: z.array(ArticleId).min(1).max(10_000) }).strict(),
  /** A story: its articles, their annotations and the story's notes, and its comparison when it has 2–12 articles. */
  z.object({ kind: z.literal('story'), storyId: z.number().int().positive() }).strict(),
  /** A comparison of 2–12 articles, with its overlap, wire copies, quotes and figures. */
  z.object({ kind: z.literal('compare'), articleIds: z.array(ArticleId).min(2).max(12) }).strict(),
  /** The articles a search (or saved search) finds, up to 500. */
  z.object({ kind: z.literal('search'), query: z.string().trim().min(1).max(2000) }).strict(),
  /** The notes panel's filter (`{}`: every annotation in the library). */
  z.object({ kind: z.literal('annotations'), filter: AnnotationFilter.default({}) }).strict()
]);
export type ExportScope = z.input<typeof ExportScope>;

/** The user's choices for a report. */
export const ExportOptions = z
  .object({
    group: z.enum(['article', 'colour', 'tag']).default('article'),
    /** Full texts with the highlights marked, instead of the excerpts alone. */
    fullText: z.boolean().default(false),
    /** Include a story's or comparison's overlap, wire copies, quotes and figures. */
    includeComparison: z.boolean().default(true)
  })
  .strict();

/** `export:render`'s input. */
export const ExportRenderInput = z
  .object({
    scope: ExportScope,
    format: z.enum(TEXT_FORMATS),
    options: ExportOptions.default({ group: 'article', fullText: false, includeComparison: true })
  })
  .strict();

/** `export:render`'s answer: the file's text, a suggested file name and its media type, to download or save. */
export const ExportRendered = z.object({
  content: z.string(),
  fileName: z.string(),
  mediaType: z.string()
});
