import type { AnnotationFilter } from '@shared/contract/annotationSchemas';
import { parseQuery } from '@shared/search/parseQuery';

/** A story the panel's `story:` filter can name. */
export interface NamedStory {
  readonly id: number;
  readonly label: string;
}

/** What the notes panel's search box asks for, as an `annotations:list` filter, and what it could not use. */
export interface PanelQuery {
  readonly filter: AnnotationFilter;
  /** Sentences for the user about parts of the query the notes cannot be searched by. */
  readonly notes: readonly string[];
}

/** The day before `YYYY-MM-DD` (the query language's upper bounds are exclusive; the filter's are inclusive). */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Reads the notes panel's search box with the library's query language: words (in the quote or
 * the note), `tag:`, `outlet:`, `story:` (by name) and `date:` (the article's) become an
 * {@link AnnotationFilter}; the rest is said in `notes`, never silently dropped.
 *
 * @example
 * toPanelQuery('tag:evidence outlet:AFP civilians', []).filter
 * // { text: 'civilians', tags: ['evidence'], outlet: 'AFP' }
 */
export function toPanelQuery(input: string, stories: readonly NamedStory[]): PanelQuery {
  const parsed = parseQuery(input);
  const notes = [...parsed.notes];
  const filter: { -readonly [K in keyof AnnotationFilter]: AnnotationFilter[K] } = {};
  const words = parsed.terms
    .map((t) => t.text)
    .join(' ')
    .trim();
  if (words) filter.text = words.slice(0, 500);
  const { outlet, tag, story, author, lang, date } = parsed.filters;
  if (tag.include.length) filter.tags = tag.include.slice(0, 20);
  if (outlet.include[0] !== undefined) {
    filter.outlet = outlet.include[0];
    if (outlet.include.length > 1) notes.push(`Notes are filtered by one outlet at a time: using ${outlet.include[0]}.`);
  }
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
  const unused = [
    author.include.length || author.exclude.length ? 'author:' : null,
    lang.include.length || lang.exclude.length ? 'lang:' : null,
    outlet.exclude.length || tag.exclude.length || story.exclude.length ? 'excluded filters (-outlet:, -tag:, -story:)' : null
  ].filter((x): x is string => x !== null);
  if (unused.length) notes.push(`Notes cannot be searched by ${unused.join(' or ')}; ignored here.`);
  return { filter, notes };
}
