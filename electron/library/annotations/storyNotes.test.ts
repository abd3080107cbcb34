import { afterEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../db/connection';
import { regroupStories } from '../stories/regroup';
import { listStories, mergeStories, splitStory } from '../stories/storyQueries';
import { seedsAndTwoStories } from '../testing/storyLibrary';
import { createAnnotation } from './annotationStore';
import { getAnnotation } from './rows';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/**
 * The seeds (one story of articles 1–5) plus a quake story and a budget story of two articles
 * each (budget 6, 7; quake 8, 9), grouped.
 */
const library = async () => (await seedsAndTwoStories((remove) => cleanups.push(remove))).db;

const storyOf = (db: WritableDb, articleId: number) =>
  listStories(db, { minArticles: 1 }).find((s) => s.articleIds.includes(articleId))!;

function noteOn(db: WritableDb, storyId: number, note: string) {
  return createAnnotation(db, { kind: 'story-note', storyId, note, tags: ['timeline'] });
}

describe('story notes follow their articles', () => {
  it('into the story they were merged into', async () => {
    const db = await library();
    const quake = storyOf(db, 8);
    const budget = storyOf(db, 6);
    const note = noteOn(db, budget.id, 'Check the **vote count**');
    mergeStories(db, quake.id, [budget.id]);
    expect(getAnnotation(db, note.id)).toMatchObject({
      storyId: quake.id,
      state: 'placed',
      note: 'Check the **vote count**',
      tags: ['timeline']
    });
  });

  it('when regrouping folds their story into another', async () => {
    const db = await library();
    const seeds = storyOf(db, 1);
    // Regrouping's own (unpinned) placement put articles 4 and 5 apart; the note is on that part.
    const part = Number(db.prepare("INSERT INTO stories (label, created_at) VALUES ('Part', 'x')").run().lastInsertRowid);
    db.prepare('UPDATE story_articles SET story_id = ?, pinned = 0 WHERE article_id IN (4, 5)').run(part);
    const note = noteOn(db, part, 'AFP and Reuters disagree on the toll');
    regroupStories(db);
    expect(storyOf(db, 4).id).toBe(seeds.id);
    expect(listStories(db, { minArticles: 1 }).some((s) => s.id === part)).toBe(false);
    expect(getAnnotation(db, note.id)).toMatchObject({ storyId: seeds.id, state: 'placed', orphanReason: null });
  });

  it('to the part of a split story that holds most of them, and stay when most stay', async () => {
    const db = await library();
    const seeds = storyOf(db, 1);
    const note = noteOn(db, seeds.id, 'Most articles went');
    const other = noteOn(db, storyOf(db, 8).id, 'Quake note');
    const split = splitStory(db, [2, 3, 4]);
    expect(getAnnotation(db, note.id)!.storyId).toBe(split);
    const quake = storyOf(db, 8).id;
    splitStory(db, [9]);
    // One of two each side: the tie keeps the note on its own story.
    expect(getAnnotation(db, other.id)!.storyId).toBe(quake);
  });
});
