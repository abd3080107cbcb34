import type { AnnotationFilter } from '@shared/contract/annotationSchemas';
import type { ParsedQuery, QueryNode, QueryTerm } from '@shared/search/types';

/** A story the `story:` filter can name. */
export interface NamedStory {
  readonly id: number;
  readonly label: string;
}

/** A search of the notes, as an `annotations:list` filter, and what it could not use. */
export interface NoteQuery {
  readonly filter: AnnotationFilter;
  /** Sentences for the user about parts of the query the notes cannot be searched by. */
  readonly notes: readonly string[];
}

type MutableFilter = { -readonly [K in keyof AnnotationFilter]: AnnotationFilter[K] };

/** The day before `YYYY-MM-DD` (the query language's upper bounds are exclusive; the filter's are inclusive). */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** A term's words as the filter's `text` takes them: typed, space-separated. */
function termText(term: QueryTerm): string {
  return term.text.trim();
}

/** A node's words when it is one term, or terms next to each other (`near`, a plain `and`); else null. */
function plainWords(node: QueryNode): string | null {
  if (node.type === 'term') return termText(node.term);
  if (node.type === 'near') return node.terms.map(termText).join(' ');
  if (node.type === 'and') {
    const parts = node.children.map(plainWords);
    return parts.every((p): p is string => p !== null) ? parts.join(' ') : null;
  }
  return null;
}

/**
 * The text part of a query as the filter's `text` (every word), `anyText` (`OR`) and
 * `withoutText` (`-word`); what does not fit (a `title:` part, an `OR` of exclusions) is named in
 * `unused`. NB: the filter compares words as parts of the folded quote and note; searchNotes then
 * keeps only whole-word matches, as articles are matched, and so leaves `withoutText` out of the
 * filter it gives SQL: a part of a word excludes too much (`-war` would drop "software").
 */
function addText(filter: MutableFilter, root: QueryNode, unused: Set<string>): void {
  const all: string[] = [];
  const anyText: string[][] = [];
  const withoutText: string[] = [];
  const visit = (node: QueryNode): void => {
    if (node.type === 'and') node.children.forEach(visit);
    else if (node.type === 'term' || node.type === 'near') all.push(plainWords(node)!);
    else if (node.type === 'or') {
      const alternatives = node.children.map(plainWords);
      if (alternatives.every((a): a is string => a !== null)) anyText.push(alternatives);
      else unused.add('OR of exclusions or title:');
    } else if (node.type === 'not') {
      const words = plainWords(node.child);
      if (words !== null) withoutText.push(words);
      else unused.add('-(…) of several alternatives');
    } else unused.add('title: (a note has no title)');
  };
  visit(root);
  const text = all.join(' ').trim();
  if (text) filter.text = text.slice(0, 500);
  if (anyText.length) filter.anyText = anyText.slice(0, 20).map((group) => group.slice(0, 20).map((a) => a.slice(0, 500)));
  if (withoutText.length) filter.withoutText = withoutText.slice(0, 20).map((w) => w.slice(0, 500));
}

/**
 * Reads a query in the library's query language as a search of the notes and highlights — the
 * notes panel's search box and the search box's `in:notes` both go through here, so the two give
 * the same answer. Words (in the quote or the note), `OR`, `-word`, `tag:` and `-tag:`,
 * `outlet:`, `lang:`, `story:` (by name) and `date:` (the article's) become an
 * {@link AnnotationFilter}; the rest is said in `notes`, never silently dropped.
 *
 * @example
 * toNoteQuery(parseQuery('tag:evidence outlet:AFP civilians'), []).filter
 * // { text: 'civilians', tags: ['evidence'], outlet: 'AFP' }
 */
export function toNoteQuery(parsed: ParsedQuery, stories: readonly NamedStory[]): NoteQuery {
  const notes = [...parsed.notes];
  const filter: MutableFilter = {};
  const unused = new Set<string>();
  if (parsed.text) addText(filter, parsed.text, unused);
  const { outlet, tag, story, author, lang, date } = parsed.filters;
  if (tag.include.length) filter.tags = tag.include.slice(0, 20);
  if (tag.exclude.length) filter.withoutTags = tag.exclude.slice(0, 20);
  // `outlet:none` (articles with no outlet, the search's facet value) has no notes-panel filter.
  const isNone = (value: string) => value.trim().toLowerCase() === 'none';
  const outlets = outlet.include.filter((v) => !isNone(v));
  const langs = lang.include.filter((v) => !isNone(v));
  if (outlets.length < outlet.include.length || langs.length < lang.include.length) unused.add('outlet:none or lang:none');
  if (outlets[0] !== undefined) {
    filter.outlet = outlets[0];
    if (outlets.length > 1) notes.push(`Notes are filtered by one outlet at a time: using ${outlets[0]}.`);
  }
  if (langs.length) filter.langs = langs.slice(0, 20);
  const storyName = story.include[0];
  if (storyName !== undefined) {
    const wanted = storyName.toLowerCase();
    const found =
      stories.find((s) => s.label.toLowerCase() === wanted) ?? stories.find((s) => s.label.toLowerCase().includes(wanted));
    if (found) filter.storyId = found.id;
    else notes.push(`No story is called “${storyName}”.`);
  }
  if (date?.from) filter.publishedFrom = date.from;
  if (date?.before) filter.publishedTo = dayBefore(date.before);
  if (author.include.length || author.exclude.length) unused.add('author:');
  if (outlet.exclude.length || lang.exclude.length || story.exclude.length) unused.add('-outlet:, -lang: or -story:');
  if (unused.size) notes.push(`Notes cannot be searched by ${[...unused].join(' or ')}; ignored here.`);
  return { filter, notes };
}
