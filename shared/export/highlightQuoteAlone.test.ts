import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderReport } from './renderReport';
import type { Report } from './reportModel';
import { report } from './testReport';

/**
 * The Highlights list's meaning chip ("Claim") sat inside the HTML report's marked quote, so a
 * reader who copied the quote got "Claimtalks had collapsed". The chip now stands before the mark,
 * which holds exactly the highlighted words; Markdown (and Word: renderDocx.test's comment range)
 * already kept the meaning outside the words.
 */

const noFullText: Report = { ...report, options: { ...report.options, fullText: false } };

/** A quote as the report prints it: trimmed, a line break with the spaces around it one break. */
const printed = (quote: string) => quote.trim().replace(/\s*\n\s*/g, '\n');

describe('a highlight’s quote holds only its words (the meaning stands outside it)', () => {
  it('HTML (and so the PDF): each item’s mark reads exactly the highlighted words; the meaning is a chip before it', () => {
    const doc = new JSDOM(renderReport(noFullText, 'html')).window.document;
    const items = [...doc.querySelectorAll('h2 ~ ul > li')];
    expect(items).toHaveLength(report.highlights.length);
    items.forEach((item, i) => {
      const h = report.highlights[i]!;
      const mark = item.querySelector('mark')!;
      // A <br> is the quote's line break; textContent would read it as nothing.
      for (const br of mark.querySelectorAll('br')) br.replaceWith('\n');
      expect(mark.textContent).toBe(printed(h.quote));
      const chip = item.querySelector('.label')!;
      expect(chip.textContent).toBe(h.colourLabel);
      expect(mark.contains(chip)).toBe(false);
      // Before the quote, in its colour, with a space between them for whoever copies the line.
      expect(chip.compareDocumentPosition(mark) & doc.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(chip.classList.contains(`c${h.colour}`)).toBe(true);
      expect(item.textContent!.startsWith(`${h.colourLabel} ${mark.textContent}`)).toBe(true);
    });
  });

  it('Markdown: the meaning in bold before the ==marked== words, never inside them', () => {
    const md = renderReport(noFullText, 'md');
    const list = md.slice(md.indexOf('## Highlights'));
    for (const h of report.highlights) {
      // The words themselves are escaped for Markdown (a leading = is \=): what matters is the order.
      expect(list).toContain(`- **${h.colourLabel}**: ==`);
      expect([...list.matchAll(/==([^=]+)==/g)].some((m) => m[1]!.includes(h.colourLabel))).toBe(false);
    }
  });
});
