import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticles, findArticleBySource, getArticle } from '../articles';
import { correctArticle } from '../corrections';
import type { WritableDb } from '../db/connection';
import { checkLibrary } from '../maintenance/checkLibrary';
import { LOHAN_PARAGRAPHS, LOHAN_TXT, lohanPage } from '../testing/lohanRehab';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { makeDocx } from './fixtures/makeDocx';
import { importPaths } from './importPaths';

/**
 * A duplicate's metadata fills what the kept article lacks (review 14, finding 4), through
 * importPaths with the worker pool (the path the window and `crosscheck import` take): the ECB+
 * texts (no outlet, no date) and the same articles saved as web pages with `og:site_name` and
 * `article:published_time`.
 */

function article(db: WritableDb, file: string) {
  const id = findArticleBySource(db, file);
  if (id === undefined) throw new Error(`${file} is not an article of the library`);
  return getArticle(db, id)!;
}
/** What `doctor` finds but story membership (grouping is the import job's next step, not importPaths'). */
function damage(db: WritableDb) {
  return checkLibrary(db).problems.filter((p) => p.kind !== 'stories');
}

const PARAGRAPHS = LOHAN_PARAGRAPHS;
const TXT = LOHAN_TXT;
/** The same text saved from The Daily Star's site, with a byline the .txt lacks. */
const HTML = lohanPage({ author: 'Jane Roe' });

describe('a duplicate with details the kept article lacks', () => {
  it('.txt first, then the .html: the page fills the outlet, date, URL and byline, each marked as from that copy', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'lohan.txt': TXT, 'saved/lohan.html': HTML });
    const txt = path.join(dir, 'lohan.txt');
    const html = path.join(dir, 'saved/lohan.html');
    await importPaths(db, [txt], { parallel: true });
    expect(article(db, txt)).toMatchObject({ outlet: null, publishedAt: null, url: null, byline: null });

    const report = await importPaths(db, [html], { parallel: true });
    expect(report).toMatchObject({ new: 0, duplicates: 1 });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ path: html, kind: 'duplicate', code: 'duplicate' });
    expect(report.problems[0]!.message).toMatch(
      /^Same text as “.*” in the library; filled outlet, date, URL and byline from this copy\.$/
    );
    expect(countArticles(db)).toBe(1);
    const kept = article(db, txt);
    expect(kept).toMatchObject({
      outlet: 'The Daily Star',
      publishedAt: '2013-05-03T09:15:00Z',
      url: 'https://www.dailystar.example/lohan-rehab',
      byline: 'Jane Roe',
      language: 'en',
      sources: { outlet: 'copy', publishedAt: 'copy', url: 'copy', byline: 'copy', language: 'detected' },
      copiedFrom: { outlet: html, publishedAt: html, url: html, byline: html }
    });
    // The title the .txt gave is kept: every article has one, so a copy never fills it.
    expect(kept.sources.title).not.toBe('copy');
    expect(damage(db)).toEqual([]);

    // The page again: nothing left to fill, a plain duplicate.
    const again = await importPaths(db, [html], { parallel: true });
    expect(again.problems[0]!.message).toMatch(/^Same text as “.*” in the library\.$/);
  });

  it('.html first, then the .txt: the page is the article, and the text adds nothing', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'lohan.txt': TXT, 'lohan.html': HTML });
    const txt = path.join(dir, 'lohan.txt');
    const html = path.join(dir, 'lohan.html');
    await importPaths(db, [html], { parallel: true });
    const before = article(db, html);
    const report = await importPaths(db, [txt], { parallel: true });
    expect(report).toMatchObject({ new: 0, duplicates: 1 });
    expect(report.problems[0]!.message).toMatch(/^Same text as “.*” in the library\.$/);
    expect(article(db, html)).toEqual(before);
    expect(before).toMatchObject({ outlet: 'The Daily Star', sources: { outlet: 'metadata' }, copiedFrom: {} });
  });

  it('both in one import, the .txt read first: filled in the same batch, and found by its outlet', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'a-lohan.txt': TXT, 'b-lohan.html': HTML });
    const report = await importPaths(db, [dir], { parallel: true });
    expect(report).toMatchObject({ new: 1, duplicates: 1 });
    expect(report.problems[0]!.message).toMatch(/filled outlet, date, URL and byline from this copy\.$/);
    expect(article(db, path.join(dir, 'a-lohan.txt'))).toMatchObject({ outlet: 'The Daily Star', sources: { outlet: 'copy' } });
    // The outlet is in the full-text index (a word found only there), and the index is sound.
    const inIndex = db.prepare(`SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'outlet:daily'`).get() as {
      n: number;
    };
    expect(inIndex.n).toBe(1);
    expect(damage(db)).toEqual([]);
  });

  it('a page crediting an agency gives the kept .txt the same wire credit as importing the page first (review 16 #3)', async () => {
    const agencyPage = lohanPage({ author: 'Reuters' });
    const credited = async (order: string[]) => {
      const { db } = makeTestLibrary();
      const dir = makeTestFolder({ 'lohan.txt': TXT, 'lohan.html': agencyPage });
      const reports = [];
      for (const name of order) reports.push(await importPaths(db, [path.join(dir, name)], { parallel: true }));
      const kept = article(db, path.join(dir, order[0]!));
      return { kept, duplicate: reports[1]!.problems[0]! };
    };
    const pageFirst = await credited(['lohan.html', 'lohan.txt']);
    const textFirst = await credited(['lohan.txt', 'lohan.html']);
    expect(pageFirst.kept.byline).toBe('Reuters');
    expect(pageFirst.kept.wireCredits).toEqual(['Reuters']);
    expect(textFirst.kept).toMatchObject({ byline: 'Reuters', wireCredits: pageFirst.kept.wireCredits });
    expect(textFirst.duplicate.message).toMatch(/filled outlet, date, URL, byline and wire credit Reuters from this copy\.$/);
  });

  it('never overwrites what the user corrected, nor a field the user cleared', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'lohan.txt': TXT, 'lohan.html': HTML });
    const txt = path.join(dir, 'lohan.txt');
    const html = path.join(dir, 'lohan.html');
    await importPaths(db, [txt], { parallel: true });
    const id = findArticleBySource(db, txt)!;
    correctArticle(db, id, { outlet: 'Desk copy', publishedAt: '' });

    const report = await importPaths(db, [html], { parallel: true });
    expect(report.problems[0]!.message).toMatch(/; filled URL and byline from this copy\.$/);
    expect(article(db, txt)).toMatchObject({
      outlet: 'Desk copy',
      publishedAt: null,
      url: 'https://www.dailystar.example/lohan-rehab',
      sources: { outlet: 'edited', url: 'copy' },
      copiedFrom: { url: html, byline: html }
    });
  });

  it('keeps what a copy filled when the kept file changes and is imported again', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'lohan.txt': TXT, 'lohan.html': HTML });
    const txt = path.join(dir, 'lohan.txt');
    const html = path.join(dir, 'lohan.html');
    await importPaths(db, [txt], { parallel: true });
    await importPaths(db, [html], { parallel: true });
    fs.writeFileSync(txt, TXT.replace('ninety days', '90 days'));
    const report = await importPaths(db, [txt], { parallel: true });
    expect(report).toMatchObject({ updated: 1 });
    expect(article(db, txt)).toMatchObject({
      body: expect.stringContaining('90 days'),
      outlet: 'The Daily Star',
      publishedAt: '2013-05-03T09:15:00Z',
      sources: { outlet: 'copy', publishedAt: 'copy' },
      copiedFrom: { outlet: html, publishedAt: html }
    });
  });

  it('a Word copy’s saved date never fills a date; a page’s publication date takes the place of a kept file’s saved date', async () => {
    const { db } = makeTestLibrary();
    const docx = makeDocx({ paragraphs: PARAGRAPHS, core: { created: '2026-12-01T09:30:00Z' } });
    const dir = makeTestFolder({ 'lohan.txt': TXT, 'lohan.docx': docx, 'lohan.html': HTML });
    const txt = path.join(dir, 'lohan.txt');
    await importPaths(db, [txt], { parallel: true });
    const report = await importPaths(db, [path.join(dir, 'lohan.docx')], { parallel: true });
    expect(report).toMatchObject({ duplicates: 1 });
    expect(report.problems[0]!.message).toMatch(/^Same text as “.*” in the library\.$/);
    expect(article(db, txt)).toMatchObject({ publishedAt: null });

    // The other way round: the Word file kept, dated only by the day it was saved.
    const other = makeTestLibrary().db;
    const docxPath = path.join(dir, 'lohan.docx');
    await importPaths(other, [docxPath], { parallel: true });
    expect(article(other, docxPath)).toMatchObject({
      publishedAt: '2026-12-01T09:30:00Z',
      sources: { publishedAt: 'file' },
      dateFromFile: true
    });
    const fromPage = await importPaths(other, [path.join(dir, 'lohan.html')], { parallel: true });
    expect(fromPage.problems[0]!.message).toMatch(
      /filled outlet, date, URL and byline from this copy, its date in place of the day the library’s file was saved\.$/
    );
    const kept = article(other, docxPath);
    expect(kept).toMatchObject({ publishedAt: '2013-05-03T09:15:00Z', sources: { publishedAt: 'copy' } });
    expect(kept.dateFromFile).toBeUndefined();
  });
});
