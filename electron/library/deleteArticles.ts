import type { ArticlesDeleted } from '@shared/contract/schemas';
import { AppFailure } from '@shared/contract/result';
import { keepTitlesOfArticles } from './annotations/orphanTitles';
import { storyNoteMembers } from './annotations/storyNotes';
import type { WritableDb } from './db/connection';
import { dropEmptyStories } from './stories/storyQueries';

/** Thrown inside a dry run's transaction to roll it back once its counts are taken. */
class DryRun extends Error {
  constructor(readonly answer: ArticlesDeleted) {
    super('dry run');
  }
}

/**
 * Deletes articles (Delete… on the picked articles, `crosscheck delete`) in one transaction: all
 * of them go, or none. What points at them follows in the same transaction: the schema's triggers
 * drop their full-text rows and signatures, log them for the MiniSearch index (which drops them at
 * its next catch-up, as it does an edit) and turn their highlights and notes, and passage notes
 * that include them, into orphans (`orphan_reason = 'deleted'`, quote, note and tags kept); foreign
 * keys drop their near-duplicate links, corrections and story membership, and unlink import
 * problems (so a later import of the same file imports it again). A story left with one article
 * is listed as that article standing alone, as grouping leaves it; a story left with none is
 * deleted, and a note on it becomes an orphan too.
 *
 * `dryRun` answers the same counts and changes nothing (the transaction is rolled back), so the
 * confirmation can say exactly how many notes will become orphans.
 *
 * @example deleteArticles(db, [12, 15]) // { deleted: 2, orphaned: { highlights: 3, notes: 1 }, storiesDeleted: 0 }
 */
export function deleteArticles(db: WritableDb, ids: readonly number[], { dryRun = false } = {}): ArticlesDeleted {
  const unique = [...new Set(ids)];
  const run = db.transaction((): ArticlesDeleted => {
    const json = JSON.stringify(unique);
    const missing = db
      .prepare('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM articles)')
      .pluck()
      .all(json) as number[];
    if (missing.length > 0) {
      throw new AppFailure(
        'not-found',
        `${missing.length === 1 ? `Article ${missing[0]} is` : `Articles ${missing.join(', ')} are`} not in the library; nothing was deleted. Check the ids with crosscheck list, or reload the list and pick again.`
      );
    }
    const before = orphanedByDeletion(db);
    const stories = db.prepare('SELECT count(*) FROM stories').pluck();
    const storiesBefore = stories.get() as number;
    const notes = storyNoteMembers(db);
    keepTitlesOfArticles(db, json);
    const deleted = db.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(json).changes;
    dropEmptyStories(db, notes);
    const after = orphanedByDeletion(db);
    const answer: ArticlesDeleted = {
      deleted,
      orphaned: { highlights: after.highlights - before.highlights, notes: after.notes - before.notes },
      storiesDeleted: storiesBefore - (stories.get() as number)
    };
    if (dryRun) throw new DryRun(answer);
    return answer;
  });
  try {
    return run.immediate();
  } catch (error) {
    if (error instanceof DryRun) return error.answer;
    throw error;
  }
}

/** How many highlights and notes are orphans because their article or story was deleted. */
function orphanedByDeletion(db: WritableDb): { highlights: number; notes: number } {
  return db
    .prepare(
      `SELECT coalesce(sum(kind = 'highlight'), 0) AS highlights, coalesce(sum(kind <> 'highlight'), 0) AS notes
         FROM annotations WHERE state = 'orphan' AND orphan_reason = 'deleted'`
    )
    .get() as { highlights: number; notes: number };
}
