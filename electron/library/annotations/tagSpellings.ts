import { tagKey } from '@shared/annotations/tagKey';
import type { ReadableDb } from '../db/connection';
import { type SqlFragment, sqlFragment, sqlJoin, sqlRaw } from '../db/sql';

/** The library's stored spellings of a tag (same {@link tagKey}); empty when no annotation carries it. */
export type TagSpellings = (tag: string) => readonly string[];

/**
 * Looks up how the library spelled each tag asked for, so `tag:Été` finds the notes tagged `été`
 * and `ÉTÉ`. The column is `COLLATE NOCASE`, whose `=` folds ASCII letters only (migration 013),
 * so a tag is looked for as each spelling of it that NOCASE keeps apart, and those searches still
 * start from `annotation_tags_tag`.
 *
 * NB: the first look-up reads the index once (one row per NOCASE group, `GROUP BY tag`): tags are
 * typed by hand, so there are few of them next to the articles; later look-ups reuse that read.
 */
export function tagSpellings(db: ReadableDb): TagSpellings {
  let byKey: Map<string, string[]> | null = null;
  return (tag) => {
    if (!byKey) {
      byKey = new Map();
      for (const stored of db.prepare('SELECT tag FROM annotation_tags GROUP BY tag').pluck().all() as string[]) {
        const key = tagKey(stored);
        byKey.set(key, [...(byKey.get(key) ?? []), stored]);
      }
    }
    return byKey.get(tagKey(tag)) ?? [];
  };
}

/**
 * `column IN (…)` over a tag's stored spellings; with none, the tag as given (which then matches
 * nothing), so the condition keeps one shape for the query planner.
 */
export function tagIn(column: string, tag: string, spellings: TagSpellings): SqlFragment {
  const found = spellings(tag);
  const values = found.length ? found : [tag.trim()];
  // NB: `column` is one of our own identifiers, never user input; the tags are bound parameters.
  return sqlFragment`${sqlRaw(column)} IN (${sqlJoin(values.map((v) => sqlFragment`${v}`))})`;
}
