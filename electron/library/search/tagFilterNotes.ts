import type { ValueFilter } from '@shared/search/types';
import type { ReadableDb } from '../db/connection';
import { sql } from '../db/sql';
import { tagIn, type TagSpellings } from '../annotations/tagSpellings';

/**
 * Why `tag:south` finds nothing: a note for each `tag:` value no highlight or note carries (any
 * case, the whole tag), as {@link storyFilterNotes} does for stories. A tag found only on story
 * notes tags no article, so the note says to add `in:notes` (which lists the notes themselves);
 * with `in:notes` those count. Exclusions (`-tag:`) get none: leaving out a tag nobody gave changes
 * nothing. A tag is the library's spellings of it (`spellings`, any case in any script); one
 * look-up through `annotation_tags_tag` per value, only when the query has `tag:`.
 */
export function tagFilterNotes(db: ReadableDb, filter: ValueFilter, inNotes: boolean, spellings: TagSpellings): string[] {
  if (filter.include.length === 0) return [];
  const onArticles = (value: string): boolean => {
    const [query, params] = sql`SELECT 1 FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id
       WHERE ${tagIn('t.tag', value, spellings)} AND (n.article_id IS NOT NULL OR n.passage_key IS NOT NULL) LIMIT 1`;
    return db.prepare(query).get(...params) !== undefined;
  };
  const notes: string[] = [];
  for (const value of filter.include) {
    if (spellings(value).length === 0) {
      notes.push(
        `No highlight or note is tagged “${value}”: tag: takes a whole tag as you gave it, in any case, like tag:"needs check".`
      );
    } else if (!inNotes && !onArticles(value)) {
      notes.push(
        `Only story notes are tagged “${value}”, and tag: finds articles by their own highlights and notes: add in:notes to list the notes.`
      );
    }
  }
  return notes;
}
