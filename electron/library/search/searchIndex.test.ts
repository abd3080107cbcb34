import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { correctArticle } from '../corrections';
import { importPaths } from '../import/importPaths';
import { type Library, openLibrary } from '../library';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';
import { openReadableDb } from '../db/connection';
import { SNAPSHOT_NAME, getSearchIndex } from './searchIndex';
import { searchHandlers } from './searchHandlers';

const opened: Array<{ dispose(): void } | Library> = [];
afterEach(() => {
  for (const l of opened.splice(0).reverse()) {
    if ('dispose' in l) l.dispose();
    else l.close();
  }
});

function tempLibrary() {
  const lib = makeTempLibrary();
  opened.push(lib);
  return lib;
}

/** Another connection to the same file: what reopening the app or running the CLI gives. */
function reopen(file: string): Library {
  const lib = openLibrary(file);
  opened.unshift(lib);
  return lib;
}

const titles = (lib: Library, q: string) => searchArticles(lib.db, q, 20).hits.map((h) => h.article.title);
const savedAt = (lib: Library) =>
  lib.db.prepare('SELECT saved_at FROM search_snapshots WHERE name = ?').pluck().get(SNAPSHOT_NAME);

describe('the persisted MiniSearch index', () => {
  it('answers from FTS5 while it loads, then adds prefix matches', async () => {
    const lib = tempLibrary();
    await importPaths(lib.db, [SEEDS_DIR]);
    // `Russ` is no word of the seeds: FTS5 alone finds nothing.
    const first = searchArticles(lib.db, 'Russ', 20);
    expect(first.fuzzyIndex).toBe('loading');
    expect(first.total).toBe(0);
    await getSearchIndex(lib.db).ready();
    const later = searchArticles(lib.db, 'Russ', 20);
    expect(later.fuzzyIndex).toBe('ready');
    expect(later.total).toBe(5);
    expect(later.fuzzy['russ']).toEqual(expect.arrayContaining(['russia', 'russian']));
    expect(later.hits.every((h) => h.match === 'fuzzy')).toBe(true);
  });

  it('is saved in the library and loaded, not rebuilt, when the library is opened again', async () => {
    const lib = tempLibrary();
    await importPaths(lib.db, [SEEDS_DIR]);
    await getSearchIndex(lib.db).ready();
    await getSearchIndex(lib.db).flush();
    const saved = savedAt(lib);
    expect(saved).toEqual(expect.any(String));

    const again = reopen(lib.file);
    await getSearchIndex(again.db).ready();
    await getSearchIndex(again.db).flush();
    expect(titles(again, 'Russ')).toHaveLength(5);
    // Nothing changed, so nothing was indexed and nothing saved again.
    expect(savedAt(again)).toBe(saved);
  });

  it('catches up with articles imported, corrected and deleted since the snapshot', async () => {
    const lib = tempLibrary();
    await importPaths(lib.db, [SEEDS_DIR]);
    await getSearchIndex(lib.db).ready();
    await getSearchIndex(lib.db).flush();

    const folder = makeTempFolder({
      'quake.txt': 'Earthquake shakes Antakya\n\nA strong earthquake shook Antakya on Monday, officials said.'
    });
    await importPaths(lib.db, [path.join(folder)]);
    const corrected = searchArticles(lib.db, 'Russia', 1).hits[0]!.article;
    correctArticle(lib.db, corrected.id, { title: 'Ceasefire collapses in the Hauran plain' });
    const deleted = searchArticles(lib.db, 'Russia', 20).hits.find((h) => h.article.id !== corrected.id)!.article;
    lib.db.prepare('DELETE FROM articles WHERE id = ?').run(deleted.id);

    // A new connection loads the old snapshot and applies what happened since.
    const again = reopen(lib.file);
    await getSearchIndex(again.db).ready();
    expect(titles(again, 'Antak')).toEqual(['Earthquake shakes Antakya']);
    expect(titles(again, 'Hauran')).toEqual(['Ceasefire collapses in the Hauran plain']);
    expect(searchArticles(again.db, 'Russ', 20).hits.map((h) => h.article.id)).not.toContain(deleted.id);
    expect(searchArticles(again.db, 'Russ', 20).total).toBe(4);
    // The connection that made the changes catches up too, inside the next search.
    expect(titles(lib, 'Antak')).toEqual(['Earthquake shakes Antakya']);
  });

  it('rebuilds from the articles when the snapshot is damaged', async () => {
    const lib = tempLibrary();
    await importPaths(lib.db, [SEEDS_DIR]);
    await getSearchIndex(lib.db).ready();
    await getSearchIndex(lib.db).flush();
    lib.db.prepare("UPDATE search_snapshots SET data = '{not json' WHERE name = ?").run(SNAPSHOT_NAME);

    const again = reopen(lib.file);
    await getSearchIndex(again.db).ready();
    expect(titles(again, 'Russ')).toHaveLength(5);
  });

  it('built on a read-only connection, is saved through the writer the engine gives it (issue 14)', async () => {
    const lib = tempLibrary();
    await importPaths(lib.db, [SEEDS_DIR]);
    const reader = openReadableDb(lib.file);
    opened.unshift({ dispose: () => reader.close() });
    const handlers = searchHandlers(reader, lib.db);
    await handlers['search:query']({ query: 'Russ', limit: 20, sort: 'relevance', record: false, facets: false });
    await getSearchIndex(reader).ready();
    await getSearchIndex(reader).flush();
    expect(savedAt(lib)).toEqual(expect.any(String));
  });
});
