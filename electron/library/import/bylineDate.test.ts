import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../articles';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/**
 * A date in the byline line is the publication date (review 13, finding 15): `<p>By Jane Doe,
 * 7 July 2018</p>` gave the byline and left the article undated.
 */
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

const page = (byline: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Talks collapse in Geneva</title></head>
<body><article><h1>Talks collapse in Geneva</h1><p>${byline}</p>
<p>Delegations left the talks on Wednesday after the two sides failed to agree on a ceasefire for the south of the country.</p>
<p>Mediators said they would try again next month, but neither side has agreed to return.</p></article></body></html>`;

describe('a byline line with a date', () => {
  it('dates the article, in the file format users import', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({
      'day-first.html': page('By Jane Doe, 7 July 2018'),
      'month-first.html': page('By John Roe, Reuters | July 9, 2018 10:32 GMT').replace(/Geneva/g, 'Vienna'),
      'in-words.html': page('By Ann Poe, who covered the 2018 talks').replace(/Geneva/g, 'Doha')
    });
    cleanups.push(() => {
      lib.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    await importPaths(lib.db, [dir], { parallel: true });
    const { items } = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 });
    const got = items.map((a) => {
      const article = getArticle(lib.db, a.id)!;
      return [article.title, article.byline, article.publishedAt];
    });
    expect(got).toEqual([
      ['Talks collapse in Doha', 'Ann Poe', null],
      ['Talks collapse in Geneva', 'Jane Doe', '2018-07-07'],
      ['Talks collapse in Vienna', 'John Roe', '2018-07-09']
    ]);
  });
});
