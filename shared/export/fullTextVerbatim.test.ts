import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import type { Report } from './reportModel';
import { highlight, report } from './testReport';

/**
 * Review 14, #9: the full texts put each highlight's meaning between the article's words
 * (`jumped 67% to [Figure]$1.13bn [Figure, Claim] (£600m)`), so a quotation copied or extracted
 * from the report carried them. Now the words of a paragraph come out as the article has them in
 * every format, and the meanings follow the paragraph.
 */

const SENTENCE = 'Its profits jumped 67% to $1.13bn (£600m) for the three months to December, from $639m a year earlier.';
const BODY = `Time Warner said on Friday that it now owned 8% of search-engine Google.\n${SENTENCE}\nIt hopes to increase subscribers.`;
const at = (words: string) => ({
  start: BODY.indexOf(words),
  end: BODY.indexOf(words) + words.length,
  quote: words,
  prefix: '',
  suffix: ''
});

// Figure on the amount, Claim overlapping it: the three runs of the review's example.
const figures: Report = {
  ...report,
  sources: [{ ...report.sources[0]!, body: BODY, shownFrom: 0 }],
  highlights: [
    highlight({ id: 1, ...at('$1.13bn (£600m)'), paragraph: 2, colour: 3, colourLabel: 'Figure', note: '' }),
    highlight({ id: 2, ...at('(£600m) for the three months'), paragraph: 2, colour: 1, colourLabel: 'Claim', note: '' })
  ],
  notes: []
};
const flat = (text: string) => text.replace(/\s+/g, ' ');
const LABELS = 'Figure: “$1.13bn (£600m)” · Claim: “(£600m) for the three months”';

describe('the full texts keep the article’s words verbatim', () => {
  it('HTML: the paragraph’s text is the sentence, the meanings a line after it', () => {
    const doc = new JSDOM(renderReport(figures, 'html')).window.document;
    const paragraphs = [...doc.querySelectorAll('.fulltext p')].map((p) => p.textContent ?? '');
    expect(paragraphs).toEqual([BODY.split('\n')[0], SENTENCE, LABELS, BODY.split('\n')[2]]);
    expect(doc.querySelector('.fulltext p:nth-child(3)')?.className).toBe('labels');
    // Still coloured and named on the words themselves, as a tooltip.
    expect(
      [...doc.querySelectorAll('.fulltext p:not(.labels) mark')].map((m) => [m.textContent, m.getAttribute('title')])
    ).toEqual([
      ['$1.13bn ', 'Figure'],
      ['(£600m)', 'Figure, Claim'],
      [' for the three months', 'Claim']
    ]);
  });

  it('Markdown: the paragraph as a Markdown reader shows it, marks taken off, is the sentence; the meanings a line after it', () => {
    const md = renderReport(figures, 'md');
    const html = new MarkdownIt().render(md.slice(md.indexOf('## Full texts'), md.indexOf('\n[^', md.indexOf('## Full texts'))));
    const doc = new JSDOM(html).window.document;
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent ?? '');
    const i = paragraphs.findIndex((p) => p.includes('jumped'));
    // `==…==` is the highlight mark of Obsidian, Typora and markdown-it-mark; plain markdown-it shows it.
    expect(paragraphs[i]).toBe(
      'Its profits jumped 67% to ==$1.13bn (£600m) for the three months== to December, from $639m a year earlier.'
    );
    expect(paragraphs[i]!.replace(/==/g, '')).toBe(SENTENCE);
    expect(paragraphs[i + 1]).toBe(LABELS);
  });

  it('Word: the text mammoth extracts holds the sentence unbroken, the meanings after it', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(figures)) });
    const full = flat(value.slice(value.indexOf('Full texts')));
    expect(full).toContain(`${SENTENCE} ${LABELS}`);
  });
});
