import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../articles';
import { makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/**
 * A legacy 8-bit file whose only non-ASCII bytes are a pound sign and curly quotes, imported the way
 * a user imports it. NB: the encoding detector ranks windows-1252 first for it, but the plausibility
 * check used to overrule it (a lone "£" scored as a symbol, a lone "Ł" as a word): the article read
 * "for Ł2.4m" (bbc-news-2225 sport/199.txt did the same with "a Ł15.8m signing").
 */
const FIXTURES = path.join(import.meta.dirname, 'fixtures');

const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('legacy 8-bit text through importPaths', () => {
  it('keeps a windows-1252 £ and its curly quotes', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    // The saved page beside it is not plain text, so the import runs in the extraction pool.
    const report = await importPaths(
      lib.db,
      [path.join(FIXTURES, 'encodings', 'pound-cp1252.txt'), path.join(FIXTURES, 'formats', 'page.html')],
      { parallel: true }
    );
    expect(report.problems.filter((p) => p.kind === 'failed' || p.kind === 'skipped')).toEqual([]);
    const { items } = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 });
    const summary = items.find((a) => a.title.startsWith('Harbour council'));
    expect(summary?.title).toBe('Harbour council buys the old ferry for £2.4m');
    const body = getArticle(lib.db, summary!.id)!.body;
    expect(body).toContain('The town council has agreed to buy the disused ferry terminal for £2.4m,');
    expect(body).toContain('“It’s a fair price for a building nobody else wanted,” the council’s leader said on Tuesday.');
    expect(body).toContain('“a £2.4m gamble” – money');
  }, 120_000);
});

describe('tab-separated ASCII through importPaths', () => {
  it('reads a sheet of one-letter codes as the ASCII it is, not as UTF-16 Devanagari', async () => {
    // fixtures/SOURCES.md: 26 one-letter columns and a note, CRLF. Its tabs fall at every other byte,
    // the pattern of UTF-16's high byte (0x09 is Devanagari's): it imported as "ॡॢॣ।॥०१२…".
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const report = await importPaths(
      lib.db,
      [path.join(FIXTURES, 'encodings', 'coding-sheet.tsv'), path.join(FIXTURES, 'formats', 'page.html')],
      { parallel: true }
    );
    expect(report.problems.filter((p) => p.kind === 'failed' || p.kind === 'skipped')).toEqual([]);
    const { items } = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 });
    const rows = items.map((a) => getArticle(lib.db, a.id)!).filter((a) => a.sourceFormat === 'tsv');
    expect(rows.map((a) => a.body).sort()).toEqual(['Aid reached Deraa on Monday.', 'Rebels left Busra al-Sham.']);
  }, 120_000);
});
