import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchArticles } from '../../search/searchArticles';
import { makeTempLibrary } from '../../testing/tempLibrary';
import { makePdf, type PdfLine } from '../fixtures/makePdf';
import { importPaths } from '../importPaths';
import { expectFailure, expectOk, extract } from './testing';

/** Lines of body text at 12 pt with 14 pt leading, starting at `top`. */
const column = (lines: string[], top = 700, x = 72): PdfLine[] => lines.map((text, i) => ({ text, x, y: top - i * 14 }));

describe('.pdf files', () => {
  it('rebuilds lines and paragraphs, repairs hyphenation and keeps real hyphens', async () => {
    const page1 = [
      ...column([
        'The negotiations resumed on Wednesday after a pause of three weeks, and the negoti-',
        'ations are expected to last until Friday according to the envoy from al-',
        'Sham who spoke to reporters.'
      ]),
      ...column(['A second paragraph starts after a larger gap and continues on this line.'], 640)
    ];
    const page2 = column(['Page two has its own paragraph.']);
    const result = expectOk(await extract('report.pdf', makePdf({ pages: [page1, page2] })));
    expect(result.format).toBe('pdf');
    expect(result.articles[0]?.text).toBe(
      'The negotiations resumed on Wednesday after a pause of three weeks, and the negotiations are expected to last until Friday according to the envoy from al-Sham who spoke to reporters.\n\n' +
        'A second paragraph starts after a larger gap and continues on this line.\n\n' +
        'Page two has its own paragraph.'
    );
  });

  it('joins runs of one line with spaces where there is a gap', async () => {
    const page = [
      { text: 'Left', x: 72, y: 700 },
      { text: 'right', x: 120, y: 700 }
    ];
    expect(expectOk(await extract('runs.pdf', makePdf({ pages: [page] }))).articles[0]?.text).toBe('Left right');
  });

  it('reads title, author and creation date from the info dictionary when plausible', async () => {
    const pages = [column(['Body text of the article.'])];
    const good = makePdf({
      pages,
      info: {
        Title: 'Talks resume in Geneva',
        Author: 'Jane Roe',
        CreationDate: "D:20180704093000+02'00'",
        Producer: 'Adobe InDesign'
      }
    });
    expect(expectOk(await extract('a.pdf', good)).articles[0]?.fileMeta).toEqual({
      title: 'Talks resume in Geneva',
      byline: 'Jane Roe',
      publishedAt: '2018-07-04T09:30:00+02:00'
    });
    const printed = makePdf({
      pages,
      info: {
        Title: 'Microsoft Word - draft3.docx',
        Author: 'Administrator',
        CreationDate: 'D:20240101',
        Producer: 'Skia/PDF m120'
      }
    });
    expect(expectOk(await extract('b.pdf', printed)).articles[0]?.fileMeta).toEqual({});
  });

  it('fails an image-only PDF as no-text-layer', async () => {
    const result = expectFailure(await extract('scan.pdf', makePdf({ pages: ['image', 'image'] })));
    expect(result).toEqual({
      ok: false,
      code: 'no-text-layer',
      message:
        'This PDF has no text layer (it is probably a scanned image); run it through text recognition (OCR) and import the result.'
    });
  });

  it('calls a PDF whose pages draw nothing damaged or blank, not a scan; images or shapes without text still get the OCR advice', async () => {
    const text = 'BT /F1 12 Tf 72 700 Td (Some text) Tj ET';
    const source = Buffer.from(makePdf({ pages: [column(['Some text'])] })).toString('latin1');
    expect(source).toContain(text);
    const withContent = (content: string, dict = ''): Uint8Array =>
      new Uint8Array(Buffer.from(source.replace(text, content.padEnd(text.length)).replace(/<<\s+(\/Length \d+) >>/, `<< $1${dict} >>`), 'latin1'));
    const damagedOrBlank =
      'This PDF shows no text and no pictures, so it is damaged or its pages are blank; open it in a PDF reader, and if its pages show text there, save or print it to a new PDF and import that.';
    // The content stream claims a compression its bytes do not have (what a fuzzed file looks
    // like): pdf.js reads an empty page.
    expect(expectFailure(await extract('damaged.pdf', withContent(text, ' /Filter /FlateDecode')))).toMatchObject({
      code: 'corrupt',
      message: damagedOrBlank
    });
    expect(expectFailure(await extract('blank.pdf', withContent('')))).toMatchObject({ code: 'corrupt', message: damagedOrBlank });
    // The procedure-set names every page may list (/ImageB, /ImageC) are no image.
    const procSet = Buffer.from(
      Buffer.from(withContent('')).toString('latin1').replace('/Resources <<', '/Resources << /ProcSet [/PDF /Text /ImageB /ImageC]'),
      'latin1'
    );
    expect(expectFailure(await extract('procset.pdf', new Uint8Array(procSet))).code).toBe('corrupt');
    // Text turned into outlines: a filled path, no text layer, so text recognition is the way.
    const outlines = expectFailure(await extract('outlines.pdf', withContent('72 700 100 50 re f')));
    expect(outlines.code).toBe('no-text-layer');
    // The same drawing compressed, as PDF writers store it.
    const compressed = Buffer.from(
      source
        .replace(/<<\s+\/Length \d+ >>\nstream\n[^]*?\nendstream/, () => {
          const body = deflateSync(Buffer.from('72 700 100 50 re f')).toString('latin1');
          return `<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n${body}\nendstream`;
        }),
      'latin1'
    );
    expect(expectFailure(await extract('outlines-flate.pdf', new Uint8Array(compressed))).code).toBe('no-text-layer');
  });

  it('fails a PDF with a user password as encrypted', async () => {
    const pdf = makePdf({ pages: [column(['Secret text'])], encrypt: { userPassword: 'secret' } });
    const result = expectFailure(await extract('locked.pdf', pdf));
    expect(result.code).toBe('encrypted');
    expect(result.message).toMatch(/password-protected PDF/i);
  });

  it('reads a PDF encrypted without a user password (permissions only)', async () => {
    const pdf = makePdf({ pages: [column(['Readable although encrypted.'])], encrypt: { userPassword: '' } });
    expect(expectOk(await extract('owner-only.pdf', pdf)).articles[0]?.text).toBe('Readable although encrypted.');
  });

  it('fails truncated and non-PDF bytes as corrupt, with the reason from pdf.js as the detail', async () => {
    const pdf = makePdf({ pages: [column(['Some text'])] });
    const truncated = expectFailure(await extract('cut.pdf', pdf.subarray(0, 200)));
    expect(truncated).toEqual({
      ok: false,
      code: 'corrupt',
      message: 'This PDF is damaged and cannot be read; open it in a PDF reader, save or print it to a new PDF and import that.',
      detail: 'Invalid PDF structure.'
    });
    // Cut only in the trailer: pdf.js rebuilds the cross-reference table and the text is still read.
    expect(expectOk(await extract('tail-cut.pdf', pdf.subarray(0, pdf.length - 40))).articles[0]?.text).toBe('Some text');
    const junk = expectFailure(await extract('junk.pdf', new TextEncoder().encode('this is not a pdf at all')));
    expect(junk.code).toBe('corrupt');
    expect(junk.message).toMatch(/^This PDF is damaged and cannot be read; /);
    expect(junk.detail).toBeTruthy();
  });

  it('fails an empty file as empty', async () => {
    expect(expectFailure(await extract('zero.pdf', new Uint8Array(0))).code).toBe('empty');
  });

  it('recognises a PDF saved under a .txt name', async () => {
    const result = expectOk(await extract('misnamed.txt', makePdf({ pages: [column(['Hello from a PDF'])] })));
    expect(result.format).toBe('pdf');
    expect(result.warnings.map((w) => w.code)).toContain('extension-mismatch');
  });
});

describe('right-to-left PDFs', () => {
  // Printed by Chromium from Arabic text (fixtures/SOURCES.md): one run per glyph, drawn left to
  // right in the glyphs' shaped forms, a number and a Latin word inside the second line.
  const ARABIC_PDF = path.join(import.meta.dirname, '..', 'fixtures', 'arabic.pdf');

  it('stores Arabic in reading order and in plain letters, so a search for its words finds it', async () => {
    const lib = makeTempLibrary();
    try {
      const report = await importPaths(lib.db, [ARABIC_PDF], { parallel: true });
      expect(report.problems).toEqual([]);
      const hits = searchArticles(lib.db, 'العربية', 10).hits;
      expect(hits).toHaveLength(1);
      const body = lib.db.prepare('SELECT body FROM articles').pluck().get() as string;
      expect(body).toContain('أنواع الخطوط العربية');
      expect(body).toContain('اتفاق وقف إطلاق النار في سوريا عام 2018 مع Geneva');
      expect(body).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/u);
      expect(searchArticles(lib.db, 'إطلاق', 10).hits).toHaveLength(1);
    } finally {
      lib.dispose();
    }
  });
});
