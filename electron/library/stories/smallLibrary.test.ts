import { describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { THREE_EVENTS } from '../testing/smallLibraryArticles';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { ensureStories } from './ensureStories';
import { countStandalone, listStories } from './storyQueries';

describe('stories in a small library', () => {
  it('groups each event’s reports together, worded as different outlets word them', async () => {
    const lib = makeTestLibrary();
    const folder = makeTestFolder({ ...THREE_EVENTS });
    await importPaths(lib.db, [SEEDS_DIR, folder]);
    ensureStories(lib.db);

    // Each article's event: the seeds are one (Daraa), the other files' names say theirs.
    const titles = new Map(Object.entries(THREE_EVENTS).map(([file, text]) => [text.split('\n')[0]!, file.split('-')[0]!]));
    const eventOf = new Map(
      (lib.db.prepare('SELECT id, title FROM articles').all() as Array<{ id: number; title: string }>).map((a) => [a.id, titles.get(a.title) ?? 'seeds'])
    );
    const stories = listStories(lib.db).map((s) => s.articleIds.map((id) => eventOf.get(id)!).sort());
    expect(stories.sort()).toEqual([Array(4).fill('ferry'), Array(4).fill('fire'), Array(4).fill('rates'), Array(5).fill('seeds')]);
    expect(countStandalone(lib.db)).toBe(0);
  });
});
