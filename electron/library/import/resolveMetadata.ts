/**
 * Choosing each metadata field's value among what a file offers, and remembering where it came
 * from (shown in "Edit details"). The order, per field:
 *
 * | Field       | Order                                                                                |
 * | ----------- | ------------------------------------------------------------------------------------ |
 * | title       | metadata → text (headline) → file (document properties, then the file's name)         |
 * | outlet      | metadata → text (`Follow us @…`) → the import's default                                |
 * | byline      | metadata → text (`By …`) → file (author property)                                    |
 * | publishedAt | metadata → text (date line) → file (creation date)                                   |
 * | url         | metadata → text (a `Source-URL: http://…` header line at the top)                     |
 * | language    | metadata → the import's default → detected from the text → file (language property) |
 *
 * NB: document properties come last. A DOCX's or PDF's creation date is the day someone saved
 * the file; taken as the publication date it dated every Word file the day it was imported,
 * sorted it first, and made the comparison call it the wire original.
 */
import type { FieldSources } from '@shared/contract/schemas';
import type { ArticleMetadata } from '@shared/import/types';

/** The fields that carry a source. */
export type SourcedField = keyof FieldSources;

/** What a file offers, by where it comes from. */
export interface MetadataCandidates {
  /** The format's publication metadata (meta tags, JSON-LD, front matter, table columns). */
  readonly metadata: ArticleMetadata;
  /** What the text says (see `extractTextMetadata`). */
  readonly text: ArticleMetadata;
  /** Document properties; the title from the file's name is added by the caller. */
  readonly file: ArticleMetadata;
  /** Values the user gave the whole import for files that carry none. */
  readonly defaults?: { readonly outlet?: string; readonly language?: string };
  /** The language detected from the text, when it is long enough to tell. */
  readonly detectedLanguage?: string;
}

/** The chosen values (every metadata field, merged) and the source of each sourced field set. */
export interface ResolvedMetadata {
  readonly meta: ArticleMetadata;
  readonly sources: FieldSources;
}

/**
 * Picks every field by the order in the table above. Fields without a source of their own
 * (dateline, tags, credits) take the metadata's, else the text's, else the file's; wire credits
 * from all three are kept.
 *
 * NB: each field is picked by its own statements, not through a table of candidate lists, object
 * spreads and `delete`: this runs once per article, and V8 compiled that form into one of the
 * costliest functions of an import (docs/benchmarks.md, session 14).
 *
 * @example resolveMetadata({ metadata: {}, text: { publishedAt: '2018-07-04' }, file: { publishedAt: '2026-12-06' } }).sources.publishedAt // 'text'
 */
export function resolveMetadata(c: MetadataCandidates): ResolvedMetadata {
  const { metadata: m, text: t, file: f } = c;
  // NB: `sources` gets its fields in the table's order: it is stored as JSON.
  const sources: FieldSources = {};
  const meta: ArticleMetadata = {};

  if (given(m.title)) {
    meta.title = m.title;
    sources.title = 'metadata';
  } else if (given(t.title)) {
    meta.title = t.title;
    sources.title = 'text';
  } else if (given(f.title)) {
    meta.title = f.title;
    sources.title = 'file';
  }

  const defaultOutlet = c.defaults?.outlet;
  if (given(m.outlet)) {
    meta.outlet = m.outlet;
    sources.outlet = 'metadata';
  } else if (given(t.outlet)) {
    meta.outlet = t.outlet;
    sources.outlet = 'text';
  } else if (given(defaultOutlet)) {
    meta.outlet = defaultOutlet;
    sources.outlet = 'import';
  }

  if (given(m.byline)) {
    meta.byline = m.byline;
    sources.byline = 'metadata';
  } else if (given(t.byline)) {
    meta.byline = t.byline;
    sources.byline = 'text';
  } else if (given(f.byline)) {
    meta.byline = f.byline;
    sources.byline = 'file';
  }

  if (given(m.publishedAt)) {
    meta.publishedAt = m.publishedAt;
    sources.publishedAt = 'metadata';
  } else if (given(t.publishedAt)) {
    meta.publishedAt = t.publishedAt;
    sources.publishedAt = 'text';
  } else if (given(f.publishedAt)) {
    meta.publishedAt = f.publishedAt;
    sources.publishedAt = 'file';
  }

  if (given(m.url)) {
    meta.url = m.url;
    sources.url = 'metadata';
  } else if (given(t.url)) {
    meta.url = t.url;
    sources.url = 'text';
  }

  const defaultLanguage = c.defaults?.language;
  if (given(m.language)) {
    meta.language = m.language;
    sources.language = 'metadata';
  } else if (given(defaultLanguage)) {
    meta.language = defaultLanguage;
    sources.language = 'import';
  } else if (given(c.detectedLanguage)) {
    meta.language = c.detectedLanguage;
    sources.language = 'detected';
  } else if (given(f.language)) {
    meta.language = f.language;
    sources.language = 'file';
  }

  const dateline = unsourced(m.dateline, t.dateline, f.dateline);
  if (dateline !== undefined) meta.dateline = dateline;
  const photoCredits = unsourced(m.photoCredits, t.photoCredits, f.photoCredits);
  if (photoCredits !== undefined) meta.photoCredits = photoCredits;
  const tags = unsourced(m.tags, t.tags, f.tags);
  if (tags !== undefined) meta.tags = tags;
  const credits = [...(m.wireCredits ?? []), ...(t.wireCredits ?? []), ...(f.wireCredits ?? [])];
  const wireCredits = credits.length ? [...new Set(credits)] : unsourced(m.wireCredits, t.wireCredits, f.wireCredits);
  if (wireCredits !== undefined) meta.wireCredits = wireCredits;
  return { meta, sources };
}

/** Whether a candidate has a value: not absent, not blank. */
function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** A field without a source of its own: the metadata's, else the text's (when not absent or empty), else the file's. */
function unsourced<T>(metadata: T | undefined, text: T | undefined, file: T | undefined): T | undefined {
  if (metadata !== undefined && metadata !== '') return metadata;
  if (text !== undefined && text !== '') return text;
  return file;
}
