import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../articles';
import { makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/**
 * A text that opens with its date and time, the headline under it, as ECB+'s 27_10ecbplus.txt does.
 * NB: ECB+'s texts put a space after a time's colon (`05: 31`): the line was not read as a date
 * line, so it became the article's title and the article had no date.
 */
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('a date line above the headline', () => {
  it('is the article date, never its title', async () => {
    const lib = makeTempLibrary();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-dateline-'));
    cleanups.push(() => {
      lib.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const file = path.join(dir, 'patch.txt');
    fs.writeFileSync(
      file,
      [
        'September 18th, 2013, 05: 31 GMT',
        'Harbour authority patches its ferry booking site',
        'The harbour authority has released an emergency fix for its ferry booking site after a flaw let anyone read other passengers’ bookings.',
        'The authority said it had no reports of the flaw being used.'
      ].join('\n')
    );
    await importPaths(lib.db, [file], { parallel: true });
    const { items } = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 });
    expect(items.map((a) => a.title)).toEqual(['Harbour authority patches its ferry booking site']);
    expect(getArticle(lib.db, items[0]!.id)?.publishedAt).toBe('2013-09-18');
  }, 60_000);
});
