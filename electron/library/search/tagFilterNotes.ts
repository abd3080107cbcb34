import type { ValueFilter } from '@shared/search/types';
import type { ReadableDb } from '../db/connection';

/**
 * Why `tag:south` finds nothing: a note for each `tag:` value no highlight or note carries (any
 * case, the whole tag), as {@link storyFilterNotes} does for stories. A tag found only on story
 * notes tags no article, so the note says to add `in:notes` (which lists the notes themselves);
 * with `in:notes` those count. Exclusions (`-tag:`) get none: leaving out a tag nobody gave changes
 * nothing. Two look-ups through `annotation_tags_tag` per value, only when the query has `tag:`.
 */
export function tagFilterNotes(db: ReadableDb, filter: ValueFilter, inNotes: boolean): string[] {
  if (filter.include.length === 0) return [];
  const any = db.prepare('SELECT 1 FROM annotation_tags WHERE tag = ? LIMIT 1').pluck();
  const onArticles = db
    .prepare(
      `SELECT 1 FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id
       WHERE t.tag = ? AND (n.article_id IS NOT NULL OR n.passage_key IS NOT NULL) LIMIT 1`
    )
    .pluck();
  const notes: string[] = [];
  for (const value of filter.include) {
    if (any.get(value) === undefined) {
      notes.push(
        `No highlight or note is tagged “${value}”: tag: takes a whole tag as you gave it, in any case, like tag:"needs check".`
      );
    } else if (!inNotes && onArticles.get(value) === undefined) {
      notes.push(
        `Only story notes are tagged “${value}”, and tag: finds articles by their own highlights and notes: add in:notes to list the notes.`
      );
    }
  }
  return notes;
}
