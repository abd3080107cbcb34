import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { THREE_EVENTS } from '../testing/smallLibraryArticles';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { ensureStories } from './ensureStories';
import { listStories } from './storyQueries';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/**
 * Pages of the kind a folder of test files holds (review 15, #15: two Word test documents and two
 * encoding test pages were a "story"), written for this test: a few lines each, naming no one,
 * sharing ordinary words (page, footer, document, box, paragraph) and nothing else.
 */
const TEST_PAGES: Readonly<Record<string, string>> = {
  'headers.txt':
    'This is a fairly simple document, over two pages, with headers and footers.\n\nThe trick with this one is that the footer holds some text.\n\nThat is it for page one.\n\nThis is page two. The end.',
  'page-footer.txt':
    'This is a sample document. It has two pages, a two column heading and a three column footer.\n\nMore on page one.\n\nThis is page two. It also has a heading and a simple footer.',
  'checkbox.txt': 'Check box, unchecked\n\nCheck box, read-only, checked\n\nbox for the second paragraph',
  'listbox.txt': 'Combo box\n\nlist box, single selection, read-only\n\nbox and paragraph'
};

/** A wire flash of the ferry disaster in THREE_EVENTS: short too, but it names its event. */
const FERRY_FLASH = {
  'ferry-flash.txt':
    'Ferry sinks near Mwanza\n\nA ferry carrying traders capsized on Lake Victoria near Mwanza on Sunday, police commander John Mkumbo said. Divers from Mwanza searched for survivors.'
};

describe('stories of a library that holds test pages', () => {
  it('groups no test pages by the ordinary words they share, and a short report still joins its event', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const folder = makeTempFolder({ ...THREE_EVENTS, ...TEST_PAGES, ...FERRY_FLASH });
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    await importPaths(lib.db, [SEEDS_DIR, folder]);
    ensureStories(lib.db);

    const fileOf = new Map(
      (lib.db.prepare('SELECT id, source_path FROM articles').all() as Array<{ id: number; source_path: string }>).map((a) => [
        a.id,
        a.source_path.startsWith(SEEDS_DIR) ? 'seed' : a.source_path.slice(folder.length + 1)
      ])
    );
    const stories = listStories(lib.db).map((s) => s.articleIds.map((id) => fileOf.get(id)!).sort());
    const withPages = stories.filter((files) => files.some((f) => f in TEST_PAGES));
    expect(withPages).toEqual([]);
    expect(stories).toContainEqual(['ferry-1.txt', 'ferry-2.txt', 'ferry-3.txt', 'ferry-4.txt', 'ferry-flash.txt']);
  });
});
