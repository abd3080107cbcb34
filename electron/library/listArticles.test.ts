import { afterEach, describe, expect, it } from 'vitest';
import type { SortDirection, SortKey } from '@shared/contract/schemas';
import { listArticles } from './articles';
import { correctArticle } from './corrections';
import { makeTempLibrary } from './testing/tempLibrary';

const libraries: Array<{ dispose(): void }> = [];
afterEach(() => {
  for (const l of libraries.splice(0)) l.dispose();
});

/**
 * Seventeen rows with ties, gaps and missing outlets and dates, written straight into the table
 * (the list reads nothing else).
 */
function libraryWithGaps() {
  const lib = makeTempLibrary();
  libraries.push(lib);
  const insert = lib.db.prepare(
    `INSERT INTO articles (title, outlet, published_at, field_sources, body, content_hash, word_count, source_format, imported_at)
     VALUES (?, ?, ?, ?, 'text', ?, ?, 'text', ?)`
  );
  const outlets = ['AFP', null, 'reuters', 'Al Jazeera', null, 'afp'];
  const dates = ['2018-07-04', null, '2018-07-05', '2018-07-04', null, '2017-01-01', '2018-07-06T10:00:00Z'];
  // Every fifth date was read from the file's properties; the others name no source or the text.
  const sources = ['{"publishedAt":"file"}', '{}', '{"publishedAt":"text"}', '{}', '{"publishedAt":"text"}'];
  for (let i = 0; i < 17; i++)
    insert.run(
      `Report ${String.fromCharCode(65 + ((i * 7) % 17))}`,
      outlets[i % 6],
      dates[i % 7],
      sources[i % 5],
      `h${i}`,
      100 + (i % 4) * 10,
      `2026-12-0${(i % 3) + 1}`
    );
  return lib;
}

/** Each sort's column, and the SQL that says an article has no value to sort by. */
const SORTS: ReadonlyArray<[SortKey, string, string]> = [
  ['title', 'title COLLATE NOCASE', 'title IS NULL'],
  ['outlet', 'outlet COLLATE NOCASE', 'outlet IS NULL'],
  // A date from the file's properties is only the day it was saved: it sorts as no date (review 14, #14).
  ['publishedAt', 'published_at', "published_at IS NULL OR json_extract(field_sources, '$.publishedAt') IS 'file'"],
  ['wordCount', 'word_count', 'word_count IS NULL'],
  ['importedAt', 'imported_at', 'imported_at IS NULL']
];

describe('listArticles', () => {
  // The order the list promises, as one plain SQL sort over the whole table: missing values last
  // either way, by id, and the id in the same direction after ties.
  it.each(SORTS.flatMap(([key, column, missing]) => (['asc', 'desc'] as SortDirection[]).map((dir) => [key, column, missing, dir] as const)))(
    'pages by %s (%s, missing when %s) %s in the promised order, however the pages are cut',
    (key, column, missing, dir) => {
      const lib = libraryWithGaps();
      const expected = (
        lib.db
          .prepare(`SELECT id FROM articles ORDER BY (${missing}), CASE WHEN (${missing}) THEN NULL ELSE ${column} END ${dir}, id ${dir}`)
          .all() as Array<{ id: number }>
      ).map((r) => r.id);
      for (const size of [1, 3, 5, 17, 40]) {
        const seen: number[] = [];
        for (let offset = 0; offset < 20; offset += size) {
          const page = listArticles(lib.db, { sort: key, direction: dir, offset, limit: size });
          expect(page.total).toBe(17);
          seen.push(...page.items.map((a) => a.id));
        }
        expect(seen).toEqual(expected);
      }
      // A page that starts past the articles with a value still finds the ones without.
      expect(listArticles(lib.db, { sort: key, direction: dir, offset: 15, limit: 5 }).items.map((a) => a.id)).toEqual(expected.slice(15));
    }
  );

  // Review 13, #14: the list marks a date that is only the day the file was saved.
  it('marks a date from the file’s properties, until the user corrects it; a date from the text is not marked', () => {
    const lib = makeTempLibrary();
    libraries.push(lib);
    const insert = lib.db.prepare(
      `INSERT INTO articles (title, published_at, field_sources, body, content_hash, word_count, source_format, imported_at)
       VALUES (?, ?, ?, 'text', ?, 1, 'docx', '2026-12-01')`
    );
    insert.run('Saved', '2016-07-03', '{"publishedAt":"file"}', 'a');
    insert.run('Published', '2018-07-04', '{"publishedAt":"text"}', 'b');
    insert.run('Undated', null, '{}', 'c');
    const marks = () =>
      Object.fromEntries(listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items.map((a) => [a.title, a.dateFromFile]));
    expect(marks()).toEqual({ Saved: true, Published: undefined, Undated: undefined });
    correctArticle(lib.db, 1, { publishedAt: '2016-07-01' });
    expect(marks()).toEqual({ Saved: undefined, Published: undefined, Undated: undefined });
  });

  // Review 14, #14: files saved today filled the top of the newest-first list.
  it('sorts a date from the file’s properties with the undated articles, both ways, until the user corrects it', () => {
    const lib = makeTempLibrary();
    libraries.push(lib);
    const insert = lib.db.prepare(
      `INSERT INTO articles (title, published_at, field_sources, body, content_hash, word_count, source_format, imported_at)
       VALUES (?, ?, ?, 'text', ?, 1, 'docx', '2026-12-01')`
    );
    insert.run('Undated', null, '{}', 'a');
    insert.run('Saved today', '2026-12-07', '{"publishedAt":"file"}', 'b');
    insert.run('Older news', '2005-01-21', '{"publishedAt":"text"}', 'c');
    insert.run('Newer news', '2018-07-04', '{}', 'd');
    const titles = (direction: SortDirection) =>
      listArticles(lib.db, { sort: 'publishedAt', direction, offset: 0, limit: 10 }).items.map((a) => a.title);
    expect(titles('desc')).toEqual(['Newer news', 'Older news', 'Saved today', 'Undated']);
    expect(titles('asc')).toEqual(['Older news', 'Newer news', 'Undated', 'Saved today']);
    // Corrected, the date is the user's: it sorts as a publication date.
    correctArticle(lib.db, 2, { publishedAt: '2026-12-07' });
    expect(titles('desc')).toEqual(['Saved today', 'Newer news', 'Older news', 'Undated']);
  });
});
