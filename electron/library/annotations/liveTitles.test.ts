import { describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { channelCaller } from '../testing/channelCaller';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { makeTestLibrary } from '../testing/testLibrary';

/**
 * A note names what it is on as it is now (review 15, finding 9): in `in:notes` hits, in the notes
 * panel's list and in exported reports, after a title correction, a story rename or a merge that
 * moves a story note; and an orphan keeps the title its article or story had when deleted.
 */
describe('the title a highlight or note shows', () => {
  it('follows corrections, renames and merges, and an orphan keeps the last one', async () => {
    const lib = makeTestLibrary();
    const { call } = channelCaller(createHandlers(lib, { mode: 'cli' }));
    await call('import:paths', { paths: [SEEDS_DIR] });
    const note = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'walkout council' });
    await call('articles:correct', { id: 1, changes: { title: 'Corrected headline' } });

    const hits = await call('search:query', { query: 'walkout in:notes' });
    expect(hits.noteHits.map((h) => h.title)).toEqual(['Corrected headline']);
    const listed = await call('annotations:list', { filter: { kinds: ['article-note'] } });
    expect(listed.items.map((a) => a.targetTitle)).toEqual(['Corrected headline']);

    const [story] = (await call('stories:list', {})).stories;
    const storyNote = await call('annotations:create', { kind: 'story-note', storyId: story!.id, note: 'timeline check' });
    await call('stories:rename', { id: story!.id, label: 'My renamed story' });
    const storyNotes = await call('annotations:list', { filter: { kinds: ['story-note'] } });
    expect(storyNotes.items.map((a) => [a.id, a.targetTitle])).toEqual([[storyNote.id, 'My renamed story']]);
    expect((await call('search:query', { query: 'timeline in:notes' })).noteHits.map((h) => h.title)).toEqual([
      'My renamed story'
    ]);
    const report = async () => (await call('export:render', { scope: { kind: 'annotations', filter: {} }, format: 'md' })).content;
    const md = await report();
    expect(md).toContain('My renamed story');
    expect(md).toContain('Corrected headline');
    expect(md).not.toContain('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');

    // A story note that followed its articles into another story names that story.
    const articles = story!.articleIds;
    const moved = await call('stories:split', { articleIds: articles.slice(0, articles.length - 1) });
    await call('stories:rename', { id: moved.storyId, label: 'Where the articles went' });
    const followed = await call('annotations:list', { filter: { kinds: ['story-note'] } });
    expect(followed.items.map((a) => [a.storyId, a.targetTitle])).toEqual([[moved.storyId, 'Where the articles went']]);

    // Deleted: the orphans keep the title and label they had last, in the list and the report.
    await call('articles:delete', { ids: articles });
    const orphans = await call('annotations:list', { filter: {} });
    expect(orphans.items.map((a) => [a.id, a.state, a.targetTitle]).sort()).toEqual(
      [
        [note.id, 'orphan', 'Corrected headline'],
        [storyNote.id, 'orphan', 'Where the articles went']
      ].sort()
    );
    const orphanReport = await report();
    expect(orphanReport).toContain('Corrected headline');
    expect(orphanReport).toContain('Where the articles went');
  }, 60_000);
});
