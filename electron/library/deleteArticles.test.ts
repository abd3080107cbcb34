import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { importPaths } from './import/importPaths';
import { getSearchIndex } from './search/searchIndex';
import { ensureStories } from './stories/ensureStories';
import { channelCaller } from './testing/channelCaller';
import { QUAKE_AND_BUDGET } from './testing/storyLibrary';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from './testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** The seeds (1–5) and two stories of two: budget 6, 7 and quake 8, 9, grouped; channels through `dispatch`. */
async function setup() {
  const lib = makeTempLibrary();
  const folder = makeTempFolder({ ...QUAKE_AND_BUDGET });
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(folder, { recursive: true, force: true })
  );
  await importPaths(lib.db, [SEEDS_DIR, folder]);
  ensureStories(lib.db);
  const { call, fail } = channelCaller(createHandlers(lib, { mode: 'cli' }));
  const found = async (query: string) =>
    (await call('search:query', { query, facets: false })).hits.map((h) => h.article.id).sort();
  const storyOf = async (id: number) => (await call('stories:list', {})).stories.find((s) => s.articleIds.includes(id));
  return { lib, folder, call, fail, found, storyOf };
}

describe('articles:delete', () => {
  it('deletes the articles and keeps their highlights and notes as orphans, with quote and note', async () => {
    const { lib, call, found, storyOf } = await setup();
    // The MiniSearch index loaded, as in the app, so the search below also asks it.
    const mini = await getSearchIndex(lib.db).ready();
    expect(mini.has(6)).toBe(true);
    expect(await found('Hoekstra')).toEqual([6, 7]);
    const budget = (await storyOf(6))!;
    expect(budget.articleIds).toEqual([6, 7]);
    const highlight = await call('annotations:create', {
      kind: 'highlight',
      articleId: 6,
      quote: 'Wopke Hoekstra',
      colour: 3,
      note: 'Was he minister then?',
      tags: ['check']
    });
    const articleNote = await call('annotations:create', { kind: 'article-note', articleId: 6, note: 'Wrong file?' });
    const storyNote = await call('annotations:create', { kind: 'story-note', storyId: budget.id, note: 'Budget timeline' });
    const untouched = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'Keep me' });

    // The confirmation's counts: the same answer, nothing deleted.
    const preview = await call('articles:delete', { ids: [6], dryRun: true });
    expect(preview).toEqual({ deleted: 1, orphaned: { highlights: 1, notes: 1 }, storiesDeleted: 0 });
    expect(await found('Hoekstra')).toEqual([6, 7]);
    expect((await call('annotations:get', { id: highlight.id })).state).toBe('placed');

    expect(await call('articles:delete', { ids: [6] })).toEqual(preview);
    expect((await call('library:info', {})).articleCount).toBe(8);
    expect(await found('Hoekstra')).toEqual([7]);
    expect(mini.has(6)).toBe(false);
    expect((await call('articles:list', {})).items.map((a) => a.id)).not.toContain(6);
    expect(await call('annotations:get', { id: highlight.id })).toMatchObject({
      articleId: null,
      state: 'orphan',
      orphanReason: 'deleted',
      current: null,
      note: 'Was he minister then?',
      tags: ['check'],
      targetTitle: 'Dutch parliament approves 2019 budget',
      anchor: { quote: { exact: 'Wopke Hoekstra' } }
    });
    expect(await call('annotations:get', { id: articleNote.id })).toMatchObject({ state: 'orphan', note: 'Wrong file?' });
    // Article 7 stands alone (a story of one is not listed), the story and its note stay.
    expect(await storyOf(7)).toBeUndefined();
    expect(await call('annotations:get', { id: storyNote.id })).toMatchObject({ storyId: budget.id, state: 'placed' });

    // The last article of the story: the story goes, its note becomes an orphan.
    expect(await call('articles:delete', { ids: [7] })).toEqual({
      deleted: 1,
      orphaned: { highlights: 0, notes: 1 },
      storiesDeleted: 1
    });
    expect(await call('annotations:get', { id: storyNote.id })).toMatchObject({
      storyId: null,
      state: 'orphan',
      note: 'Budget timeline'
    });
    expect(await call('annotations:get', { id: untouched.id })).toMatchObject({ articleId: 1, state: 'placed' });
    expect((await call('annotations:list', { filter: { states: ['orphan'] } })).items.map((a) => a.id).sort()).toEqual(
      [highlight.id, articleNote.id, storyNote.id].sort()
    );
  });

  it('deletes nothing when an id is not in the library, and says which', async () => {
    const { call, fail, found } = await setup();
    const error = await fail('articles:delete', { ids: [8, 99] });
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(
      'Article 99 is not in the library; nothing was deleted. Check the ids with crosscheck list, or reload the list and pick again.'
    );
    expect(await found('Iquique')).toEqual([8, 9]);
    expect((await call('library:info', {})).articleCount).toBe(9);
  });

  it('drops near-duplicate links, and a later import of the same file imports it again', async () => {
    const { lib, folder, call, found } = await setup();
    lib.db.prepare("INSERT INTO article_links (a_id, b_id, kind, score) VALUES (8, 9, 'near-duplicate', 0.7)").run();
    await call('articles:delete', { ids: [8, 9] });
    expect(lib.db.prepare('SELECT count(*) FROM article_links').pluck().get()).toBe(0);
    expect(await found('Iquique')).toEqual([]);

    const report = await importPaths(lib.db, [folder]);
    // The budget files are still in the library; the quake files come in again as new articles.
    expect(report.new).toBe(2);
    expect((await found('Iquique')).length).toBe(2);
  });

  it("never gives a deleted article's id to the next import, so an orphaned passage note stays off the new article", async () => {
    const { lib, call } = await setup();
    const body = (id: number) => lib.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string;
    const span = (id: number, words: string) => ({
      articleId: id,
      start: body(id).indexOf(words),
      end: body(id).indexOf(words) + words.length
    });
    const passage = await call('annotations:create', {
      kind: 'passage-note',
      spans: [span(8, 'magnitude 7.1 earthquake'), span(9, 'magnitude 7.1 earthquake')],
      note: 'Same agency copy?'
    });
    // Article 9 is the newest: SQLite alone would give its id to the next article.
    await call('articles:delete', { ids: [9] });
    expect((await call('annotations:get', { id: passage.id })).state).toBe('orphan');

    const more = makeTempFolder({
      'flood.txt':
        'Floods close roads in Valencia\n\nHeavy rain flooded streets in Valencia on Tuesday, closing roads and schools across the region, the city council said.'
    });
    cleanups.push(() => fs.rmSync(more, { recursive: true, force: true }));
    expect((await importPaths(lib.db, [more])).new).toBe(1);
    const ids = (await call('articles:list', {})).items.map((a) => a.id).sort((a, b) => a - b);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect((await call('annotations:list', { filter: { articleId: 10 } })).items).toEqual([]);
    expect((await call('annotations:get', { id: passage.id })).passage?.map((s) => s.articleId)).toEqual([8, 9]);
  });
});
