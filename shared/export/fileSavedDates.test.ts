import mammoth from 'mammoth';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Report } from './reportModel';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import { highlight, report } from './testReport';

/**
 * Issue 15: a date read from a file's properties (a DOCX's or PDF's creation date) is the day the
 * file was saved, not published. Every format of a report says so in words, the CSV in a column of
 * its own, and the citation formats never give it as the date issued.
 */

/** The test report with a second source whose only date is its file's, each source highlighted once. */
const mixed: Report = {
  ...report,
  sources: [
    ...report.sources,
    {
      ...report.sources[0]!,
      articleId: 8,
      key: 'afp2019rebels',
      title: 'Rebels leave Daraa',
      outlet: 'AFP',
      byline: null,
      publishedAt: '2019-03-02T08:15:00Z',
      dateFromFile: true,
      url: null,
      // No file either: this test is about the date (a file's name is sourceTrace.test.ts's).
      fileName: null,
      wireCredits: ['AFP'],
      body: 'Rebels left Daraa on buses.'
    }
  ],
  highlights: [
    highlight({ id: 1 }),
    highlight({ id: 2, articleId: 8, quote: 'left Daraa', prefix: 'Rebels ', suffix: ' on', start: 7, end: 17 })
  ],
  notes: []
};

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('a date from the file’s properties in every report format', () => {
  it('Markdown: the sources table and the footnote say “file saved”; the front matter says date_from_file', () => {
    const md = renderReport(mixed, 'md');
    expect(md).toContain('| AFP | Rebels leave Daraa |  | file saved 2 March 2019 |');
    expect(md).toContain('| Reuters | Talks fail in \\{Daraa\\} 100% \\& more | By Ellen Francis and Suleiman Al-Khalidi | 4 July 2018 |');
    expect(md).toMatch(/^\[\^h2\]: AFP, “Rebels leave Daraa”, file saved 2 March 2019, paragraph 1\.$/m);
    const front = parseYaml(md.slice(4, md.indexOf('\n---', 4))) as { sources: Array<{ key: string; date: string; date_from_file: boolean }> };
    expect(front.sources.map((s) => [s.key, s.date, s.date_from_file])).toEqual([
      ['reuters2018rebels', '2018-07-04T10:00:00Z', false],
      ['afp2019rebels', '2019-03-02T08:15:00Z', true]
    ]);
  });

  it('HTML (and the PDF printed from it): the sources table and the citation under the highlight', () => {
    const html = renderReport(mixed, 'html');
    expect(html).toContain('<td>AFP</td><td>Rebels leave Daraa</td><td></td><td>file saved 2 March 2019</td>');
    expect(html).toContain('<td>4 July 2018</td>');
    expect(html).toContain('<div class="cite">AFP, “Rebels leave Daraa”, file saved 2 March 2019, paragraph 1');
  });

  it('Word: the sources table and the citation', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(mixed)) });
    expect(text).toContain('file saved 2 March 2019');
    expect(text).toContain('AFP, “Rebels leave Daraa”, file saved 2 March 2019, paragraph 1');
    expect(text).toContain('4 July 2018');
  });

  it('CSV: the date as stored, and date_from_file “yes” on the rows of that article only', () => {
    const csv = rows(renderReport(mixed, 'csv'));
    expect(csv.map((r) => [r.article, r.date, r.date_from_file])).toEqual([
      ['Talks fail in {Daraa} 100% & more', '2018-07-04', ''],
      ['Rebels leave Daraa', '2019-03-02', 'yes']
    ]);
  });

  it('CSL-JSON, BibTeX and RIS give it as a note, never as the date issued', () => {
    const [reuters, afp] = JSON.parse(renderReport(mixed, 'csl')) as Array<Record<string, unknown>>;
    expect(reuters).toMatchObject({ issued: { 'date-parts': [[2018, 7, 4]] }, note: 'Wire credit: Reuters' });
    expect(afp).not.toHaveProperty('issued');
    expect(afp!.note).toBe('Wire credit: AFP; File saved 2 March 2019 (not the publication date)');

    const bib = renderReport(mixed, 'bib');
    const afpEntry = bib.slice(bib.indexOf('@article{afp2019rebels'));
    expect(afpEntry).not.toMatch(/\b(date|year|month) = /);
    expect(afpEntry).toContain('note = {Wire credit: AFP; File saved 2 March 2019 (not the publication date)}');
    expect(bib.slice(0, bib.indexOf('@article{afp2019rebels'))).toContain('year = {2018}');

    const ris = renderReport(mixed, 'ris').split('\r\n\r\n')[1]!.split('\r\n');
    expect(ris.filter((line) => /^(DA|PY) {2}- /.test(line))).toEqual([]);
    expect(ris).toContain('N1  - File saved 2 March 2019 (not the publication date)');
  });

  it('says nothing of the kind for a report whose dates are all publication dates', async () => {
    for (const format of ['md', 'html', 'csl', 'bib', 'ris'] as const) expect(renderReport(report, format).toLowerCase()).not.toContain('file saved');
    expect(rows(renderReport(report, 'csv')).every((r) => r.date_from_file === '')).toBe(true);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(report)) });
    expect(text).not.toContain('file saved');
  });
});
