import type { StorySummary } from '@shared/contract/schemas';
import { AppFailure } from '@shared/contract/result';
import { namedCredits } from '@shared/import/credits';
import { keepTitlesOfEmptyStories } from '../annotations/orphanTitles';
import { followStoryNotes, storyNoteMembers } from '../annotations/storyNotes';
import type { ReadableDb, WritableDb } from '../db/connection';
import { publicationDate } from './publicationDate';

/** One article of a story as {@link listStories} reads it. */
interface MemberRow {
  story_id: number;
  id: number;
  title: string;
  source_path: string | null;
  outlet: string | null;
  wire_credits: string;
  published: string | null;
}

/** Options of {@link listStories}. */
export interface ListStoriesOptions {
  /**
   * The fewest articles a listed story has. A story is two or more articles (default 2): the
   * groups of one article are counted by {@link countStandalone} instead. Tests and internal
   * callers that need every group pass 1.
   */
  minArticles?: number;
}

/**
 * The stories of two or more articles, largest first, with their articles' ids, titles and source
 * paths (oldest first) and the date of the newest (for sorting by date). A date that is only the day
 * a file was saved counts as none ({@link publicationDate}): it sorts with the undated members.
 *
 * @example listStories(db) // [{ id: 3, label: 'Daraa talks collapse', articleIds: [1, 2, 4], … }]
 */
export function listStories(db: ReadableDb, { minArticles = 2 }: ListStoriesOptions = {}): StorySummary[] {
  const stories = db
    .prepare(
      `SELECT s.id, s.label, s.user_label, count(sa.article_id) AS n
         FROM stories s JOIN story_articles sa ON sa.story_id = s.id
        GROUP BY s.id HAVING n >= ? ORDER BY n DESC, s.id`
    )
    .all(minArticles) as Array<{ id: number; label: string; user_label: number; n: number }>;
  const members = db
    .prepare(
      `SELECT sa.story_id, a.id, a.title, a.source_path, a.outlet, a.wire_credits, ${publicationDate('a')} AS published
         FROM story_articles sa JOIN articles a ON a.id = sa.article_id
        ORDER BY published IS NULL, published, a.id`
    )
    .all() as MemberRow[];
  const byStory = new Map<number, typeof members>();
  for (const m of members) {
    const list = byStory.get(m.story_id) ?? [];
    list.push(m);
    byStory.set(m.story_id, list);
  }
  return stories.map((s) => {
    const list = byStory.get(s.id) ?? [];
    // Oldest first with undated last, so the newest date is the last dated member's.
    const dated = list.filter((m) => m.published !== null);
    return {
      id: s.id,
      label: s.label,
      renamed: s.user_label === 1,
      articleIds: list.map((m) => m.id),
      titles: list.map((m) => m.title),
      paths: list.map((m) => m.source_path),
      outlets: list.map((m) => m.outlet),
      // As articles.ts reads them: an unnamed `news agencies` stored by older builds is no credit.
      wireCredited: list.map((m) => m.wire_credits !== '[]' && namedCredits(JSON.parse(m.wire_credits) as string[]).length > 0),
      latest: dated.at(-1)?.published ?? null
    };
  });
}

/** How many articles stand alone: in no story of two or more (in a story of one, or in none yet). */
export function countStandalone(db: ReadableDb): number {
  return db
    .prepare(
      `SELECT count(*) FROM articles WHERE id NOT IN
         (SELECT article_id FROM story_articles WHERE story_id IN
            (SELECT story_id FROM story_articles GROUP BY story_id HAVING count(*) >= 2))`
    )
    .pluck()
    .get() as number;
}

/**
 * Names a story; the name survives regrouping. Naming a story confirms it, so its articles are
 * pinned to it too (regrouping may still add new articles to it).
 */
export function renameStory(db: WritableDb, id: number, label: string): void {
  db.transaction(() => {
    const changed = db.prepare('UPDATE stories SET label = ?, user_label = 1 WHERE id = ?').run(label.trim(), id).changes;
    if (changed === 0) throw new AppFailure('not-found', `Story ${id} no longer exists.`);
    db.prepare('UPDATE story_articles SET pinned = 1 WHERE story_id = ?').run(id);
  }).immediate();
}

/** Moves articles into a story, pinned there. */
export function moveToStory(db: WritableDb, articleIds: readonly number[], storyId: number): void {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM stories WHERE id = ?').get(storyId))
      throw new AppFailure('not-found', `Story ${storyId} no longer exists.`);
    const notes = storyNoteMembers(db);
    const pin = db.prepare(
      `INSERT INTO story_articles (article_id, story_id, pinned) VALUES (?, ?, 1)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, pinned = 1`
    );
    for (const id of articleIds) pin.run(id, storyId);
    dropEmptyStories(db, notes);
  }).immediate();
}

/** Merges stories into the first one; every article of them is pinned to it. */
export function mergeStories(db: WritableDb, targetId: number, sourceIds: readonly number[]): void {
  db.transaction(() => {
    const ids = db
      .prepare('SELECT article_id FROM story_articles WHERE story_id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify([targetId, ...sourceIds])) as number[];
    moveToStory(db, ids, targetId);
  }).immediate();
}

/**
 * Splits articles off into a new story (named after the first article), pinned there. The
 * articles left behind are pinned to their stories too: the user has said the two parts differ,
 * and regrouping must not join them again.
 */
export function splitStory(db: WritableDb, articleIds: readonly number[]): number {
  return db
    .transaction(() => {
      db.prepare(
        `UPDATE story_articles SET pinned = 1 WHERE story_id IN
           (SELECT story_id FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?)))`
      ).run(JSON.stringify(articleIds));
      const first = db.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(articleIds[0]) as string | undefined;
      if (first === undefined) throw new AppFailure('not-found', 'Those articles are no longer in the library.');
      const id = Number(
        db.prepare('INSERT INTO stories (label, created_at) VALUES (?, ?)').run(first, new Date().toISOString()).lastInsertRowid
      );
      moveToStory(db, articleIds, id);
      return id;
    })
    .immediate();
}

/**
 * Deletes the stories left without articles, after moving each story note to where most of its
 * story's articles went (`notes`, taken before they moved): a note follows its articles into a
 * merged or split story rather than being orphaned with its emptied one.
 */
export function dropEmptyStories(db: WritableDb, notes: ReturnType<typeof storyNoteMembers>): void {
  followStoryNotes(db, notes);
  keepTitlesOfEmptyStories(db);
  db.prepare('DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)').run();
}
