import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { THREE_EVENTS } from '../testing/smallLibraryArticles';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { ensureStories } from './ensureStories';
import { countStandalone, listStories } from './storyQueries';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('stories in a small library', () => {
  it('groups each event’s reports together, worded as different outlets word them', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const folder = makeTempFolder({ ...THREE_EVENTS });
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
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
