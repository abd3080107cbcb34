import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import type { Report, ReportNote } from './reportModel';
import { highlight, report } from './testReport';

/**
 * Review 15, #5: an article's own note was printed in a Notes section at the very end, after
 * every other article, cut off from that article's highlights. Grouped by article, it now heads its
 * article's section, before the highlights, in every format; a story note stays in Notes.
 */

const second = { ...report.sources[0]!, articleId: 8, key: 'afp2018other', title: 'Other article', body: null };
const note = (over: Partial<ReportNote>): ReportNote => ({ ...report.notes[0]!, ...over });
const twoArticles: Report = {
  ...report,
  options: { ...report.options, fullText: false },
  sources: [report.sources[0]!, second],
  highlights: [
    highlight({ id: 1, quote: 'FIRST-EVIDENCE', note: '' }),
    highlight({ id: 2, articleId: 8, quote: 'SECOND-EVIDENCE', note: '' })
  ],
  notes: [
    note({ id: 9, articleIds: [7], on: 'Talks fail', note: 'FIRST-VERDICT' }),
    note({ id: 10, articleIds: [8], on: 'Other article', note: 'SECOND-VERDICT' }),
    note({ id: 11, kind: 'story-note', articleIds: [7, 8], on: 'Daraa story', note: 'STORY-VERDICT' })
  ]
};

/** Where each marker first appears in a report's text, in reading order. */
function order(text: string): string[] {
  const markers = ['FIRST-VERDICT', 'FIRST-EVIDENCE', 'SECOND-VERDICT', 'SECOND-EVIDENCE', 'Notes', 'STORY-VERDICT'];
  return markers.filter((m) => text.includes(m)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
}
const EXPECTED = ['FIRST-VERDICT', 'FIRST-EVIDENCE', 'SECOND-VERDICT', 'SECOND-EVIDENCE', 'Notes', 'STORY-VERDICT'];

describe('an article note is printed with its article, before its highlights (review 15, #5)', () => {
  it('Markdown, as a Markdown reader shows it', () => {
    const html = new MarkdownIt().render(renderReport(twoArticles, 'md'));
    const text = new JSDOM(html).window.document.body.textContent ?? '';
    expect(order(text)).toEqual(EXPECTED);
  });

  it('HTML (and so the PDF), as its text reads', () => {
    const text = new JSDOM(renderReport(twoArticles, 'html')).window.document.body.textContent ?? '';
    expect(order(text)).toEqual(EXPECTED);
    expect(text).toContain('Article note');
  });

  it('Word, as mammoth extracts it', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(twoArticles)) });
    expect(order(value)).toEqual(EXPECTED);
  });

  it('an article with a note and no highlight still has its section; grouped by colour, the note stays in Notes', () => {
    const noteOnly = { ...twoArticles, highlights: [twoArticles.highlights[0]!] };
    const text = new JSDOM(renderReport(noteOnly, 'html')).window.document.body.textContent ?? '';
    expect(order(text)).toEqual(['FIRST-VERDICT', 'FIRST-EVIDENCE', 'SECOND-VERDICT', 'Notes', 'STORY-VERDICT']);
    const byColour = renderReport({ ...twoArticles, options: { ...twoArticles.options, group: 'colour' } }, 'md');
    expect(order(byColour)).toEqual(['FIRST-EVIDENCE', 'SECOND-EVIDENCE', 'Notes', 'FIRST-VERDICT', 'SECOND-VERDICT', 'STORY-VERDICT']);
  });
});
