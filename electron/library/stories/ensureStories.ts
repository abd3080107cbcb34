import type { WritableDb } from '../db/connection';
import { regroupStories } from './regroup';

/**
 * Regroups the library when some article belongs to no story yet (after an import, or on first
 * start), keeping the user's edits. Does nothing when every article is placed.
 *
 * @returns true when it regrouped.
 */
export function ensureStories(db: WritableDb): boolean {
  const unplaced = db
    .prepare('SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id) LIMIT 1')
    .get();
  if (!unplaced) return false;
  regroupStories(db);
  return true;
}
