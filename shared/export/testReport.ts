import type { Report, ReportHighlight } from './reportModel';

/**
 * A hand-made report for the renderers' tests: one article with overlapping highlights, hostile
 * notes and tags, formula-like cells and an article note. Only tests import this file.
 */

const BODY =
  'Rebels in Daraa said talks had collapsed.\nRussian jets struck Busra al-Sham, witnesses said.\n=HYPERLINK("http://x")';

export function highlight(over: Partial<ReportHighlight>): ReportHighlight {
  return {
    id: 1,
    articleId: 7,
    quote: 'talks had collapsed',
    prefix: 'said ',
    suffix: '.',
    start: 21,
    end: 40,
    paragraph: 1,
    colour: 1,
    colourLabel: 'Claim',
    tags: [],
    note: '',
    state: 'placed',
    madeOn: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...over
  };
}

export const report: Report = {
  title: 'Daraa <b>talks</b>',
  createdAt: '2026-12-06T09:00:00.000Z',
  author: 'Ana Reporter',
  scope: 'One article',
  options: { group: 'article', fullText: true, includeComparison: true },
  colours: [1, 2, 3, 4, 5, 6].map((colour) => ({
    colour,
    label: ['Claim', 'Quote', 'Figure', 'Contradiction', 'Follow up', 'Context'][colour - 1]!
  })),
  sources: [
    {
      articleId: 7,
      key: 'reuters2018rebels',
      title: 'Talks fail in {Daraa} 100% & more',
      outlet: 'Reuters',
      byline: 'By Ellen Francis and Suleiman Al-Khalidi',
      publishedAt: '2018-07-04T10:00:00Z',
      dateFromFile: false,
      url: 'https://example.com/daraa?a=1&b=2',
      fileName: 'daraa.html',
      importedAt: '2026-12-01T09:00:00.000Z',
      wireCredits: ['Reuters'],
      urn: 'urn:crosscheck:text:abc',
      body: BODY,
      shownFrom: 0
    }
  ],
  highlights: [
    highlight({ id: 1, note: '<script>alert(1)</script>', tags: ['Key claim', '<img src=x onerror=alert(2)>'] }),
    highlight({
      id: 2,
      quote: 'had collapsed.\nRussian jets',
      start: 27,
      end: 54,
      colour: 4,
      colourLabel: 'Contradiction',
      note: '=1+2'
    }),
    highlight({
      id: 3,
      quote: '=HYPERLINK("http://x")',
      start: 93,
      end: 115,
      paragraph: 3,
      colour: 3,
      colourLabel: 'Figure',
      note: '@SUM(A1)',
      tags: ['-x']
    })
  ],
  notes: [
    {
      id: 9,
      kind: 'article-note',
      articleIds: [7],
      on: 'Talks fail',
      quote: null,
      spans: null,
      colour: null,
      colourLabel: null,
      tags: [],
      note: 'See [this](javascript:alert(3))\n# not a heading',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z'
    }
  ],
  comparison: null
};

