import { tagKey } from '@shared/annotations/tagKey';
import type { NoteHit } from '@shared/contract/schemas';
import { findHighlights } from '@shared/search/highlight';
import type { QueryTerm, ValueFilter } from '@shared/search/types';
import type { ReadableDb } from '../db/connection';
import { listAnnotations } from './listAnnotations';

/** Candidates read before the exact check; a library's notes rarely hold a word this often. */
const CANDIDATES = 1000;

/**
 * The notes and highlights holding every positive term of a query (`in:notes`), newest first:
 * found in SQL by the folded words, then kept only when {@link findHighlights} finds each term in
 * the note or the quote the way it marks articles (whole words, phrases, prefixes), and marked.
 * `tags` (the query's `tag:` filters) keeps those carrying every included tag and none excluded;
 * with tags and no words, every annotation so tagged is listed, its note (or quote) unmarked.
 */
export function searchNotes(
  db: ReadableDb,
  terms: readonly QueryTerm[],
  limit: number,
  tags: ValueFilter = { include: [], exclude: [] }
): NoteHit[] {
  if (terms.length === 0 && tags.include.length === 0) return [];
  const words = terms.flatMap((t) => t.words ?? []).join(' ');
  const filter = { text: words, ...(tags.include.length ? { tags: [...tags.include] } : {}) };
  const { items } = listAnnotations(db, { filter, sort: 'updated', offset: 0, limit: CANDIDATES });
  // NB: the same rule as tag: (tagKey: case folded in every script), so -tag: and tag: agree.
  const excluded = new Set(tags.exclude.map(tagKey));
  const hits: NoteHit[] = [];
  for (const a of items) {
    if (a.tags.some((t) => excluded.has(tagKey(t)))) continue;
    const quote = a.anchor?.quote.exact ?? a.passage?.[0]?.anchor.quote.exact ?? '';
    const inNote = findHighlights(a.note, terms);
    const inQuote = findHighlights(quote, terms);
    const found = (marks: ReadonlyArray<{ term: string }>) => terms.every((t) => marks.some((m) => m.term === t.text));
    const field =
      terms.length === 0 ? (a.note || !quote ? 'note' : 'quote') : found(inNote) ? 'note' : found(inQuote) ? 'quote' : null;
    if (!field) continue;
    const marks = field === 'note' ? inNote : inQuote;
    hits.push({
      annotationId: a.id,
      articleId: a.articleId,
      kind: a.kind,
      title: a.targetTitle,
      field,
      text: field === 'note' ? a.note : quote,
      highlights: marks.map((m) => ({ start: m.start, end: m.end }))
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
