import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { minhashOfWords, minhashSignature } from '@shared/text/minhash';
import { foldedWords } from '@shared/text/tokens';
import { getArticle } from '../articles';
import { deleteSetting } from '../settings';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/** Chinese and Japanese news briefs written for these tests (fixtures/unspaced/README.md). */
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'unspaced');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const METRO = read('metro-zh.txt');
const STORM = read('storm-zh.txt');
const LIBRARY = read('library-ja.txt');
const TYPHOON = read('typhoon-ja.txt');

/** The text with one sentence replaced by another, as an editor changes a wire story. */
function changeSentence(text: string, sentence: string, by: string): string {
  expect(text).toContain(sentence);
  return text.replace(sentence, by);
}
const METRO_EDITED = changeSentence(
  METRO,
  '过去一年里，许多在夜间工作的市民反映末班车太早，回家很不方便。',
  '据统计，去年夜间乘客人数比前年增加了百分之十五。'
);
const LIBRARY_EDITED = changeSentence(
  LIBRARY,
  '延長に合わせて、二階の学習室も夜間に開放される。',
  '昨年度の来館者数は、前の年より一割ほど減っていた。'
);

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function setUp(files: Record<string, string>) {
  const lib = makeTempLibrary();
  const dir = makeTempFolder(files);
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(dir, { recursive: true, force: true })
  );
  return { lib, dir };
}

const idOf = (db: ReturnType<typeof makeTempLibrary>['db'], file: string) =>
  db.prepare('SELECT id FROM articles WHERE source_path LIKE ?').pluck().get(`%${file}`) as number;

describe('near-duplicates of Chinese and Japanese text', () => {
  it('links a copy with one sentence changed to its original, through the extraction pool, and no other story', async () => {
    // NB: the Markdown file sends the whole folder through the extraction workers, as the CLI's and
    // the window's imports of a mixed folder do.
    const { lib, dir } = setUp({
      'a-metro.txt': METRO,
      'b-metro-edited.md': METRO_EDITED,
      'c-storm.txt': STORM,
      'd-library.txt': LIBRARY,
      'e-library-edited.txt': LIBRARY_EDITED,
      'f-typhoon.txt': TYPHOON
    });
    const report = await importPaths(lib.db, [dir], { parallel: true });
    expect(report).toMatchObject({ imported: 6, duplicates: 0, nearDuplicates: 2, failed: 0 });
    const metro = idOf(lib.db, 'a-metro.txt');
    const library = idOf(lib.db, 'd-library.txt');
    expect(report.problems.map((p) => [path.basename(p.path), p.kind, p.articleId])).toEqual([
      ['b-metro-edited.md', 'near-duplicate', metro],
      ['e-library-edited.txt', 'near-duplicate', library]
    ]);
    expect(getArticle(lib.db, metro)!.nearDuplicates.map((d) => d.id)).toEqual([idOf(lib.db, 'b-metro-edited.md')]);
    expect(getArticle(lib.db, library)!.nearDuplicates.map((d) => d.id)).toEqual([idOf(lib.db, 'e-library-edited.txt')]);
    expect(getArticle(lib.db, idOf(lib.db, 'c-storm.txt'))!.nearDuplicates).toEqual([]);
    expect(getArticle(lib.db, idOf(lib.db, 'f-typhoon.txt'))!.nearDuplicates).toEqual([]);
  });

  it('makes the signatures of a library from before session 13 again at its next import, and finds the copies they missed', async () => {
    const { lib, dir } = setUp({ 'a-metro.txt': METRO, 'b-metro-edited.txt': METRO_EDITED, 'c-storm.txt': STORM });
    await importPaths(lib.db, [dir]);
    // As an older build left it: each run of Chinese one word in the signature, the copy not linked.
    const bodies = lib.db.prepare('SELECT id, body FROM articles').all() as Array<{ id: number; body: string }>;
    const store = lib.db.prepare('UPDATE article_minhash SET signature = ? WHERE article_id = ?');
    for (const { id, body } of bodies) {
      const old = minhashOfWords(foldedWords(body))!;
      store.run(Buffer.from(old.buffer), id);
    }
    lib.db.prepare('DELETE FROM article_links').run();
    deleteSetting(lib.db, 'minhash.unspacedLetters');
    const metro = idOf(lib.db, 'a-metro.txt');
    const edited = idOf(lib.db, 'b-metro-edited.txt');

    const later = makeTempFolder({ 'd-library.txt': LIBRARY, 'e-library-edited.txt': LIBRARY_EDITED });
    cleanups.push(() => fs.rmSync(later, { recursive: true, force: true }));
    const report = await importPaths(lib.db, [later]);
    expect(report).toMatchObject({ imported: 2, nearDuplicates: 1 });
    expect(getArticle(lib.db, metro)!.nearDuplicates.map((d) => d.id)).toEqual([edited]);
    const signature = lib.db.prepare('SELECT signature FROM article_minhash WHERE article_id = ?').pluck();
    for (const { id, body } of bodies) {
      expect(new Uint32Array(new Uint8Array(signature.get(id) as Buffer).buffer)).toEqual(minhashSignature(body));
    }
  });
});
