import { type NamedStory, type NoteQuery, toNoteQuery } from '@shared/annotations/noteQuery';
import { parseQuery } from '@shared/search/parseQuery';

export type { NamedStory } from '@shared/annotations/noteQuery';

/** What the notes panel's search box asks for, as an `annotations:list` filter, and what it could not use. */
export type PanelQuery = NoteQuery;

/**
 * Reads the notes panel's search box with the library's query language, by the same rule as the
 * search box's `in:notes` ({@link toNoteQuery}), so the two searches of the notes agree.
 *
 * @example
 * toPanelQuery('tag:evidence outlet:AFP civilians', []).filter
 * // { text: 'civilians', tags: ['evidence'], outlet: 'AFP' }
 */
export function toPanelQuery(input: string, stories: readonly NamedStory[]): PanelQuery {
  return toNoteQuery(parseQuery(input), stories);
}
