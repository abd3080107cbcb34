import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import type { Report } from './reportModel';
import { baseName } from './sourcesTable';
import { report } from './testReport';

/**
 * Review 15, #4: a source with no outlet, date or URL (a BBC .txt) could not be traced by an editor
 * who receives the report, and Byline and URL columns stood empty in every row. Now such a source
 * names the file it was imported from (its name only, never the folder) and when, in the sources
 * table and in each citation, and a column empty in every row is left out, in every format.
 */

const bare: Report = {
  ...report,
  options: { ...report.options, fullText: false },
  sources: [
    {
      ...report.sources[0]!,
      outlet: null,
      byline: null,
      publishedAt: null,
      url: null,
      wireCredits: [],
      title: 'Dollar gains on Greenspan speech',
      fileName: baseName('/home/ana/private-client/bbc/business/002.txt'),
      importedAt: '2026-12-07T16:00:00.000Z',
      body: null
    }
  ],
  notes: []
};
const FILE = 'file 002.txt, imported 7 December 2026';


describe('a source with no URL is traced by its file; empty columns are left out (review 15, #4)', () => {
  it('HTML (and so the PDF): the table and each citation name the file, never its folder', () => {
    const doc = new JSDOM(renderReport(bare, 'html')).window.document;
    const heads = [...doc.querySelectorAll('table')[0]!.querySelectorAll('th')].map((th) => th.textContent);
    expect(heads).toEqual(['Title', 'Date', 'URL or file']);
    expect(doc.querySelector('tbody tr')!.textContent).toContain(FILE);
    expect([...doc.querySelectorAll('.cite')].every((c) => c.textContent!.includes(FILE))).toBe(true);
    expect(doc.body.textContent).not.toContain('private-client');
  });

  it('Markdown, as a Markdown reader shows it: the same columns, the footnotes name the file', () => {
    const md = renderReport(bare, 'md');
    const doc = new JSDOM(new MarkdownIt().render(md)).window.document;
    expect([...doc.querySelectorAll('table')[0]!.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Title', 'Date', 'URL or file']);
    expect(md).toMatch(/\[\^h1\]: .*file 002\.txt, imported 7 December 2026/);
    expect(md).not.toContain('private-client');
  });

  it('Word, as mammoth extracts it', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocx(bare)) });
    const doc = new JSDOM(value).window.document;
    const heads = [...doc.querySelectorAll('table')[0]!.querySelectorAll('tr')[0]!.querySelectorAll('td, th')].map((c) => c.textContent);
    expect(heads).toEqual(['Title', 'Date', 'URL or file']);
    expect(doc.body.textContent).toContain(FILE);
    expect(doc.body.textContent).not.toContain('private-client');
  });

  it('a source with a URL is cited by it, and the columns with words stay', () => {
    const doc = new JSDOM(renderReport({ ...report, options: { ...report.options, fullText: false } }, 'html')).window.document;
    const heads = [...doc.querySelectorAll('table')[0]!.querySelectorAll('th')].map((th) => th.textContent);
    expect(heads).toEqual(['Outlet', 'Title', 'Byline', 'Date', 'URL', 'Wire credit']);
    expect(doc.body.textContent).not.toContain('daraa.html');
  });
});
