import type { ReadableDb, WritableDb } from '../db/connection';
import { regroupStories } from './regroup';

/**
 * Regroups the library when some article belongs to no story yet (after an import, or on first
 * start), keeping the user's edits. Does nothing when every article is placed.
 *
 * @returns true when it regrouped.
 */
export function ensureStories(db: WritableDb): boolean {
  if (!hasUnplacedArticles(db)) return false;
  regroupStories(db);
  return true;
}

/** True when some article belongs to no story yet. */
export function hasUnplacedArticles(db: ReadableDb): boolean {
  return (
    db.prepare('SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id) LIMIT 1').get() !==
    undefined
  );
}
