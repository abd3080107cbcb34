import type { WritableDb } from '../db/connection';

/**
 * Before articles are deleted: their highlights and notes keep each article's title as it is now
 * in `target_title`, the title an orphan shows and exports (review 15, finding 9). Made at
 * creation, it would name a title the user has since corrected.
 *
 * @param articleIds a JSON array of the ids about to be deleted.
 */
export function keepTitlesOfArticles(db: WritableDb, articleIds: string): void {
  db.prepare(
    `UPDATE annotations SET target_title = (SELECT title FROM articles WHERE id = annotations.article_id)
      WHERE article_id IN (SELECT value FROM json_each(?))`
  ).run(articleIds);
}

/**
 * Before the stories left without articles are deleted: the story notes still on them keep each
 * story's label as it is now (renamed, relabelled by a regroup), as {@link keepTitlesOfArticles}
 * does for articles.
 */
export function keepTitlesOfEmptyStories(db: WritableDb): void {
  db.prepare(
    `UPDATE annotations SET target_title = (SELECT label FROM stories WHERE id = annotations.story_id)
      WHERE story_id IN (SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles))`
  ).run();
}
