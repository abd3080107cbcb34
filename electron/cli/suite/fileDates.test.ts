import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../library/import/fixtures/makeDocx';
import { type Workspace, lines, makeWorkspace } from './crosscheck';

/**
 * Issue 15 through the built command: a Word file whose text gives no date is dated by its file's
 * creation date, the day it was saved. `list`, `show`, `search --sort date`, `annotate list` and
 * every export format say so, and none does once the user corrects the date (`edit --date`).
 */

let ws: Workspace;
const ids = { saved: 0, published: 0 };

async function ok(...args: string[]): Promise<string> {
  const r = await ws.run(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The report of both articles in `format`, as the file `crosscheck export` wrote. */
async function exported(format: string): Promise<Buffer> {
  const out = path.join(ws.dir, `report-${Date.now()}.${format}`);
  await ok('export', '--format', format, '--out', out, '--articles', String(ids.saved), String(ids.published));
  return fs.readFileSync(out);
}

/** The text of a PDF, read by pdf.js. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

const SAVED = 'file saved 2 March 2019';
/** The saved article's citation: the date marked, then the file it came from (it has no URL). */
const CITATION = new RegExp(`“Talks collapse in southern Syria”, Leila Mansour, ${SAVED}, file talks\\.docx, imported [^,]+, paragraph 1`);

beforeAll(async () => {
  ws = makeWorkspace();
  ws.write(
    // Not named saved.docx: a source with no URL is cited by its file name (review 15, #4), and
    // "file saved.docx" would read as the mark this test looks for.
    'in/talks.docx',
    makeDocx({
      paragraphs: [
        'Talks collapse in southern Syria',
        'Rebels in Daraa said that talks with Russian officers over the south of the country had failed.'
      ],
      core: { created: '2019-03-02T08:15:00Z', creator: 'Leila Mansour' }
    })
  );
  ws.write('in/convoy.md', '---\ntitle: Convoy reaches Nawa\noutlet: Reuters\ndate: 2018-07-04\n---\n\nAn aid convoy reached Nawa, near Daraa, the Red Crescent said.\n');
  await ok('import', path.join(ws.dir, 'in'), '--no-group', '--json');
  const items = JSON.parse(await ok('list', '--json')).items as Array<{ id: number; title: string }>;
  ids.saved = items.find((a) => a.title === 'Talks collapse in southern Syria')!.id;
  ids.published = items.find((a) => a.title === 'Convoy reaches Nawa')!.id;
  await ok('annotate', 'add', String(ids.saved), '--quote', 'talks with Russian officers', '--note', 'Which officers?', '--json');
  await ok('annotate', 'add', String(ids.published), '--quote', 'aid convoy', '--json');
}, 120_000);
afterAll(() => ws.remove());

describe('a date from the file’s properties, through the command line', () => {
  it('list, show, search --sort date and annotate list mark it; a publication date is not marked', async () => {
    const list = await ws.run('list');
    expect(list.code).toBe(0);
    const row = (id: number) => lines(list.stdout).find((l) => l.startsWith(String(id).padStart(6)))!;
    expect(row(ids.saved)).toMatch(/^\s+\d+ {2}2019-03-02\* /);
    expect(row(ids.published)).toMatch(/^\s+\d+ {2}2018-07-04 {2}Reuters/);
    expect(list.stderr).toContain('* the day the file was saved (from its properties), not a publication date');

    expect(await ok('show', String(ids.saved))).toContain('\nDate: 2019-03-02T08:15:00Z (file saved, not published)\n');
    expect(await ok('show', String(ids.published))).toContain('\nDate: 2018-07-04\n');

    const search = await ws.run('search', 'Daraa', '--sort', 'date');
    expect(search.stdout).toMatch(new RegExp(`^\\s+${ids.saved} {2}2019-03-02\\* Talks collapse`, 'm'));
    expect(search.stdout).toMatch(new RegExp(`^\\s+${ids.published} {2}2018-07-04 {2}Convoy reaches Nawa`, 'm'));
    expect(search.stderr).toContain('* the day the file was saved');

    const annotations = (await ws.run('annotate', 'list')).stdout;
    expect(annotations).toContain('"Talks collapse in southern Syria" (file saved 2019-03-02)');
    expect(annotations).toContain('"Convoy reaches Nawa" (Reuters, 2018-07-04)');
  });

  it('every export format says it is the day the file was saved, never that it was published', async () => {
    for (const format of ['md', 'html']) {
      const text = (await exported(format)).toString('utf8');
      expect(text, format).toMatch(CITATION);
      expect(text, format).toContain('4 July 2018');
    }
    const docx = (await mammoth.extractRawText({ buffer: await exported('docx') })).value;
    expect(docx).toMatch(CITATION);
    const pdf = await pdfText(await exported('pdf'));
    expect(pdf).toContain(SAVED);
    expect(pdf).toContain('4 July 2018');

    const csv = Papa.parse<Record<string, string>>((await exported('csv')).toString('utf8'), { header: true, skipEmptyLines: true }).data;
    expect(Object.fromEntries(csv.map((r) => [r.article, [r.date, r.date_from_file]]))).toEqual({
      'Talks collapse in southern Syria': ['2019-03-02', 'yes'],
      'Convoy reaches Nawa': ['2018-07-04', '']
    });

    const csl = JSON.parse((await exported('csl')).toString('utf8')) as Array<{ title: string; issued?: unknown; note?: string }>;
    const savedItem = csl.find((i) => i.title === 'Talks collapse in southern Syria')!;
    expect(savedItem.issued).toBeUndefined();
    // A source with no URL also names its file first (review 16, finding 10).
    expect(savedItem.note).toMatch(/^File talks\.docx, imported \d{1,2} \w+ \d{4}; File saved 2 March 2019 \(not the publication date\)$/);
    expect(csl.find((i) => i.title === 'Convoy reaches Nawa')!.issued).toEqual({ 'date-parts': [[2018, 7, 4]] });
    expect((await exported('bib')).toString('utf8')).toMatch(/note = \{File talks\.docx, imported [^;]+; File saved 2 March 2019 \(not the publication date\)\}/);
    expect((await exported('ris')).toString('utf8')).toContain('N1  - File saved 2 March 2019 (not the publication date)');
  });

  it('once the user corrects the date, nothing marks it', async () => {
    await ok('edit', String(ids.saved), '--date', '2019-03-01');
    const list = await ws.run('list');
    expect(list.stdout).toMatch(/^\s+\d+ {2}2019-03-01 {2}/m);
    expect(list.stdout).not.toContain('*');
    expect(list.stderr).not.toContain('file was saved');
    expect(await ok('show', String(ids.saved))).toContain('\nDate: 2019-03-01\n');
    for (const format of ['md', 'csv', 'ris']) expect((await exported(format)).toString('utf8').toLowerCase(), format).not.toContain('file saved');
    expect((await exported('md')).toString('utf8')).toContain('1 March 2019');
  });
});
