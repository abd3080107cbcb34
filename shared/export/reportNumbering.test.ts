import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { renderReport } from './renderReport';
import type { Report, ReportSource } from './reportModel';
import { highlight, report } from './testReport';

/**
 * How a report names what it cites (review 13): footnotes numbered in the report (#17) and the
 * compared sources by the comparison view's letters, keyed in the sources table (#16).
 */

function source(articleId: number, outlet: string | null, title: string): ReportSource {
  return { ...report.sources[0]!, articleId, outlet, title, key: `k${articleId}`, url: null, fileName: null, wireCredits: [], body: null };
}

/** A comparison of library articles 4, 32 and 9, in that (column) order; 12 is a source outside it. */
const compared: Report = {
  ...report,
  options: { ...report.options, fullText: false },
  sources: [
    source(4, 'Reuters', 'Rebels reject deal'),
    source(32, null, 'Rebels agree to hand over Deraa'),
    source(9, 'AFP', 'Talks fail'),
    source(12, 'BBC', 'Elsewhere')
  ],
  highlights: [],
  notes: [],
  comparison: {
    articleIds: [4, 32, 9],
    shares: [
      [1, 0.25, 0.5],
      [0.2, 1, 0],
      [0.5, 0, 1]
    ],
    wireGroups: [{ articleIds: [4, 9], originalId: 9, agency: 'AFP' }],
    alteredQuotes: [
      [
        { text: 'we refuse', articleIds: [4] },
        { text: 'we reject', articleIds: [32, 9] }
      ]
    ],
    disagreeingFigures: [
      {
        label: 'killed',
        figures: [
          { text: '12', articleId: 4 },
          { text: '15', articleId: 32 }
        ]
      }
    ]
  }
};

describe('footnotes (review 13, #17)', () => {
  it('are numbered 1, 2, 3 in the report whatever the library ids, and a highlight under two tags cites one footnote', () => {
    const tagged: Report = {
      ...report,
      options: { ...report.options, group: 'tag', fullText: false },
      highlights: [
        highlight({ id: 4, quote: 'talks', tags: ['a', 'b'] }),
        highlight({ id: 11, quote: 'had collapsed', tags: ['a'] }),
        highlight({ id: 35, quote: 'Russian jets', tags: ['b'] })
      ]
    };
    const md = renderReport(tagged, 'md');
    expect([...md.matchAll(/^\[\^(h\d+)\]:/gm)].map((m) => m[1])).toEqual(['h1', 'h2', 'h3']);
    // Under tag a: talks, had collapsed; under tag b: talks again, then Russian jets.
    expect([...md.matchAll(/==([^=]+)==(\[\^h\d\])/g)].map((m) => `${m[1]}${m[2]}`)).toEqual([
      'talks[^h1]',
      'had collapsed[^h2]',
      'talks[^h1]',
      'Russian jets[^h3]'
    ]);
  });
});

describe('the comparison’s sources (review 13, #16)', () => {
  it('Markdown: letters A, B, C as in the comparison view, keyed in the sources table, never library ids', () => {
    const md = renderReport(compared, 'md');
    // No source has a URL, a file or a wire credit: those columns are left out (review 15, #4).
    expect(md).toContain('| Source | Outlet | Title | Byline | Date |\n');
    expect(md).toMatch(/^\| A \| Reuters \| Rebels reject deal \|/m);
    expect(md).toMatch(/^\| B \| {2}\| Rebels agree to hand over Deraa \|/m);
    expect(md).toMatch(/^\| C \| AFP \| Talks fail \|/m);
    expect(md).toMatch(/^\| {2}\| BBC \| Elsewhere \|/m);
    expect(md).toContain('| | A | B | C |');
    expect(md).toContain('| A | 100% | 25% | 50% |');
    expect(md).toContain('| B | 20% | 100% | 0% |');
    expect(md).toContain('Share of the row article’s words found in the column article; A–C as in the comparison view, named in Sources.');
    expect(md).toContain('- A: Reuters; C: AFP (likely original: C: AFP, AFP)');
    expect(md).toContain('“we refuse” (A: Reuters) / “we reject” (B: Rebels agree to hand over Deraa; C: AFP)');
    expect(md).toContain('- killed: 12 (A: Reuters) vs 15 (B: Rebels agree to hand over Deraa)');
    expect(md).not.toMatch(/\[(4|32|9)\]/);
  });

  it('HTML: the same letters; a percentage or a letter is a cell that never wraps (#18)', () => {
    const html = renderReport(compared, 'html');
    expect(html).toMatch(/<thead><tr><th><\/th>\s*<th class="key">A<\/th><th class="key">B<\/th><th class="key">C<\/th><\/tr><\/thead>/);
    expect(html).toContain(
      '<tr><th class="key">A</th><td class="num">100%</td><td class="num">25%</td><td class="num">50%</td></tr>'
    );
    expect(html).toMatch(/<tr id="source-32"><td class="key">B<\/td><td><\/td><td>Rebels agree/);
    expect(html).toMatch(/td\.num, th\.key, td\.key \{ white-space: nowrap;/);
    expect(html).not.toMatch(/\[(4|32|9)\]/);
  });

  it('Word: the same letters in the overlap table and the sources table', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocx(compared)) });
    expect(value).toMatch(/<th><p><strong>Source<\/strong><\/p><\/th><th><p><strong>Outlet/);
    expect(value).toContain('<td><p><strong>B</strong></p></td><td></td><td><p>Rebels agree to hand over Deraa</p></td>');
    expect(value).toContain(
      '<td><p><strong>A</strong></p></td><td><p>100%</p></td><td><p>25%</p></td><td><p>50%</p></td>'
    );
    expect(value).not.toMatch(/\[(4|32|9)\]/);
  });

  it('has no key column without a comparison', () => {
    expect(renderReport(report, 'md')).toContain('\n| Outlet | Title | Byline | Date | URL | Wire credit |\n');
  });
});
