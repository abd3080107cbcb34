import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticles, getArticle } from './articles';
import { correctArticle } from './corrections';
import { importPaths } from './import/importPaths';
import { searchArticles } from './search/searchArticles';
import { makeTestFolder, makeTestLibrary } from './testing/testLibrary';

describe('metadata corrections', () => {
  it('are applied, searchable, and survive re-importing a changed version of the file', async () => {
    const lib = makeTestLibrary();
    const dir = makeTestFolder({ 'story.txt': 'Talks fail\n\nRebels in Daraa said the talks had failed on Wednesday.' });
    await importPaths(lib.db, [dir]);

    correctArticle(lib.db, 1, { outlet: 'The New Arab', publishedAt: '2018-07-04', title: 'Russia–rebel talks fail in Daraa' });
    const corrected = getArticle(lib.db, 1)!;
    expect(corrected).toMatchObject({ outlet: 'The New Arab', publishedAt: '2018-07-04', title: 'Russia–rebel talks fail in Daraa' });
    expect(corrected.corrected.sort()).toEqual(['outlet', 'publishedAt', 'title']);
    expect(searchArticles(lib.db, 'outlet:"new arab"', 10).total).toBe(1);

    // The file changes (a sentence added) and is imported again: same article, new text, corrections kept.
    fs.writeFileSync(path.join(dir, 'story.txt'), 'Talks fail\n\nRebels in Daraa said the talks had failed on Wednesday.\nRussian jets struck Tafas hours later.');
    const report = await importPaths(lib.db, [dir]);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'warning', code: 'updated', articleId: 1 })]);
    expect(countArticles(lib.db)).toBe(1);
    const after = getArticle(lib.db, 1)!;
    expect(after.body).toContain('Tafas');
    expect(after).toMatchObject({ outlet: 'The New Arab', publishedAt: '2018-07-04', title: 'Russia–rebel talks fail in Daraa' });
    expect(searchArticles(lib.db, 'Tafas', 10).total).toBe(1);
  });

  it('clears a field with an empty string but refuses an empty title', async () => {
    const lib = makeTestLibrary();
    const dir = makeTestFolder({ 'a.md': '---\ntitle: A\noutlet: Wire\n---\n\nSome text of the article.' });
    await importPaths(lib.db, [dir]);
    correctArticle(lib.db, 1, { outlet: '' });
    expect(getArticle(lib.db, 1)!.outlet).toBeNull();
    expect(() => correctArticle(lib.db, 1, { title: '  ' })).toThrow(/needs a title/);
    expect(() => correctArticle(lib.db, 99, { outlet: 'x' })).toThrow(/not in the library/);
  });
});
