import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
}, 60_000);

const ids = (q: string) =>
  searchArticles(lib.db, q, 50)
    .hits.map((h) => h.article.id)
    .sort((a, b) => a - b);

describe('a filter the search does not know (review 15, #9)', () => {
  it('says before: is no filter, names the date: range, and searches the rest', () => {
    const result = searchArticles(lib.db, 'before:2018-07-05 Assad', 50);
    expect(result.notes.some((n) => n.includes('before: is not a filter, did you mean date:..2018-07-05?'))).toBe(true);
    expect(result.notes.some((n) => n.includes('date:'))).toBe(true);
    // It found nothing when the filter was searched as the words before, 2018, 07, 05.
    expect(ids('Assad').length).toBeGreaterThan(0);
    expect(result.hits.map((h) => h.article.id).sort((a, b) => a - b)).toEqual(ids('Assad'));
  });

  it('says the same of any unknown field, and quotes still search the words', () => {
    const result = searchArticles(lib.db, 'foo:bar Assad', 50);
    expect(result.notes.some((n) => n.startsWith('Ignored foo:bar: foo: is not a filter. Filters are outlet:'))).toBe(true);
    expect(result.total).toBe(ids('Assad').length);
    expect(searchArticles(lib.db, '"foo:bar" Assad', 50).total).toBe(0);
  });
});
