import { toNoteQuery } from '@shared/annotations/noteQuery';
import type { NoteHit } from '@shared/contract/schemas';
import { findHighlights } from '@shared/search/highlight';
import type { ParsedQuery, QueryNode, QueryTerm } from '@shared/search/types';
import type { ReadableDb } from '../db/connection';
import { eachAnnotation } from './listAnnotations';

/** What `in:notes` found, and what of the query it could not use (for the search's notes). */
export interface NoteSearch {
  readonly hits: NoteHit[];
  readonly notes: readonly string[];
}

/** Every term of the text tree, excluded ones included: what the exact check looks for. */
function allTerms(node: QueryNode | null, into: QueryTerm[] = []): QueryTerm[] {
  if (!node) return into;
  if (node.type === 'term') into.push(node.term);
  else if (node.type === 'near') into.push(...node.terms);
  else if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => allTerms(c, into));
  else allTerms(node.child, into);
  return into;
}

/**
 * Whether the text tree holds, given which terms were found in one field (`found`) and in either
 * field (`anywhere`): an exclusion leaves out a note whose quote *or* note has the word. A
 * `title:` part is left to the note that says it was ignored.
 */
function holds(node: QueryNode, found: ReadonlySet<string>, anywhere: ReadonlySet<string>): boolean {
  switch (node.type) {
    case 'term':
      return found.has(node.term.text);
    case 'near':
      return node.terms.every((t) => found.has(t.text));
    case 'and':
      return node.children.every((c) => holds(c, found, anywhere));
    case 'or':
      return node.children.some((c) => holds(c, found, anywhere));
    case 'not':
      return !holds(node.child, anywhere, anywhere);
    case 'column':
      return true;
  }
}

/**
 * The notes and highlights a query finds (`in:notes`), newest first. The query is read by
 * {@link toNoteQuery}, as the notes panel's search box reads it: words, `OR`, `-word`, `tag:`,
 * `outlet:`, `lang:`, `story:` and `date:` narrow the notes in SQL, and what it cannot use is said in
 * `notes`. The candidates are then kept only when {@link findHighlights} finds the words in the
 * note or the quote the way it marks articles (whole words, phrases, prefixes), and marked; a
 * `-word` leaves out only a note or quote holding it as a whole word, as for articles. Every
 * candidate is checked, newest first, until `limit` hits are found. With
 * filters and no words, every annotation they keep is listed, its note (or quote) unmarked.
 */
export function searchNotes(db: ReadableDb, parsed: ParsedQuery, limit: number): NoteSearch {
  // Stories are read only for a `story:` filter, which names one by its label: a search without
  // one must not read the whole stories table (queryPlans.test.ts holds hot queries to indexes).
  const stories = parsed.filters.story.include.length
    ? (db.prepare('SELECT id, label FROM stories').all() as Array<{ id: number; label: string }>)
    : [];
  const { filter, notes } = toNoteQuery(parsed, stories);
  // Nothing to look for (`in:notes` alone, or only clauses it cannot use): not every note.
  if (Object.keys(filter).length === 0) return { hits: [], notes };
  // NB: SQL compares parts of words, so it may narrow by the words searched for (it keeps every
  // note holding them as whole words, and more) but not by the excluded ones: `-war` would drop a
  // note saying "software" (review 15, #2). {@link holds} excludes whole words below.
  const { withoutText: _wholeWordsOnly, ...narrowing } = filter;
  const terms = allTerms(parsed.text);
  const hits: NoteHit[] = [];
  // NB: every candidate SQL keeps is checked until `limit` hits are found, not a first page of
  // them: a short word ("war", "eu") is part of many words, and a page of newer notes holding it
  // only inside others ("warship") hid the older whole-word hits behind it (review 15, #3).
  for (const a of eachAnnotation(db, narrowing, 'updated')) {
    const quote = a.anchor?.quote.exact ?? a.passage?.[0]?.anchor.quote.exact ?? '';
    const inNote = findHighlights(a.note, terms);
    const inQuote = findHighlights(quote, terms);
    const noteTerms = new Set(inNote.map((m) => m.term));
    const quoteTerms = new Set(inQuote.map((m) => m.term));
    const anywhere = new Set([...noteTerms, ...quoteTerms]);
    const field = !parsed.text
      ? a.note || !quote
        ? 'note'
        : 'quote'
      : holds(parsed.text, noteTerms, anywhere)
        ? 'note'
        : holds(parsed.text, quoteTerms, anywhere)
          ? 'quote'
          : null;
    if (!field) continue;
    // Only the words searched for are marked, not the excluded ones (they are not there).
    const positive = new Set(parsed.terms.map((t) => t.text));
    const marks = (field === 'note' ? inNote : inQuote).filter((m) => positive.has(m.term));
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
  return { hits, notes };
}
