import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchArticles } from '../../search/searchArticles';
import { makeTempLibrary } from '../../testing/tempLibrary';
import { makePdf, type PdfLine } from '../fixtures/makePdf';
import { importPaths } from '../importPaths';
import { expectOk, extract } from './testing';

/** Lines of body text at 12 pt with 14 pt leading, starting at `top`. */
const column = (lines: string[], top = 700): PdfLine[] => lines.map((text, i) => ({ text, x: 72, y: top - i * 14 }));

/** What a browser prints round every page of a web page saved as PDF (Chromium's default). */
const furniture = (page: number, pages: number): PdfLine[] => [
  // Drawn title first, as a line of its own: the date left of it starts another line.
  { text: 'Westminster briefing book 2005', x: 260, y: 770, size: 8 },
  { text: '12/7/26, 10:49 PM', x: 20, y: 770, size: 8 },
  { text: 'file:///home/ana/saved/westminster.html', x: 20, y: 22, size: 8 },
  { text: `${page}/${pages}`, x: 560, y: 22, size: 8 }
];

/**
 * Four pages of a printed page; the first paragraph runs over the first page break, and a line of the
 * body recurs on two pages (it stays: only the margins hold running lines).
 */
const printed = (): PdfLine[][] => [
  [
    ...furniture(1, 4),
    // The page's own heading, which the browser's header repeats on every page.
    { text: 'Westminster briefing book 2005', x: 72, y: 730, size: 18 },
    ...column(['Maternity pay for new mothers is to rise as part of new proposals, and the', 'minister said the plans would'])
  ],
  [
    ...furniture(2, 4),
    ...column(['be published in March by the department, which', 'said no more.']),
    ...column(['Read the full report.'], 640)
  ],
  [
    ...furniture(3, 4),
    ...column(['The Tories dismissed the plan as desperate, and', 'said so twice.']),
    ...column(['Read the full report.'], 640)
  ],
  [...furniture(4, 4), ...column(['The Liberal Democrats said it was misdirected.'])]
];

describe('running headers and footers of a PDF (review 17, #1)', () => {
  it('leaves out what every page repeats in its margins and joins the paragraph a page break cut', async () => {
    const text = expectOk(await extract('westminster.pdf', makePdf({ pages: printed() }))).articles[0]?.text;
    expect(text).toBe(
      'Westminster briefing book 2005\n\n' +
        'Maternity pay for new mothers is to rise as part of new proposals, and the minister said the plans would be published in March by the department, which said no more.\n\n' +
        'Read the full report.\n\n' +
        'The Tories dismissed the plan as desperate, and said so twice.\n\n' +
        'Read the full report.\n\n' +
        'The Liberal Democrats said it was misdirected.'
    );
  });

  it('keeps the margins of a PDF of two pages, which cannot show a line repeating', async () => {
    const two = printed().slice(0, 2);
    const text = expectOk(await extract('two.pdf', makePdf({ pages: two }))).articles[0]?.text ?? '';
    expect(text).toContain('Westminster briefing book 2005');
    expect(text).toContain('2/4');
  });

  it('keeps margin lines whose figures change in more than one place: they are content', async () => {
    const sheet = [1, 2, 3].map((n) => [
      { text: `WhitePoint 1.0 BlackPoint 0.${n} Gamma ${n}.0`, x: 72, y: 770 },
      ...column([`Swatch ${n} of the test sheet is drawn here.`, 'Its values are printed above it.'])
    ]);
    const text = expectOk(await extract('calgray.pdf', makePdf({ pages: sheet }))).articles[0]?.text ?? '';
    expect(text).toContain('BlackPoint 0.2 Gamma 2.0');
  });

  it('an imported printed page finds nothing by its header or footer words', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-running-'));
    const lib = makeTempLibrary();
    try {
      const file = path.join(dir, 'westminster.pdf');
      writeFileSync(file, makePdf({ pages: printed() }));
      const report = await importPaths(lib.db, [file], { parallel: true });
      expect(report.problems).toEqual([]);
      expect(searchArticles(lib.db, 'maternity', 10).hits).toHaveLength(1);
      expect(searchArticles(lib.db, 'saved', 10).hits).toHaveLength(0);
      expect(searchArticles(lib.db, 'home', 10).hits).toHaveLength(0);
    } finally {
      lib.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
