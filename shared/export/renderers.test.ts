import mammoth from 'mammoth';
import Papa from 'papaparse';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { inline } from './markdownEscape';
import { hashTag } from './renderMarkdown';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import { shownStart } from '@shared/text/shownParagraphs';
import { bylineAuthors, markedRuns } from './sourceText';
import { highlight, report } from './testReport';

describe('Markdown', () => {
  const md = renderReport(report, 'md');

  it('marks highlights with ==, labels them with the colour meaning and cites each in a footnote with outlet and paragraph', () => {
    expect(md).toContain('- **Claim**: ==talks had collapsed==[^h1]');
    expect(md).toMatch(
      /^\[\^h1\]: Reuters, “Talks fail in \\\{Daraa\\\} 100% \\& more”, By Ellen Francis and Suleiman Al-Khalidi, 4 July 2018, paragraph 1\. <https:\/\/example\.com\/daraa\?a=1&b=2>$/m
    );
    expect(md).toContain('#Key-claim');
  });

  it('leaves HTML and script links from notes and tags as escaped text', () => {
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('> \\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).toContain('See \\[this\\](javascript');
    // The note's Markdown stays Markdown (its heading is a heading, as in the app), inside the quote.
    expect(md).toContain('> # not a heading');
    expect(hashTag('<img src=x onerror=alert(2)>')).toBe('#img-srcx-onerroralert2');
  });

  it('keeps a highlight across paragraphs in its list item, each paragraph marked, with its tags and note (review 10)', () => {
    const twoParagraphs = highlight({ id: 9, quote: 'had collapsed.\n\nRussian jets', note: 'Across the break', tags: ['pair'] });
    const rendered = renderReport({ ...report, highlights: [twoParagraphs] }, 'md');
    // Read as a Markdown reader does: the item holds both paragraphs, each mark closed, the tag and the note.
    const html = new MarkdownIt().render(rendered.slice(rendered.indexOf('## Highlights'), rendered.indexOf('## Notes')));
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(
      /: ==had collapsed\.==<\/p>\s*<p>==Russian jets==\[\^h1\]\s*#pair<\/p>\s*<blockquote>\s*<p>Across the break<\/p>/
    );
  });

  it('marks overlapping highlights in the full text, each run once, their meanings after the paragraph', () => {
    expect(md).toContain(
      'said ==talks had collapsed.==\n\n*Claim: “talks had collapsed” · Contradiction: “had collapsed.”*\n\n==Russian jets== struck'
    );
    expect(md).toContain('==\\=HYPERLINK("http://x")==\n\n*Figure: “\\=HYPERLINK("http://x")”*');
  });
});

describe('HTML', () => {
  const html = renderReport(report, 'html');
  it('has no script, a CSP forbidding scripts, print-safe colours and every meaning in words', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).toContain('print-color-adjust: exact');
    expect(html).toContain('<span class="label c4">Contradiction</span>');
    expect(html).not.toContain('href="javascript');
  });

  it('keeps the paragraph break of a highlight across paragraphs (review 10)', () => {
    // A line feed in HTML is a space: the two paragraphs read as one sentence without the break.
    expect(html).toContain('<mark class="c4">had collapsed.<br>Russian jets</mark>');
  });
});

describe('the colour legend (review #9)', () => {
  it('names only the colours the report uses, and is left out when nothing is coloured', () => {
    const html = renderReport(report, 'html');
    const legend = /<h2>Colours<\/h2><p>(.*?)<\/p>/.exec(html)?.[1] ?? '';
    // The test report's highlights are Claim, Contradiction and Figure; nothing is Quote.
    expect(legend).toContain('Claim');
    expect(legend).toContain('Contradiction');
    expect(legend).not.toContain('Quote');

    const onlyANote = { ...report, highlights: [], notes: report.notes.filter((n) => n.colourLabel === null) };
    expect(onlyANote.notes.length).toBeGreaterThan(0);
    expect(renderReport(onlyANote, 'html')).not.toContain('<h2>Colours</h2>');
  });
});

describe('a highlight whose words changed when its article was imported again (review 10)', () => {
  it('quotes today’s words and says the words it was made on, in Markdown, HTML and CSV', async () => {
    const changed = {
      ...report,
      highlights: [highlight({ id: 5, quote: 'talks had collapsed', state: 'changed', madeOn: 'talks had failed' })]
    };
    // The reader popover's two lines, set apart from the citation (review 15, #6; changedWording.test.ts).
    expect(renderReport(changed, 'md')).toContain(
      '==talks had collapsed==[^h1]\n\n  **Wording changed since the highlight was made.** Made on: “talks had failed” / Now reads: “talks had collapsed”'
    );
    expect(renderReport(changed, 'html')).toContain('Made on: “talks had failed”<br>Now reads: “talks had collapsed”</div>');
    const rows = Papa.parse<Record<string, string>>(renderReport(changed, 'csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({ quote: 'talks had collapsed', state: 'changed', made_on: 'talks had failed' });
    // A highlight still on the words it was made on says nothing of the kind.
    expect(renderReport(report, 'md')).not.toMatch(/made on/i);
  });
});

describe('a highlight whose words are gone from its article (review 14, #11)', () => {
  it('says "no longer in the text" once, in Markdown, HTML (and so the PDF) and Word', async () => {
    const orphaned = {
      ...report,
      highlights: [highlight({ id: 6, quote: 'talks had stalled', state: 'orphan', paragraph: null })]
    };
    const once = (text: string): void => {
      expect(text.match(/no longer/g) ?? []).toHaveLength(1);
      expect(text).toContain('no longer in the text');
    };
    once(renderReport(orphaned, 'md'));
    once(renderReport(orphaned, 'html'));
    const docx = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(orphaned)) });
    once(docx.value);
  });
});

describe('W3C JSON', () => {
  it('is an AnnotationCollection with quote and position selectors, note and tags as bodies, the URL as source', () => {
    const json = JSON.parse(renderReport(report, 'json'));
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(4);
    const first = json.first.items[0];
    expect(first.target.source).toBe('https://example.com/daraa?a=1&b=2');
    expect(first.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'talks had collapsed', prefix: 'said ', suffix: '.' },
      { type: 'TextPositionSelector', start: 21, end: 40 }
    ]);
    expect(first.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: '<script>alert(1)</script>',
      format: 'text/markdown'
    });
    expect(first.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Key claim' });
    // The colour's number rides in the classifying body's id, for annotations:import.
    expect(json.first.items[1].body).toContainEqual({
      type: 'TextualBody',
      purpose: 'classifying',
      value: 'Contradiction',
      id: 'urn:crosscheck:colour:4'
    });
  });
});

describe('CSV', () => {
  it('reads back one row per highlight, with formula cells neutralised by a leading quote', () => {
    const parsed = Papa.parse<Record<string, string>>(renderReport(report, 'csv'), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.filter((r) => r.kind === 'highlight')).toHaveLength(3);
    expect(parsed.data[0]).toMatchObject({
      article: 'Talks fail in {Daraa} 100% & more',
      outlet: 'Reuters',
      date: '2018-07-04',
      colour: 'Claim',
      note: '<script>alert(1)</script>',
      paragraph: '1',
      start: '21',
      end: '40'
    });
    expect(parsed.data[1]!.note).toBe("'=1+2");
    expect(parsed.data[2]).toMatchObject({ quote: `'=HYPERLINK("http://x")`, note: "'@SUM(A1)", tags: "'-x" });
  });

  it('has a row for a note on an article, not only for highlights', () => {
    const parsed = Papa.parse<Record<string, string>>(renderReport(report, 'csv'), { header: true, skipEmptyLines: true });
    expect(parsed.data.filter((r) => r.kind !== 'highlight')).toEqual([
      {
        article: 'Talks fail',
        outlet: 'Reuters',
        date: '2018-07-04',
        colour: '',
        tags: '',
        quote: '',
        note: 'See [this](javascript:alert(3))\n# not a heading',
        paragraph: '',
        start: '',
        end: '',
        state: '',
        kind: 'article-note',
        made_on: '',
        date_from_file: ''
      }
    ]);
  });
});

describe('citations', () => {
  it('RIS follows Zotero’s newspaper mapping', () => {
    const ris = renderReport(report, 'ris');
    expect(ris.split('\r\n')).toEqual([
      'TY  - NEWS',
      'TI  - Talks fail in {Daraa} 100% & more',
      'AU  - Francis, Ellen',
      'AU  - Al-Khalidi, Suleiman',
      'T2  - Reuters',
      'DA  - 2018/07/04/',
      'PY  - 2018',
      'UR  - https://example.com/daraa?a=1&b=2',
      'N1  - Wire credit: Reuters',
      'ID  - reuters2018rebels',
      'ER  - ',
      ''
    ]);
  });

  it('BibTeX escapes braces and LaTeX specials', () => {
    const bib = renderReport(report, 'bib');
    expect(bib).toContain('title = {{Talks fail in \\{Daraa\\} 100\\% \\& more}}');
    expect(bib).toContain('author = {Francis, Ellen and Al-Khalidi, Suleiman}');
    expect(bib).toContain('date = {2018-07-04}');
  });

  it('CSL-JSON is article-newspaper with container title and issued date parts', () => {
    expect(JSON.parse(renderReport(report, 'csl'))[0]).toMatchObject({
      id: 'reuters2018rebels',
      type: 'article-newspaper',
      'container-title': 'Reuters',
      issued: { 'date-parts': [[2018, 7, 4]] },
      author: [
        { family: 'Francis', given: 'Ellen' },
        { family: 'Al-Khalidi', given: 'Suleiman' }
      ]
    });
  });
});

describe('pieces', () => {
  it('bylineAuthors reads "By A and B", a lone agency as one name, nothing from null', () => {
    expect(bylineAuthors('By Ellen Francis, Tom Perry')).toEqual([
      { family: 'Francis', given: 'Ellen' },
      { family: 'Perry', given: 'Tom' }
    ]);
    expect(bylineAuthors('AFP')).toEqual([{ family: 'AFP', given: '' }]);
    expect(bylineAuthors(null)).toEqual([]);
  });
  it('markedRuns cuts at every edge and leaves orphans out', () => {
    const runs = markedRuns('abcdef', [
      highlight({ id: 1, start: 1, end: 4 }),
      highlight({ id: 2, start: 2, end: 6 }),
      highlight({ id: 3, start: 0, end: 6, state: 'orphan' })
    ]);
    expect(runs.map((r) => [r.text, r.over.map((h) => h.id)])).toEqual([
      ['a', []],
      ['b', [1]],
      ['cd', [1, 2]],
      ['ef', [2]]
    ]);
  });
  it('markedRuns prints the body from the source\'s shownFrom, without moving any highlight', () => {
    const body = 'Talks fail in Daraa\n\nRebels said talks had failed.';
    const after = highlight({ id: 1, start: body.indexOf('had'), end: body.indexOf('iled') });
    const from = shownStart('Talks fail in Daraa', body, [after]);
    expect(from).toBe(body.indexOf('Rebels'));
    const runs = markedRuns(body, [after], from);
    expect(runs.map((r) => [r.text, r.over.map((h) => h.id)])).toEqual([
      ['Rebels said talks ', []],
      ['had fa', [1]],
      ['iled.', []]
    ]);
    // A highlight on the repeated title keeps it: what was highlighted is shown.
    expect(shownStart('Talks fail in Daraa', body, [after, { start: 6, end: 10 }])).toBe(0);
    expect(shownStart('Rebels in Daraa', body, [after])).toBe(0);
    expect(markedRuns(body, [after]).map((r) => r.text).join('')).toBe(body);
  });
  it('inline escapes markup but keeps ordinary punctuation', () => {
    expect(inline('U.S.-backed (rebels): "no"')).toBe('U.S.-backed (rebels): "no"');
    expect(inline('1. - x')).toBe('1\\. - x');
  });
});
