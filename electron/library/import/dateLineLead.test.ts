import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../articles';
import { makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/**
 * Two blog posts in the shape of ECB+'s 5_5ecbplus.txt and 16_9ecbplus.txt (review 17, #3 and #4),
 * written for this test: one opens with its date on a line of its own and has no headline, so its
 * title is its lead sentence; the other has a `POSTED:` line, which is no dateline.
 */
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('a date line on top of a post with no headline (review 17, #3, #4)', () => {
  it('is the date, and the lead under it the title; POSTED: is no dateline', async () => {
    const lib = makeTempLibrary();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-datelead-'));
    cleanups.push(() => {
      lib.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    fs.writeFileSync(
      path.join(dir, 'sixers.txt'),
      [
        'Tuesday, May 24, 2005',
        'Up the coast the club let its coach go after one season and quickly hired a former point guard of its own.',
        'He ran the team on the court in the 1980s and looks to be a perfect fit.'
      ].join('\n')
    );
    fs.writeFileSync(
      path.join(dir, 'verdict.txt'),
      [
        'Death for the gunman',
        'POSTED: 04 / 02 / 07, 9: 00 PM PDT |',
        'A convicted gunman laughed on Tuesday after hearing the jury choose death.',
        'He showed almost no emotion throughout the three - week trial.'
      ].join('\n')
    );
    await importPaths(lib.db, [dir], { parallel: true });
    const { items } = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 });
    expect(items.map((a) => a.title)).toEqual([
      'Death for the gunman',
      'Up the coast the club let its coach go after one season and quickly hired a former point guard of its own.'
    ]);
    expect(getArticle(lib.db, items[1]!.id)?.publishedAt).toBe('2005-05-24');
    expect(getArticle(lib.db, items[0]!.id)?.dateline ?? null).toBeNull();
  });
});
