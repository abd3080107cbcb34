import { describe, expect, it } from 'vitest';
import { findHighlights } from './highlight';
import { parseQuery } from './parseQuery';
import { makeSnippet } from './snippet';

const article = [
  'Russian airstrikes are targeting southwest Syria after ceasefire talks failed with the rebels, Reuters is reporting.',
  '',
  'The Syrian rebels in Daraa on Wednesday rejected a Russian proposal to hand over their remaining territory in exchange for the regime halting its southern offensive.',
  '',
  'It was their last day to consider the terms, a spokesman for the rebels said, before meeting the Russian delegation on Wednesday afternoon.',
  '',
  '"Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons," the rebels said in a tweet.'
].join('\n');

function snippet(query: string, maxChars = 120) {
  const s = makeSnippet(article, findHighlights(article, parseQuery(query).terms), maxChars);
  return { ...s, marked: s.highlights.map((h) => s.text.slice(h.start, h.end)) };
}

describe('makeSnippet', () => {
  it('shows the passage holding the most distinct terms, within maxChars', () => {
    const s = snippet('"busra al-sham" "heavy weapons" rebels');
    // The only window with all three terms; 'rebels' alone is more frequent but earlier.
    expect(s.text).toBe(
      '…enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons," the rebels said in a…'
    );
    expect(s.marked).toEqual(['Busra al-Sham', 'heavy weapons', 'rebels']);
    expect(s.text.length).toBeLessThanOrEqual(120);
  });

  it('begins with the sentence of the match when it fits', () => {
    const s = snippet('Daraa Wednesday');
    expect(s.text).toBe(
      '…The Syrian rebels in Daraa on Wednesday rejected a Russian proposal to hand over their remaining territory in exchange…'
    );
    expect(s.marked).toEqual(['Daraa', 'Wednesday']);
    expect(article.slice(s.start, s.end)).toBe(s.text.slice(1, -1));
  });

  it('keeps a match at the end of the text near the start of its snippet, where a result list shows it (review #16)', () => {
    // A wire credit as the last word: the window used to be filled backwards, putting the match
    // at its very end, past the three lines the result list shows.
    const credited = `${article}\n\nThey asked the United Nations for protection, opposition leader Ali Salhadi said. – AFP`;
    const s = makeSnippet(credited, findHighlights(credited, parseQuery('AFP').terms), 240);
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['AFP']);
    expect(s.highlights[0]!.start).toBeLessThanOrEqual(80);
    expect(s.text).toMatch(/^….*Ali Salhadi said\. – AFP$/);
  });

  it('cuts at word boundaries and collapses line breaks', () => {
    const s = snippet('spokesman', 60);
    expect(s.text.length).toBeLessThanOrEqual(60);
    expect(s.text).toMatch(/^…\S.*\S…$/);
    expect(s.text).not.toMatch(/\n/);
    const inner = s.text.slice(1, -1);
    expect(article).toContain(inner.split(' ')[0] + ' ');
    expect(s.marked).toEqual(['spokesman']);
  });

  it('starts at the beginning when nothing matched, and returns short texts whole', () => {
    expect(snippet('zzz', 60).text).toBe('Russian airstrikes are targeting southwest Syria after…');
    const short = makeSnippet('In Daraa,\n\nrebels.', [{ start: 3, end: 8, term: 'Daraa', kind: 'exact' }]);
    expect(short).toEqual({
      text: 'In Daraa, rebels.',
      highlights: [{ start: 3, end: 8, term: 'Daraa', kind: 'exact' }],
      start: 0,
      end: 18
    });
  });

  it('keeps a highlight longer than the window whole at the start', () => {
    const text = 'x '.repeat(50) + 'a'.repeat(80) + ' y';
    const s = makeSnippet(text, [{ start: 100, end: 180, term: 'a', kind: 'exact' }], 40);
    expect(s.start).toBe(100);
    expect(s.text.length).toBeLessThanOrEqual(40);
  });
});

describe('makeSnippet on random texts', () => {
  it('stays within maxChars and keeps every highlight on the same words', () => {
    let seed = 42;
    const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const pieces = [
      'Daraa',
      'Deraa',
      'rebels',
      'al-Sham',
      'Busra',
      ' ',
      ' ',
      '  ',
      '\n\n',
      '. ',
      ', ',
      '“',
      '”',
      '😀',
      'é',
      'negotiations',
      'x'
    ];
    const terms = parseQuery('daraa "busra al-sham" negotiat* rebels').terms;
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let k = Math.floor(rand() * 200); k > 0; k--) text += pieces[Math.floor(rand() * pieces.length)];
      const maxChars = 20 + Math.floor(rand() * 200);
      const highlights = findHighlights(text, terms, new Map([['daraa', ['deraa']]]));
      const s = makeSnippet(text, highlights, maxChars);
      if (text.length > maxChars) expect(s.text.length).toBeLessThanOrEqual(maxChars);
      for (const h of s.highlights) {
        const original = highlights.find(
          (o) =>
            o.start >= s.start &&
            o.term === h.term &&
            o.kind === h.kind &&
            text.slice(o.start, o.end).replace(/\s+/g, ' ') === s.text.slice(h.start, h.end)
        );
        expect(original, JSON.stringify({ text, h })).toBeDefined();
      }
    }
  });
});
