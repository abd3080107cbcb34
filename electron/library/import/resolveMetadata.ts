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
import type { FieldSource, FieldSources } from '@shared/contract/schemas';
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

type Candidate = readonly [FieldSource, string | undefined];

function first(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates.find(([, value]) => value !== undefined && value.trim() !== '');
}

/**
 * Picks every field by the order in the table above. Fields without a source of their own
 * (dateline, tags, credits) take the metadata's, else the text's, else the file's; wire credits
 * from all three are kept.
 *
 * @example resolveMetadata({ metadata: {}, text: { publishedAt: '2018-07-04' }, file: { publishedAt: '2026-12-06' } }).sources.publishedAt // 'text'
 */
export function resolveMetadata(c: MetadataCandidates): ResolvedMetadata {
  const { metadata: m, text: t, file: f } = c;
  const order: Record<SourcedField, readonly Candidate[]> = {
    title: [['metadata', m.title], ['text', t.title], ['file', f.title]],
    outlet: [['metadata', m.outlet], ['text', t.outlet], ['import', c.defaults?.outlet]],
    byline: [['metadata', m.byline], ['text', t.byline], ['file', f.byline]],
    publishedAt: [['metadata', m.publishedAt], ['text', t.publishedAt], ['file', f.publishedAt]],
    url: [['metadata', m.url], ['text', t.url]],
    language: [['metadata', m.language], ['import', c.defaults?.language], ['detected', c.detectedLanguage], ['file', f.language]]
  };
  const meta: ArticleMetadata = { ...f, ...withoutEmpty(t), ...withoutEmpty(m) };
  const sources: FieldSources = {};
  for (const field of Object.keys(order) as SourcedField[]) {
    const chosen = first(order[field]);
    if (chosen) {
      meta[field] = chosen[1];
      sources[field] = chosen[0];
    } else delete meta[field];
  }
  const credits = [...(m.wireCredits ?? []), ...(t.wireCredits ?? []), ...(f.wireCredits ?? [])];
  if (credits.length) meta.wireCredits = [...new Set(credits)];
  return { meta, sources };
}

function withoutEmpty(meta: ArticleMetadata): ArticleMetadata {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as ArticleMetadata;
}
