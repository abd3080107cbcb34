import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticleBySource, getArticle } from '../articles';
import { makeTempLibrary } from '../testing/tempLibrary';
import { ExtractPool } from './extractPool';
import { importPaths } from './importPaths';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'header-url');

const FILES = ['patch-released.txt', 'rebels-walk-out.txt'];

let lib: ReturnType<typeof makeTempLibrary>;
let pool: ExtractPool;
beforeAll(async () => {
  // Through an extraction worker, as the app reads large imports, into a fresh library.
  lib = makeTempLibrary();
  pool = new ExtractPool({}, 1);
  const report = await importPaths(
    lib.db,
    FILES.map((f) => path.join(FIXTURES, f)),
    { processor: (file) => pool.process(file) }
  );
  expect(report).toMatchObject({ imported: 2, failed: 0 });
});
afterAll(async () => {
  await pool.close();
  lib.dispose();
});

function article(name: string) {
  const id = findArticleBySource(lib.db, path.join(FIXTURES, name));
  if (id === undefined) throw new Error(`${name} was not imported`);
  return getArticle(lib.db, id)!;
}

describe('a saved text that opens with its address (`Source-URL: http://…`, ECB+)', () => {
  it('gets that address as its URL, from the header line, and its headline as its title', async () => {
    const patch = article('patch-released.txt');
    expect(patch).toMatchObject({
      title: 'Microsoft patches a flaw in Internet Explorer',
      url: 'http://news.example.com/news/2013-09-18/microsoft-patches-internet-explorer.shtml',
      // The text gives no date; the URL's path does.
      publishedAt: '2013-09-18',
      sources: { title: 'text', url: 'text', publishedAt: 'text' }
    });
    expect(article('rebels-walk-out.txt')).toMatchObject({
      title: 'Rebels walk out of talks in the south',
      url: 'https://www.example.org/world/rebels-walk-out-of-talks',
      sources: { url: 'text' }
    });
  });

  it('sets the header line aside, kept in the original, and leaves addresses further down in the text', async () => {
    const patch = article('patch-released.txt');
    const original = fs.readFileSync(path.join(FIXTURES, 'patch-released.txt'), 'utf8');
    expect(patch.body.startsWith('Microsoft patches a flaw in Internet Explorer')).toBe(true);
    expect(patch.body).not.toContain('Source-URL');
    expect(patch.body).toContain(
      'Details are on its advisory page at http://technet.example.com/security/advisory/2887505 for administrators.'
    );
    expect(patch.body).toContain('Source: http://technet.example.com/security/advisory/2887505');
    const header = original.split('\n')[0]!;
    expect(patch.original?.startsWith(`${header}\n`)).toBe(true);
    expect(patch.removed).toContainEqual({ start: 0, end: header.length, reason: 'source-url' });
  });
});
