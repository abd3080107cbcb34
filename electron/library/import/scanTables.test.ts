import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { listArticles } from '../articles';
import { createHandlers } from '../handlers';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const CSV = 'headline,summary,story,published\n"Talks fail in Daraa","Short summary","Rebels said talks with Russia had failed on Wednesday.",2018-07-04\n';

describe('confirming table columns before an import', () => {
  it('previews table files with the detected mapping, then imports with the mapping the user chose', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const dir = makeTempFolder({ 'export.csv': CSV, 'notes.txt': 'Not a table\n\ntext' });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const handlers = createHandlers(lib, { mode: 'browser' });

    const scanned = await dispatch(handlers, 'import:tables', { paths: [dir] });
    expect(scanned).toMatchObject({
      ok: true,
      value: { more: false, tables: [{ path: path.join(dir, 'export.csv'), headers: ['headline', 'summary', 'story', 'published'], problem: null }] }
    });
    const table = (scanned as { value: { tables: Array<{ mapping: Record<string, string>; rows: unknown[] }> } }).value.tables[0]!;
    expect(table.mapping.title).toBe('headline');
    expect(table.rows).toHaveLength(1);

    // The user says the article text is in "summary", not "story".
    const mappings = { [path.join(dir, 'export.csv')]: { ...table.mapping, text: 'summary' } };
    const report = await dispatch(handlers, 'import:paths', { paths: [dir], mappings });
    expect(report).toMatchObject({ ok: true, value: { imported: 2 } });
    const titles = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items;
    const csvArticle = titles.find((a) => a.title === 'Talks fail in Daraa')!;
    const article = await dispatch(handlers, 'articles:get', { id: csvArticle.id });
    expect(article).toMatchObject({ ok: true, value: { body: 'Short summary', publishedAt: '2018-07-04' } });
  });
});
