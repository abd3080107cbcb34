import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../e2e/support/chromium';
import { findChromium } from '../../../e2e/support/findChromium.mjs';
import mammoth from 'mammoth';
import { docxTables, pageTextWidth, zipParts } from '../../library/testing/docxParts';
import { BIN, type Workspace, cliEnv, crosscheck, lines, makeWorkspace } from './crosscheck';

/**
 * `crosscheck export` through the built binary, on the five seeds with highlights in every colour,
 * overlapping ones and hostile notes, checked with the real tools that read each format: pandoc
 * (Markdown, HTML, CSL-JSON, BibTeX), papaparse (CSV) and Chromium (the HTML runs nothing).
 */

const PANDOC = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const HAS_PANDOC = PANDOC.status === 0;
if (!HAS_PANDOC) console.warn('export.test: pandoc is not installed, so the pandoc checks are skipped (apt-get install pandoc).');
const PANDOC_READS_RIS =
  HAS_PANDOC && spawnSync('pandoc', ['--list-input-formats'], { encoding: 'utf8' }).stdout.split('\n').includes('ris');

/** Payloads like those of ../shared/corpora/hostile-html-xss (OWASP's cheat sheet, payloadbox). */
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned = 4</script>"></iframe>',
  '<a href="javascript:window.__pwned = 5">click</a> [md](javascript:window.__pwned=6)',
  '</style><body onload="window.__pwned = 7">'
];

/** An article note on a seed, in Markdown. */
const MARKDOWN_NOTE =
  'The **sticking point** is *the ceasefire*: compare `Daraa` with [AFP](https://example.org/afp).\n\n- Reuters\n- TASS';

/** The five seeds' titles (story 1), read from the library in beforeAll. */
const STORY_TITLES: string[] = [];

/** The text of an HTML fragment (mammoth's output), entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each page's text and the link addresses of a PDF, read by pdf.js. */
async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; links: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  const links: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    for (const a of await page.getAnnotations()) if (typeof a.url === 'string') links.push(a.url);
  }
  await doc.destroy();
  return { pages, links };
}

let ws: Workspace;
const notes: string[] = [];

async function ok(...args: string[]): Promise<string> {
  const r = await ws.run(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

beforeAll(async () => {
  ws = makeWorkspace();
  const seeds = path.resolve(import.meta.dirname, '../../../seeds');
  await ok('import', seeds, '--json');
  // A hostile article: its title and text are payloads. Kept out of the seeds' story: it names
  // rebels in Daraa, and a library this small groups by a lower threshold (shared/stories/storiesThreshold).
  ws.write('hostile.txt', `${PAYLOADS[0]} Hostile title\n\nRebels said ${PAYLOADS[1]} and ${PAYLOADS[2]} in Daraa.\n`);
  await ok('import', path.join(ws.dir, 'hostile.txt'), '--no-group', '--json');
  // An article with a web address (the seeds have none), for the PDF's links.
  ws.write(
    'festival.md',
    '---\ntitle: Harvest festival opens in Lyon\noutlet: Le Progrès\nurl: https://example.com/lyon-festival?a=1&b=2\n---\n\nThe harvest festival opened in Lyon on Saturday with music and markets.\n'
  );
  await ok('import', path.join(ws.dir, 'festival.md'), '--no-group', '--json');
  const body1: string = JSON.parse(await ok('show', '1', '--json')).body;
  for (const id of [1, 2, 3, 4, 5]) STORY_TITLES.push(JSON.parse(await ok('show', String(id), '--json')).title);
  // Every colour, on overlapping words of article 1, each with a hostile note and tag.
  const words = body1.match(/\b[A-Za-z]{6,}\b/g)!;
  const quotes = [
    'Russian airstrikes are targeting',
    'airstrikes are targeting southwest',
    words[3]!,
    words[8]!,
    words[12]!,
    words[20]!
  ];
  for (const [i, quote] of quotes.entries()) {
    const note = `Note ${i + 1}: ${PAYLOADS[i]}`;
    notes.push(note);
    await ok(
      'annotate',
      'add',
      '1',
      '--quote',
      quote,
      '--note',
      note,
      '--tag',
      `tag${i + 1}`,
      '--tag',
      '<b>bold tag</b>',
      '--colour',
      String(i + 1),
      '--json'
    );
  }
  const note = `Note 7 on article 6: ${PAYLOADS[3]}`;
  notes.push(note);
  await ok('annotate', 'add', '6', '--quote', 'Rebels said', '--note', note, '--colour', '4', '--json');
  notes.push('Note 8 article note =HYPERLINK("http://evil")');
  await ok('annotate', 'add', '2', '--note', notes.at(-1)!, '--json');
  // A note written in Markdown, as users write them (not in `notes`: its words read differently per format).
  await ok('annotate', 'add', '3', '--note', MARKDOWN_NOTE, '--json');
}, 120_000);
afterAll(() => ws.remove());

async function exported(format: string, ...scope: string[]): Promise<string> {
  const out = path.join(ws.dir, `report-${format}-${scope.join('-').replace(/\W+/g, '_')}.${format}`);
  const r = await ws.run('export', '--format', format, '--out', out, '--full-text', ...scope);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Wrote .+ \(\w+, [\d,]+ bytes\)\.\n$/);
  return out;
}

function pandoc(args: string[], file: string): string {
  return execFileSync('pandoc', [...args, file], { encoding: 'utf8' });
}

/** The words of a note as pandoc's plain text prints them (it may wrap lines). */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('crosscheck export', () => {
  it.skipIf(!HAS_PANDOC)('Markdown and HTML: pandoc reads them and every note is in its output, as text', async () => {
    for (const format of ['md', 'html']) {
      const file = await exported(format);
      const plain = flat(pandoc(['-f', format === 'md' ? 'markdown-smart' : 'html', '-t', 'plain', '--wrap=none'], file));
      for (const note of notes) expect(plain).toContain(flat(note));
      // Converted on to HTML, the notes' markup is still text.
      const html = pandoc(['-f', format === 'md' ? 'markdown-smart' : 'html', '-t', 'html'], file);
      expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
      expect(html).not.toMatch(/<a\s[^>]*href="javascript/i);
    }
  });

  it('HTML opened in Chromium with scripts enabled runs nothing, and says each colour in words', async () => {
    const found = findChromium();
    expect(found.problem ?? '').toBe('');
    const file = await exported('html', '--story', '1');
    const browser = await chromium.launch({ executablePath: found.path!, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ javaScriptEnabled: true });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`file://${file}`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
      expect(dialogs).toEqual([]);
      expect(await page.locator('script, iframe, svg, img').count()).toBe(0);
      const text = await page.locator('body').innerText();
      // Story 1 is the five seeds: the notes on them (not the hostile article's).
      for (const note of [...notes.slice(0, 6), notes[7]!]) expect(flat(text)).toContain(flat(note));
      for (const meaning of ['Claim', 'Quote', 'Figure', 'Contradiction', 'Follow up', 'Context'])
        expect(text).toContain(meaning);
      expect(
        await page
          .locator('mark.c1')
          .first()
          .evaluate((m) => getComputedStyle(m).printColorAdjust)
      ).toBe('exact');
    } finally {
      await browser.close();
    }
  });

  it('full texts print the title once, as the heading, not again as the first paragraph, and the highlights stay on their words', async () => {
    const md = fs.readFileSync(await exported('md', '--articles', '1'), 'utf8');
    // The full texts, without the footnotes after them (which cite the title).
    const full = md.slice(md.indexOf('## Full texts'), md.indexOf('\n[^', md.indexOf('## Full texts')));
    const paragraphs = full.split(/\n\n+/).map((p) => p.trim());
    // The heading, then the text: its first paragraph is not the title again (every seed opens with it).
    expect(paragraphs[1]).toBe(`### ${STORY_TITLES[0]}`);
    expect(paragraphs[2]).not.toBe(STORY_TITLES[0]);
    expect(full.split(STORY_TITLES[0]!)).toHaveLength(2);
    // Touching highlights are one mark; their meanings follow the paragraph (review 14, #9).
    expect(full).toContain('==Russian airstrikes are targeting southwest==');
    expect(full).toContain(
      'southwest== Syria after ceasefire talks failed with the rebels, Reuters is reporting.\n\n*Claim: “Russian airstrikes are targeting” · Quote: “airstrikes are targeting southwest”*\n\n'
    );
  });

  it.skipIf(!HAS_PANDOC)(
    'full texts: the highlighted paragraph extracts verbatim from every format, with no colour meaning inside it (review 14, #9)',
    async () => {
      const body: string = JSON.parse(await ok('show', '1', '--json')).body;
      const paragraph = flat(body.split('\n').find((p) => p.includes('Russian airstrikes are targeting'))!).trim();
      const report = async (format: string) => {
        const out = path.join(ws.dir, `verbatim.${format}`);
        await ok('export', '--format', format, '--out', out, '--full-text', '--articles', '1');
        return out;
      };
      const texts: Record<string, string> = {
        md: pandoc(['-f', 'markdown-smart', '-t', 'plain', '--wrap=none'], await report('md')).replace(/==/g, ''),
        html: pandoc(['-f', 'html', '-t', 'plain', '--wrap=none'], await report('html')),
        docx: pandoc(['-f', 'docx', '-t', 'plain', '--wrap=none'], await report('docx')),
        pdf: (await pdfText(fs.readFileSync(await report('pdf')))).pages.join('\n')
      };
      for (const [format, text] of Object.entries(texts)) {
        expect(flat(text), format).toContain(paragraph);
        expect(flat(text), format).not.toMatch(/targeting\W{0,3}(Claim|Quote)/);
      }
    }
  );

  it('a note’s Markdown is rendered in the HTML report and kept as Markdown in the Markdown report', async () => {
    const html = fs.readFileSync(await exported('html', '--articles', '3'), 'utf8');
    expect(html).toContain(
      'The <strong>sticking point</strong> is <em>the ceasefire</em>: compare <code>Daraa</code> with <a href="https://example.org/afp">AFP</a>'
    );
    expect(html).toContain('<ul><li>Reuters</li><li>TASS</li></ul>');
    expect(html).not.toContain('**');
    const md = fs.readFileSync(await exported('md', '--articles', '3'), 'utf8');
    expect(md).toContain(
      '> The **sticking point** is *the ceasefire*: compare `Daraa` with [AFP](<https://example.org/afp>).\n>\n> - Reuters\n> - TASS\n'
    );
  });

  it('JSON is a W3C AnnotationCollection with quote and position selectors on the article', async () => {
    const json = JSON.parse(fs.readFileSync(await exported('json', '--articles', '1', '6'), 'utf8'));
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.first.items).toHaveLength(7);
    const body1: string = JSON.parse(await ok('show', '1', '--json')).body;
    for (const item of json.first.items) {
      expect(item.type).toBe('Annotation');
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(item.target.source).toMatch(/^urn:crosscheck:text:/);
      if (item.body.some((b: { value: string }) => b.value.startsWith('Note 1:')))
        expect(body1.slice(position.start, position.end)).toBe(quote.exact);
    }
    expect(json.first.items[0].body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: '<b>bold tag</b>' });
  });

  it('CSV: papaparse reads one row per highlight and per article note back, formula cells neutralised', async () => {
    const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(await exported('csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true
    });
    expect(parsed.errors).toEqual([]);
    const highlights = parsed.data.filter((r) => r.kind === 'highlight');
    expect(highlights.map((r) => r.note).sort()).toEqual(notes.slice(0, 7).sort());
    expect(
      parsed.data
        .filter((r) => r.kind === 'article-note')
        .map((r) => r.note)
        .sort()
    ).toEqual([notes[7], MARKDOWN_NOTE].sort());
    expect(new Set(highlights.map((r) => r.colour))).toEqual(
      new Set(['Claim', 'Quote', 'Figure', 'Contradiction', 'Follow up', 'Context'])
    );
    expect(parsed.data.every((r) => !/^[=+\-@\t\r]/.test(Object.values(r).join('')))).toBe(true);
  });

  it.skipIf(!HAS_PANDOC)('CSL-JSON and BibTeX: pandoc’s citeproc reads each source’s outlet, title and full date', async () => {
    for (const [format, reader] of [
      ['csl', 'csljson'],
      ['bib', 'bibtex'],
      ...(PANDOC_READS_RIS ? [['ris', 'ris']] : [])
    ] as const) {
      const items = JSON.parse(pandoc(['-f', reader, '-t', 'csljson'], await exported(format, '--story', '1')));
      const arab = items.find(
        (i: { title: string }) => i.title === 'Russia strikes Daraa after failure of ceasefire talks with Syria rebels'
      );
      expect(arab, format).toMatchObject({ 'container-title': 'The New Arab', issued: { 'date-parts': [[2018, 7, 4]] } });
      expect(items, format).toHaveLength(5);
    }
  });

  it('RIS: one NEWS record per source, with publication and full date', async () => {
    const ris = fs.readFileSync(await exported('ris', '--story', '1'), 'utf8');
    const records = ris.split(/^ER {2}- *\r?$/m).filter((r) => r.trim() !== '');
    expect(records).toHaveLength(5);
    for (const r of records) expect(r.trim().split(/\r?\n/)[0]).toBe('TY  - NEWS');
    expect(ris).toMatch(
      /^TI {2}- Russia strikes Daraa after failure of ceasefire talks with Syria rebels\r\nT2 {2}- The New Arab\r\nDA {2}- 2018\/07\/04\/\r$/m
    );
  });

  it('refuses to replace a file without --force, replaces it with, and leaves no partial or temporary file on failure', async () => {
    const out = ws.write('taken.md', 'mine');
    const refused = await ws.run('export', '--format', 'md', '--out', out);
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      `crosscheck export: ${out} already exists. Add --force to replace it, or choose another file name.`
    ]);
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
    expect((await ws.run('export', '--format', 'md', '--out', out, '--force')).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^---\ntitle: "All highlights and notes"/);

    const missing = await ws.run('export', '--format', 'md', '--out', path.join(ws.dir, 'report-missing.md'), '--articles', '99');
    expect(missing.code).toBe(4);
    expect(lines(missing.stderr)).toEqual([
      'crosscheck export: Article 99 is not in the library. Check the ids with `crosscheck list`.'
    ]);
    expect(fs.existsSync(path.join(ws.dir, 'report-missing.md'))).toBe(false);
    const unwritable = await ws.run('export', '--format', 'md', '--out', path.join(ws.dir, 'no-such-folder', 'r.md'));
    expect(unwritable.code).toBe(4);
    expect(unwritable.stderr).toMatch(/does not exist\. Create it first, or choose another place to save to\.\n$/);
    expect(fs.readdirSync(ws.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a story’s report has its comparison unless --no-comparison; --group tag and colour head the groups', async () => {
    const withComparison = fs.readFileSync(await exported('md', '--story', '1'), 'utf8');
    expect(withComparison).toContain('## Comparison');
    // Named by the comparison view's letters (A–E for the story's five articles), not library ids (review 13).
    expect(withComparison).toContain('| | A | B | C | D | E |');
    expect(withComparison).toMatch(/^\| A \| 100% \|/m);
    expect(withComparison).toMatch(
      /^\| A \| The New Arab \| Russia strikes Daraa after failure of ceasefire talks with Syria rebels \|/m
    );
    expect(fs.readFileSync(await exported('md', '--story', '1', '--no-comparison'), 'utf8')).not.toContain('## Comparison');
    const byTag = fs.readFileSync(await exported('md', '--group', 'tag'), 'utf8');
    expect(byTag).toMatch(/^### tag1\n\n- \*\*Claim\*\*: ==Russian airstrikes are targeting==/m);
    expect(byTag).toMatch(/^### \\<b\\>bold tag\\<\/b\\>$/m);
    const byColour = fs.readFileSync(await exported('md', '--group', 'colour'), 'utf8');
    expect(byColour.match(/^### .+$/gm)!.slice(0, 6)).toEqual([
      '### Claim',
      '### Quote',
      '### Figure',
      '### Contradiction',
      '### Follow up',
      '### Context'
    ]);
  });

  it('DOCX: mammoth reads every sources row and highlight, and each note as a Word comment with its tags, by --author', async () => {
    const out = path.join(ws.dir, 'report.docx');
    await ok('export', '--format', 'docx', '--out', out, '--story', '1', '--author', 'Ana <Reporter>');
    const buffer = fs.readFileSync(out);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const title of STORY_TITLES) expect(text).toContain(title);
    expect(text).toContain('Made ');
    expect(text).toContain(' by Ana <Reporter>.');
    // Comments come out of mammoth as a list after the text, each with the author's initials.
    const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: ['comment-reference => sup'] });
    const comments = html.slice(html.lastIndexOf('<dl>'));
    for (const note of notes.slice(0, 6)) expect(flat(htmlText(comments))).toContain(flat(note));
    expect(htmlText(comments)).toContain('Tags: #<b>bold tag</b> #tag1');
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
  });

  it.skipIf(!HAS_PANDOC)(
    'DOCX tables: each column as wide as it needs, the title widest, across the page; pandoc reads every cell (fixui #2)',
    async () => {
      // The seeds' story with its highlights and notes, and its comparison (the overlap table).
      const out = path.join(ws.dir, 'tables.docx');
      await ok('export', '--format', 'docx', '--out', out, '--story', '1');
      const document = (await zipParts(fs.readFileSync(out))).get('word/document.xml')!;
      const width = pageTextWidth(document);
      const tables = docxTables(document);
      expect(tables.length).toBeGreaterThanOrEqual(2);
      for (const table of tables) {
        expect(table.layout).toBe('fixed');
        expect(table.grid.reduce((a, b) => a + b, 0)).toBe(width);
        for (const row of table.rows) expect(row.widths).toEqual(table.grid);
      }
      const sources = tables[0]!;
      const heads = sources.rows[0]!.texts;
      const widthOf = (head: string) => sources.grid[heads.indexOf(head)]!;
      expect(Math.max(...sources.grid)).toBe(widthOf('Title'));
      expect(widthOf('Source') * 3).toBeLessThan(widthOf('Title'));
      expect(widthOf('Date') * 2).toBeLessThan(widthOf('Title'));
      expect(new Set(sources.grid).size).toBeGreaterThan(2);
      // pandoc reads the same table: every title and date in its own cell, in order.
      const html = pandoc(['-f', 'docx', '-t', 'html'], out);
      const firstTable = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
      const rows = [...firstTable.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
        [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => flat(htmlText(c[1]!)).trim())
      );
      expect(rows[0]).toEqual(heads);
      expect(rows.slice(1).map((r) => r[heads.indexOf('Title')])).toEqual(
        sources.rows.slice(1).map((r) => r.texts[heads.indexOf('Title')])
      );
      for (const title of STORY_TITLES) expect(rows.slice(1).map((r) => r[heads.indexOf('Title')])).toContain(title);
    }
  );

  it('PDF: pdf.js reads every note, sources row and page number of the report Chromium printed, links kept', async () => {
    const out = path.join(ws.dir, 'report.pdf');
    await ok('export', '--format', 'pdf', '--out', out, '--story', '1', '--full-text');
    const { pages, links } = await pdfText(fs.readFileSync(out));
    const all = flat(pages.join(' '));
    // The overlap table's five shares of 100% each on one line, not "100" over "%" (review 13).
    expect(pages.join('\n').match(/100%/g)?.length).toBeGreaterThanOrEqual(5);
    expect(pages.join('\n')).not.toMatch(/\d\s*\n\s*%/);
    for (const note of [...notes.slice(0, 6), notes[7]!]) expect(all).toContain(flat(note));
    for (const title of STORY_TITLES) expect(all).toContain(title);
    for (const outlet of ['The New Arab', 'Reuters']) expect(all).toContain(outlet);
    // Page numbers from the report's @page CSS; each full text starts a page of its own.
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => expect(flat(page)).toContain(`Page ${i + 1} of ${pages.length}`));
    // The "Full texts" heading opens the first full text's page (not the foot of the page before).
    const tops = pages.map((page) => flat(page.replace(/Page \d+ of \d+/, '')).trim());
    expect(tops.some((top) => top.startsWith('Full texts'))).toBe(true);
    const starts = tops.map((top) => top.replace(/^Full texts /, ''));
    expect(starts.filter((start) => STORY_TITLES.some((t) => start.startsWith(t))).length).toBeGreaterThanOrEqual(5);
    expect(JSON.parse(await ok('show', '7', '--json')).url).toBe('https://example.com/lyon-festival?a=1&b=2');
    const festival = path.join(ws.dir, 'festival.pdf');
    await ok('export', '--format', 'pdf', '--out', festival, '--articles', '7', '--author', 'Ana <Reporter>');
    const linked = await pdfText(fs.readFileSync(festival));
    // The file's properties name Crosscheck and the report, not the Chromium that printed it
    // (review 12: Creator was "Mozilla/5.0 … HeadlessChrome/156", Producer "Skia/PDF").
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(festival)), useSystemFonts: false }).promise;
    expect((await doc.getMetadata()).info).toMatchObject({
      Title: JSON.parse(await ok('show', '7', '--json')).title,
      Author: 'Ana <Reporter>',
      Creator: 'Crosscheck',
      Producer: 'Crosscheck'
    });
    expect(fs.readFileSync(festival).toString('latin1')).not.toMatch(/HeadlessChrome|Mozilla|Skia/);
    expect(linked.pages.join(' ')).toContain('Le Progrès');
    expect(linked.links).toEqual(['https://example.com/lyon-festival?a=1&b=2']);
    // The notes' links, as in the app: article 2's note holds http://evil, article 3's a Markdown link.
    expect(links.sort()).toEqual(['http://evil/', 'https://example.org/afp']);
  });

  it('each format names the file a source with no URL came from, never its folder, and prints an article note with its article (review 15, #4, #5)', async () => {
    const texts: Record<string, string> = {};
    for (const format of ['md', 'html', 'pdf', 'docx']) {
      const out = path.join(ws.dir, `traced.${format}`);
      await ok('export', '--format', format, '--out', out, '--articles', '6', '2', '--force');
      const bytes = fs.readFileSync(out);
      texts[format] = flat(
        format === 'pdf'
          ? (await pdfText(bytes)).pages.join(' ')
          : format === 'docx'
            ? (await mammoth.extractRawText({ buffer: bytes })).value
            : format === 'html'
              ? htmlText(bytes.toString('utf8'))
              : pandoc(['-f', 'markdown-smart', '-t', 'plain', '--wrap=none'], out)
      );
    }
    const hostile = JSON.parse(await ok('show', '6', '--json'));
    const second = JSON.parse(await ok('show', '2', '--json'));
    for (const [format, text] of Object.entries(texts)) {
      // hostile.txt has no URL: the sources table and its citation say which file, by name only.
      expect(text.match(/file hostile\.txt, imported \d{1,2} \w+ \d{4}/g)?.length ?? 0, format).toBeGreaterThanOrEqual(2);
      expect(text, format).not.toContain(ws.dir);
      // Article 2's note is under article 2's heading, not in a Notes section after every article.
      const at = text.lastIndexOf(flat(second.title), text.indexOf('Note 8 article note'));
      expect(at, format).toBeGreaterThan(text.indexOf(flat(hostile.title).slice(0, 20)));
      expect(text.slice(at, text.indexOf('Note 8 article note')), format).toContain('Article note');
    }
  });

  it('PDF without Chromium: one sentence saying what to do, and no file', async () => {
    const out = path.join(ws.dir, 'none.pdf');
    const r = await crosscheck(['export', '--format', 'pdf', '--out', out, '--db', ws.db], {
      home: ws.dir,
      env: { PATH: path.join(ws.dir, 'empty-path'), CHROMIUM_PATH: '' }
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(
        /^crosscheck export: PDF export needs Chromium or the desktop app; export HTML and print it from a browser, /
      )
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('Ctrl+C during a PDF export stops Chromium and leaves no file', async () => {
    // A stand-in for Chromium that records its process id and never finishes.
    const fake = ws.write('fake-chromium.sh', '#!/bin/sh\necho $$ > "$FAKE_PID_FILE"\nexec sleep 60\n');
    fs.chmodSync(fake, 0o755);
    const pidFile = path.join(ws.dir, 'fake.pid');
    const out = path.join(ws.dir, 'interrupted.pdf');
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'pdf', '--out', out, '--db', ws.db], {
      env: { ...cliEnv(ws.dir), CHROMIUM_PATH: fake, FAKE_PID_FILE: pidFile },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    while (!fs.existsSync(pidFile) || fs.readFileSync(pidFile, 'utf8').trim() === '') await new Promise((r) => setTimeout(r, 50));
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    child.kill('SIGINT');
    expect(await closed).toBe(1);
    expect(lines(stderr)).toEqual(['crosscheck export: The export was cancelled. Nothing was saved.']);
    expect(fs.existsSync(out)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('usage mistakes get the usage', async () => {
    const both = await ws.run('export', '--format', 'md', '--out', 'x.md', '--story', '1', '--query', 'Daraa');
    expect(lines(both.stderr)).toEqual([
      expect.stringMatching(
        /^crosscheck export: give one of --story, --articles, --query or --compare\. Usage: crosscheck export /
      )
    ]);
  });
});
