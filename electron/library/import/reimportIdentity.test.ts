import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticles, getArticle, listArticles } from '../articles';
import { createAnnotation } from '../annotations/annotationStore';
import { getAnnotation } from '../annotations/rows';
import { correctArticle } from '../corrections';
import { checkLibrary } from '../maintenance/checkLibrary';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { makeZip } from './fixtures/makeZip';
import { importPaths } from './importPaths';
import { type FileOutcome, processFile } from './processFile';
import type { FoundFile } from './walk';

/**
 * Which article a file's article is a newer version of, through importPaths with the worker pool
 * (the path the window and `crosscheck import` take). Review 13, findings 1 and 2: two ZIP entries
 * of one name overwrote each other and damaged the full-text index; a row inserted at the top of a
 * CSV moved every row's text onto its neighbour's article, with that article's corrections and
 * highlights.
 */

function titles(db: Parameters<typeof countArticles>[0]): string[] {
  return listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 50 }).items.map((a) => a.title);
}
function idOf(db: Parameters<typeof countArticles>[0], title: string): number {
  const found = listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 50 }).items.find((a) => a.title === title);
  if (!found) throw new Error(`no article “${title}”: ${titles(db).join(' | ')}`);
  return found.id;
}

/** What `doctor` finds but story membership: grouping is the import job's next step, not importPaths'. */
function damage(db: Parameters<typeof checkLibrary>[0]) {
  return checkLibrary(db).problems.filter((p) => p.kind !== 'stories');
}

const STRIKE = 'Harbour Strike Ends\n\nDock workers at the northern harbour returned to work on Tuesday after a three week strike over pay and safety rules ended with a new contract.';
const MUSEUM = 'Museum Reopens\n\nThe city museum reopened its doors on Saturday after two years of repairs to the roof, and the first visitors queued around the block.';
const PREVIOUS = 'Bridge Closed\n\nThe old bridge over the canal was closed to traffic on Wednesday after engineers found cracks in two of its supporting piers.';

describe('a ZIP with two entries of one name', () => {
  it('imports both into an empty library, and the full-text index stays sound', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'dup.zip': makeZip([{ name: 'story.txt', data: STRIKE }, { name: 'story.txt', data: MUSEUM }]) });
    const report = await importPaths(db, [path.join(dir, 'dup.zip')], { parallel: true });
    expect(report).toMatchObject({ status: 'done', imported: 2, updated: 0 });
    expect(titles(db)).toEqual(['Harbour Strike Ends', 'Museum Reopens']);
    expect(damage(db)).toEqual([]);
  });

  it('imports both beside an older article (news\\story.txt and news/story.txt), and both again as unchanged', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({
      'a.txt': PREVIOUS,
      'slash.zip': makeZip([
        { name: 'news\\story.txt', data: STRIKE },
        { name: 'news/story.txt', data: MUSEUM }
      ])
    });
    await importPaths(db, [path.join(dir, 'a.txt')], { parallel: true });
    const first = await importPaths(db, [path.join(dir, 'slash.zip')], { parallel: true });
    expect(first).toMatchObject({ imported: 2, updated: 0 });
    expect(titles(db)).toEqual(['Bridge Closed', 'Harbour Strike Ends', 'Museum Reopens']);
    expect(damage(db)).toEqual([]);
    const again = await importPaths(db, [path.join(dir, 'slash.zip')], { parallel: true });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2, duplicates: 0 });
    expect(countArticles(db)).toBe(3);
  });

  it('never writes a second article of one source over the first stored by the same import (defence in depth)', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'a.txt': PREVIOUS, 'dup.zip': makeZip([{ name: 'one.txt', data: STRIKE }, { name: 'two.txt', data: MUSEUM }]) });
    await importPaths(db, [path.join(dir, 'a.txt')]);
    // A reader that gives both entries one source, as the extractor did before entries were numbered.
    const oneSource = async (file: FoundFile): Promise<FileOutcome> => {
      const read = await processFile(file, {});
      if (!read.ok) return read;
      return { ...read, articles: read.articles.map(({ article }) => ({ article: { ...article, sourcePath: `${file.path}#story.txt` }, where: `${file.path}#story.txt` })) };
    };
    const report = await importPaths(db, [path.join(dir, 'dup.zip')], { processor: oneSource });
    expect(report).toMatchObject({ updated: 0 });
    expect(titles(db)).toEqual(['Bridge Closed', 'Harbour Strike Ends', 'Museum Reopens']);
    expect(getArticle(db, idOf(db, 'Museum Reopens'))?.sourcePath).toBe(`${path.join(dir, 'dup.zip')}#story.txt (2)`);
    expect(damage(db)).toEqual([]);
  });

  it('updates each entry’s own article when the archive changes', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'dup.zip': makeZip([{ name: 'story.txt', data: STRIKE }, { name: 'story.txt', data: MUSEUM }]) });
    await importPaths(db, [path.join(dir, 'dup.zip')], { parallel: true });
    const museum = idOf(db, 'Museum Reopens');
    fs.writeFileSync(path.join(dir, 'dup.zip'), makeZip([{ name: 'story.txt', data: STRIKE }, { name: 'story.txt', data: `${MUSEUM} Tickets are free until May.` }]));
    const report = await importPaths(db, [path.join(dir, 'dup.zip')], { parallel: true });
    expect(report).toMatchObject({ updated: 1, unchanged: 1, duplicates: 0 });
    expect(countArticles(db)).toBe(2);
    expect(getArticle(db, museum)?.body).toContain('Tickets are free until May.');
    expect(getArticle(db, idOf(db, 'Harbour Strike Ends'))?.body).not.toContain('Tickets');
    expect(damage(db)).toEqual([]);
  });
});

const FLOOD = [
  'Flood in Alpha',
  'The river Alpha flooded the valley town on Monday and hundreds of residents were moved to the school gym by volunteers. ' +
    'The water rose faster than the forecasts had said, and the old stone bridge at the mill was closed by the police before noon. ' +
    'Shop owners on the market square carried their stock upstairs while the fire brigade pumped out cellars along the river road. ' +
    'The mayor said the town would ask the regional government for help with the repairs once the water had gone down.'
];
const ELECTION = ['Election in Beta', 'Voters in Beta chose a new mayor on Sunday after a long campaign about roads, taxes and the future of the harbour.'];
const FIRE = ['Fire in Gamma', 'A fire in the Gamma warehouse district burned through the night before crews from three towns put it out at dawn.'];
const csv = (rows: string[][], header = 'title,text') => `${header}\n${rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n')}\n`;

describe('re-importing a table whose rows moved', () => {
  it('keeps each row’s text, corrections and highlights on its own article when a row is inserted above', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'news.csv': csv([FLOOD, ELECTION]) });
    const file = path.join(dir, 'news.csv');
    await importPaths(db, [file], { parallel: true });
    const flood = idOf(db, 'Flood in Alpha');
    correctArticle(db, flood, { outlet: 'Alpha Gazette' });
    const highlight = createAnnotation(db, { kind: 'highlight', articleId: flood, quote: 'hundreds of residents', note: 'check the number' });

    fs.writeFileSync(file, csv([FIRE, FLOOD, ELECTION]));
    const report = await importPaths(db, [file], { parallel: true });
    // The two rows that moved down are unchanged, not duplicates: the table is the file imported before.
    expect(report).toMatchObject({ imported: 1, updated: 0, unchanged: 2, duplicates: 0 });
    expect(report.problems.filter((p) => p.kind === 'unchanged').map((p) => p.message)).toEqual([
      'Not changed since it was last imported, only moved in its table (it was row 2): “Flood in Alpha” is in the library as it was.',
      'Not changed since it was last imported, only moved in its table (it was row 3): “Election in Beta” is in the library as it was.'
    ]);
    expect(getArticle(db, flood)).toMatchObject({ title: 'Flood in Alpha', outlet: 'Alpha Gazette' });
    expect(getAnnotation(db, highlight.id)).toMatchObject({ state: 'placed', articleId: flood });
    expect(titles(db)).toEqual(['Election in Beta', 'Fire in Gamma', 'Flood in Alpha']);
    expect(damage(db)).toEqual([]);
  });

  it('updates a lightly edited row’s own article after the rows were reordered', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'news.csv': csv([FLOOD, ELECTION, FIRE]) });
    const file = path.join(dir, 'news.csv');
    await importPaths(db, [file], { parallel: true });
    const flood = idOf(db, 'Flood in Alpha');
    const election = idOf(db, 'Election in Beta');
    const highlight = createAnnotation(db, { kind: 'highlight', articleId: flood, quote: 'hundreds of residents' });

    // One word changed in a row of some length (a typo fixed): most of its five-word runs are the same.
    const edited = [FLOOD[0]!, FLOOD[1]!.replace('the school gym', 'the sports hall')];
    fs.writeFileSync(file, csv([FIRE, ELECTION, edited]));
    const report = await importPaths(db, [file], { parallel: true });
    expect(report).toMatchObject({ updated: 1, unchanged: 2, duplicates: 0 });
    expect(countArticles(db)).toBe(3);
    expect(getArticle(db, flood)?.body).toContain('the sports hall');
    expect(getArticle(db, flood)?.sourcePath).toBe(`${file}#row 4`);
    expect(getArticle(db, election)?.body).toContain('Voters in Beta');
    expect(getAnnotation(db, highlight.id)).toMatchObject({ state: 'placed', articleId: flood });
    expect(countArticles(db)).toBe(3);
  });

  it('follows the url column when a row’s text was rewritten, and never updates by row number alone', async () => {
    const { db } = makeTestLibrary();
    const header = 'title,text,url';
    const withUrl = (row: string[], url: string) => [...row, url];
    const dir = makeTestFolder({ 'news.csv': csv([withUrl(FLOOD, 'https://example.org/flood'), withUrl(ELECTION, 'https://example.org/vote')], header) });
    const file = path.join(dir, 'news.csv');
    await importPaths(db, [file], { parallel: true });
    const flood = idOf(db, 'Flood in Alpha');
    const election = idOf(db, 'Election in Beta');

    const rewritten = ['Flood in Alpha', 'Rescue teams in Alpha counted the damage on Friday: four bridges, the school roof and most of the market stalls.'];
    fs.writeFileSync(file, csv([withUrl(FIRE, 'https://example.org/fire'), withUrl(ELECTION, 'https://example.org/vote'), withUrl(rewritten, 'https://example.org/flood')], header));
    const report = await importPaths(db, [file], { parallel: true });
    expect(report).toMatchObject({ updated: 1, unchanged: 1, duplicates: 0 });
    expect(countArticles(db)).toBe(3);
    expect(getArticle(db, flood)?.body).toContain('Rescue teams in Alpha');
    expect(getArticle(db, election)?.body).toContain('Voters in Beta');
    expect(getArticle(db, idOf(db, 'Fire in Gamma'))?.id).not.toBe(flood);
  });

  it('imports a rewritten row with no url as a new article instead of writing it over its row’s', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'news.csv': csv([FLOOD, ELECTION]) });
    const file = path.join(dir, 'news.csv');
    await importPaths(db, [file], { parallel: true });
    const flood = idOf(db, 'Flood in Alpha');
    fs.writeFileSync(file, csv([FIRE, ELECTION]));
    const report = await importPaths(db, [file], { parallel: true });
    expect(report).toMatchObject({ imported: 1, updated: 0, unchanged: 1, duplicates: 0 });
    expect(getArticle(db, flood)?.title).toBe('Flood in Alpha');
    expect(countArticles(db)).toBe(3);
  });
});
