import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import type { Report } from './reportModel';
import { report } from './testReport';

/**
 * Notes in the reports read as the app shows them (issue 11): their Markdown rendered in HTML (and
 * so the PDF), as Word runs in Word, kept as Markdown in Markdown, and as typed in the data formats;
 * HTML and script links in a note are inert text everywhere.
 */
const RICH = [
  'The **sticking point** is *Daraa*: see `art. 4` and [AFP](https://afp.com/x).',
  '',
  '- first point',
  '- second point',
  '',
  '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))'
].join('\n');

const rich: Report = {
  ...report,
  highlights: report.highlights.map((h, i) => (i === 0 ? { ...h, note: RICH } : h)),
  notes: report.notes.map((n) => ({ ...n, note: RICH }))
};

describe('notes in the HTML report (and the PDF printed from it)', () => {
  const html = renderReport(rich, 'html');
  const notes = [...html.matchAll(/<div class="note">([\s\S]*?)<\/div>/g)].map((m) => m[1]!).filter((n) => n.includes('sticking'));

  it('render bold, italic, a code span, a link with its address in words, and a list', () => {
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note).toContain('The <strong>sticking point</strong> is <em>Daraa</em>: see <code>art. 4</code>');
      expect(note).toContain('<a href="https://afp.com/x">AFP</a> <span class="url">(https://afp.com/x)</span>');
      expect(note).toContain('<ul>\n<li>first point</li>\n<li>second point</li>\n</ul>'.replace(/\n/g, ''));
      expect(note).not.toContain('**');
    }
  });

  it('keep HTML and script links from a note as text', () => {
    for (const note of notes) {
      expect(note).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#60;img src=x onerror=alert(2)&#62; [click](javascript:alert(3))');
    }
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
  });
});

describe('notes in the Word report', () => {
  const docx = renderDocx(rich);

  it('become bold, italic and code runs, a link, and a line per list item, in the comment and in the notes', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await docx) }, { styleMap: ['comment-reference => sup'] });
    // mammoth lists comments after the body: the highlight's note is there, the article note in the body.
    const runs = value.match(/The <strong>sticking point<\/strong> is <em>Daraa<\/em>: see art\. 4 and /g) ?? [];
    expect(runs).toHaveLength(2);
    expect(value).toContain('<a href="https://afp.com/x">AFP</a> (https://afp.com/x)');
    expect(value).toContain('AFP (https://afp.com/x)');
    expect(value).toContain('<p>• first point</p><p>• second point</p>');
    expect(value).not.toContain('**');
  });

  it('keep HTML and script links from a note as text', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await docx) }, { styleMap: ['comment-reference => sup'] });
    expect(value).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; [click](javascript:alert(3))');
    expect(value).not.toMatch(/<script|<img|href="javascript/i);
  });
});

describe('notes in the Markdown report', () => {
  const md = renderReport(rich, 'md');

  it('stay Markdown inside their block quote, every line quoted, with HTML escaped', () => {
    expect(md).toContain(
      [
        '> The **sticking point** is *Daraa*: see `art. 4` and [AFP](<https://afp.com/x>).',
        '>',
        '> - first point',
        '> - second point',
        '>',
        '> \\<script\\>alert(1)\\</script\\> \\<img src\\=x onerror\\=alert(2)\\> \\[click\\](javascript:alert(3))'
      ].join('\n')
    );
  });
});

describe('notes in the data formats', () => {
  it('are the note as typed in the W3C JSON and the CSV', () => {
    const json = JSON.parse(renderReport(rich, 'json')) as { first: { items: { body: { purpose?: string; value: string }[] }[] } };
    const bodies = json.first.items.flatMap((item) => item.body);
    expect(bodies.some((b) => b.value === RICH)).toBe(true);
    expect(renderReport(rich, 'csv')).toContain('The **sticking point** is *Daraa*');
  });
});
