import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import type { SearchResponse } from '@shared/contract/schemas';
import { correctArticles } from '../bulkEdit';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { searchHandlers } from './searchHandlers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function seededSearch() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  await importPaths(lib.db, [SEEDS_DIR]);
  const handlers = searchHandlers(lib.db);
  const search = async (query: string) => {
    const result = await dispatch(handlers, 'search:query', { query });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as SearchResponse;
  };
  return { db: lib.db, search };
}

describe('search notes about undated articles', () => {
  it('says how many articles a date: filter cannot match because they have no date', async () => {
    const { search } = await seededSearch();
    // Seeds 000 and 001 are dated 2018-07-04; 002, 003 and 004 have no date.
    const none = await search('date:2005');
    expect(none.total).toBe(0);
    expect(none.notes).toContain(
      '3 articles that match the rest have no date, so date:2005 cannot match them — set dates with Edit details (pick the articles in the library).'
    );
    const some = await search('Daraa date:2018');
    expect(some.total).toBe(2);
    expect(some.notes.join(' ')).toMatch(/^3 articles that match the rest have no date, so date:2018 cannot match them/);
    const word = await search('Busra date:2005');
    expect(word.notes.join(' ')).toMatch(/articles? that match(es)? the rest ha(s|ve) no date/);
  });

  it('says nothing once every matching article has a date, or without a date: filter', async () => {
    const { db, search } = await seededSearch();
    expect((await search('Daraa')).notes).toEqual([]);
    correctArticles(db, [1, 2, 3, 4, 5], { publishedAt: '2005-03-01' });
    const after = await search('date:2005');
    expect(after.total).toBe(5);
    expect(after.notes).toEqual([]);
  });
});
