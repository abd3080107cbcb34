import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import type { Report } from './reportModel';
import { highlight, report } from './testReport';

/**
 * Review 15, #6: a figure whose wording changed after a re-import said so only in the grey
 * citation line (HTML, PDF) or in italics after the footnote (Markdown). Now every format prints
 * the reader popover's words, *Made on* and *Now reads*, under a heading of their own.
 */

const changed: Report = {
  ...report,
  options: { ...report.options, fullText: false },
  highlights: [
    highlight({
      id: 1,
      quote: 'Rosneft bought the Yugansk unit for $9.5bn',
      madeOn: 'Rosneft bought the Yugansk unit for $9.3bn',
      state: 'changed',
      colour: 3,
      colourLabel: 'Figure',
      note: ''
    }),
    highlight({ id: 2, quote: 'UNCHANGED-QUOTE', note: '' })
  ],
  notes: []
};
const HEADING = 'Wording changed since the highlight was made.';
const MADE = 'Made on: “Rosneft bought the Yugansk unit for $9.3bn”';
const NOW = 'Now reads: “Rosneft bought the Yugansk unit for $9.5bn”';
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a changed highlight says made on / now reads, set apart from the citation (review 15, #6)', () => {
  it('HTML (and so the PDF): its own outlined block, once, not in the citation', () => {
    const doc = new JSDOM(renderReport(changed, 'html')).window.document;
    const blocks = [...doc.querySelectorAll('.changed')];
    expect(blocks).toHaveLength(1);
    expect(flat(blocks[0]!.textContent!)).toBe(`${HEADING}${MADE}${NOW}`);
    expect([...doc.querySelectorAll('.cite')].some((c) => c.textContent!.includes('9.3bn'))).toBe(false);
  });

  it('Markdown, as a Markdown reader shows it: in the highlight’s list item, in bold', () => {
    // From the highlights on: markdown-it reads the YAML front matter's sources as a list too.
    const md = renderReport(changed, 'md');
    const doc = new JSDOM(new MarkdownIt().render(md.slice(md.indexOf('## Highlights')))).window.document;
    const items = [...doc.querySelectorAll('li')].map((li) => flat(li.textContent!));
    expect(items[0]).toContain(`${HEADING} ${MADE} / ${NOW}`);
    expect(items[1]).not.toContain('Made on');
    expect([...doc.querySelectorAll('li strong')].map((s) => s.textContent)).toContain(HEADING);
  });

  it('Word, as mammoth extracts it: a paragraph of its own after the citation', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(changed)) });
    // mammoth gives the paragraph's line breaks as nothing: the three lines run on.
    expect(flat(value)).toContain(`${HEADING}${MADE}${NOW}`);
    expect(value.match(/Made on:/g)).toHaveLength(1);
  });
});
