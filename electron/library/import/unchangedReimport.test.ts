import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticles } from '../articles';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { makeZip } from './fixtures/makeZip';
import { importPaths } from './importPaths';

/**
 * Review 13, finding 13: files imported again as they were are `unchanged`, not `duplicate` (which
 * read as if the library held copies of them); a duplicate is another file, entry or row whose text
 * the library holds. Through importPaths with the worker pool, the path the window and the CLI take.
 */

/** Each problem as [file name (with its locator), kind]. */
function outcomes(report: Awaited<ReturnType<typeof importPaths>>): Array<[string, string]> {
  return report.problems.map((p) => [path.basename(p.path), p.kind]);
}

const STRIKE = 'Harbour Strike Ends\n\nDock workers at the northern harbour returned to work on Tuesday after a three week strike over pay and safety rules ended with a new contract.';
const MUSEUM = 'Museum Reopens\n\nThe city museum reopened its doors on Saturday after two years of repairs to the roof, and the first visitors queued around the block.';
const csv = (rows: string[]) =>
  `title,text\n${rows.map((r) => r.split('\n\n').map((c) => `"${c}"`).join(',')).join('\n')}\n`;

describe('re-importing files as they were', () => {
  it('a table with the same row twice: one article and a duplicate, then one unchanged and the same duplicate', async () => {
    const { db } = makeTestLibrary();
    const file = path.join(makeTestFolder({ 'news.csv': csv([STRIKE, MUSEUM, STRIKE]) }), 'news.csv');
    const first = await importPaths(db, [file], { parallel: true });
    expect(first).toMatchObject({ new: 2, unchanged: 0, duplicates: 1 });
    const again = await importPaths(db, [file], { parallel: true });
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 2, duplicates: 1 });
    expect(outcomes(again)).toEqual([
      ['news.csv#row 2', 'unchanged'],
      ['news.csv#row 3', 'unchanged'],
      ['news.csv#row 4', 'duplicate']
    ]);
    expect(again.problems[2]!.message).toBe('Same text as “Harbour Strike Ends” in the library.');
    expect(countArticles(db)).toBe(2);
  });

  it('a ZIP with two entries of the same text: the second stays a duplicate of the first', async () => {
    const { db } = makeTestLibrary();
    const zip = path.join(makeTestFolder({ 'news.zip': makeZip([{ name: 'one.txt', data: STRIKE }, { name: 'two.txt', data: STRIKE }]) }), 'news.zip');
    expect(await importPaths(db, [zip], { parallel: true })).toMatchObject({ new: 1, duplicates: 1 });
    const again = await importPaths(db, [zip], { parallel: true });
    expect(again).toMatchObject({ new: 0, unchanged: 1, duplicates: 1 });
    expect(outcomes(again)).toEqual([
      ['news.zip#one.txt', 'unchanged'],
      ['news.zip#two.txt', 'duplicate']
    ]);
  });

  it('an entry renamed inside its ZIP is another source: a duplicate of the article its old name made', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'news.zip': makeZip([{ name: 'one.txt', data: STRIKE }]) });
    const zip = path.join(dir, 'news.zip');
    await importPaths(db, [zip], { parallel: true });
    fs.writeFileSync(zip, makeZip([{ name: 'renamed.txt', data: STRIKE }]));
    expect(await importPaths(db, [zip], { parallel: true })).toMatchObject({ new: 0, unchanged: 0, duplicates: 1 });
  });

  it('the run keeps its counts: Last import reads the same unchanged and duplicates as the import answered', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'a.txt': STRIKE, 'b.txt': MUSEUM });
    await importPaths(db, [dir], { parallel: true });
    fs.writeFileSync(path.join(dir, 'c-copy.txt'), MUSEUM);
    const again = await importPaths(db, [dir], { parallel: true, batchSize: 1 });
    expect(again).toMatchObject({ new: 0, unchanged: 2, duplicates: 1, imported: 0 });
    const { getLatestImportReport } = await import('./importRuns');
    expect(getLatestImportReport(db)).toEqual(again);
  });
});
