import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxTables, pageTextWidth, zipParts } from '../../electron/library/testing/docxParts';
import { renderDocx } from './renderDocx';
import type { Report } from './reportModel';
import { report } from './testReport';

describe('Word (docx)', () => {
  const hostile = {
    ...report,
    // A NUL and a lone surrogate: XML cannot hold them, Word would call the file corrupt.
    sources: report.sources.map((s) => ({ ...s, title: `${s.title}\u0000\ud800` }))
  };
  const docx = renderDocx(hostile);

  it('mammoth reads the title, the sources row, every highlight and the article note', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await docx) });
    expect(text).toContain('Daraa <b>talks</b>');
    for (const cell of ['Reuters', 'Talks fail in {Daraa} 100% & more', 'By Ellen Francis and Suleiman Al-Khalidi', '4 July 2018', 'https://example.com/daraa?a=1&b=2'])
      expect(text).toContain(cell);
    for (const h of report.highlights) for (const line of h.quote.split('\n')) expect(text).toContain(line);
    expect(text).toContain('See [this](javascript:alert(3))');
    expect(text).toContain('Made 6 December 2026 by Ana Reporter.');
  });

  it('gives each note as a Word comment on its highlighted words, with the tags in the comment, by the author', async () => {
    // mammoth turns comments into a list at the end when asked to keep comment references.
    const { value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(await docx) },
      { styleMap: ['comment-reference => sup'] }
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tags: #Key claim #&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('=1+2');
    expect(html).not.toMatch(/<script|<img/);

    const parts = await zipParts(await docx);
    const comments = parts.get('word/comments.xml')!;
    expect(comments.match(/<w:comment /g)).toHaveLength(3);
    expect(comments).toContain('w:author="Ana Reporter"');
    const document = parts.get('word/document.xml')!;
    // The comment's range holds exactly the highlighted words, shaded in the highlight's colour.
    expect(document).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:r><w:rPr><w:shd w:fill="FFF3A3" w:color="auto" w:val="clear"\/><\/w:rPr><w:t xml:space="preserve">talks had collapsed<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/
    );
    // A highlight over a line break keeps it as a break inside the shaded words.
    expect(document).toMatch(/had collapsed\.<\/w:t><\/w:r><w:r><w:rPr><w:shd w:fill="FFC9C9"[^>]*\/><\/w:rPr><w:br\/><w:t xml:space="preserve">Russian jets/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:pageBreakBefore/>');
    expect(document.includes('\u0000') || document.includes('\ud800')).toBe(false);
  });
});

describe('Word tables: columns as wide as what they hold, across the page (fixui #2)', () => {
  // Three sources with no byline and long titles, as most imported pages are; B has a web address.
  const sources = [
    'Russia strikes Daraa after failure of ceasefire talks with Syria rebels',
    'Regime pounds south Syria after rebels say talks with Russia fail',
    'Syrian rebels and Russia ceasefire deal breaks down'
  ].map((title, i) => ({
    ...report.sources[0]!,
    articleId: 10 + i,
    title,
    byline: null,
    outlet: ['The New Arab', 'AFP', 'Al Jazeera'][i]!,
    url: i === 1 ? 'https://www.example.com/news/2018/07/04/regime-pounds-south-syria-after-rebels-say-talks-with-russia-fail' : null,
    wireCredits: []
  }));
  const compared: Report = {
    ...report,
    sources,
    highlights: [],
    notes: [],
    options: { ...report.options, fullText: false },
    comparison: {
      articleIds: [10, 11, 12],
      shares: [
        [1, 0.42, 0.07],
        [0.42, 1, 0.3],
        [0.07, 0.3, 1]
      ],
      wireGroups: [],
      alteredQuotes: [],
      disagreeingFigures: []
    }
  };

  it('every table: fixed layout, the grid adds up to the page’s text width, each cell as wide as its grid column', async () => {
    const document = (await zipParts(await renderDocx(compared))).get('word/document.xml')!;
    const width = pageTextWidth(document);
    expect(width).toBeGreaterThan(8000);
    const tables = docxTables(document);
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(table.layout).toBe('fixed');
      expect(table.width).toEqual({ type: 'dxa', w: width });
      expect(table.grid.reduce((a, b) => a + b, 0)).toBe(width);
      for (const row of table.rows) expect(row.widths).toEqual(table.grid);
    }
  });

  it('the sources table: the title widest, the letter and the date narrow, the address kept from taking the title’s room', async () => {
    const document = (await zipParts(await renderDocx(compared))).get('word/document.xml')!;
    const sourcesTable = docxTables(document)[0]!;
    const heads = sourcesTable.rows[0]!.texts;
    const widthOf = (head: string) => sourcesTable.grid[heads.indexOf(head)]!;
    expect(heads).toEqual(['Source', 'Outlet', 'Title', 'Date', 'URL or file']);
    expect(Math.max(...sourcesTable.grid)).toBe(widthOf('Title'));
    for (const narrow of ['Source', 'Date', 'Outlet']) expect(widthOf(narrow) * 2).toBeLessThan(widthOf('Title'));
    expect(widthOf('Source')).toBeLessThan(widthOf('Date'));
    // Every cell's words as written: the table is laid out, not cut.
    expect(sourcesTable.rows.slice(1).map((r) => r.texts[heads.indexOf('Title')])).toEqual(sources.map((s) => s.title));
  });

  it('mammoth still reads every cell', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(compared)) });
    for (const s of sources) expect(value).toContain(s.title);
    expect(value).toContain('42%');
  });
});
