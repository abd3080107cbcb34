import { describe, expect, it } from 'vitest';
import { findHighlights, type Highlight } from './highlight';
import { parseQuery } from './parseQuery';

/** Each highlight as the text it covers, with its kind: what a reader sees marked. */
function marked(text: string, query: string, variants?: Map<string, string[]>): string[] {
  return findHighlights(text, parseQuery(query).terms, variants).map(
    (h: Highlight) => `${text.slice(h.start, h.end)}:${h.kind}`
  );
}

describe('findHighlights', () => {
  const text = 'Negotiations in Busra al-Sham failed, the rebels said; in Deraa, Assad’s forces advanced.';

  it('marks words case- and diacritic-insensitively, on the original text', () => {
    expect(marked(text, 'REBELS')).toEqual(['rebels:exact']);
    expect(marked('Ghariyah ash-Sharqīyah fell.', 'sharqiyah')).toEqual(['Sharqīyah:exact']);
    expect(marked('Straße und STRASSE', 'strasse')).toEqual(['Straße:exact', 'STRASSE:exact']);
  });

  it('marks phrases as consecutive words, whatever punctuation stands between them', () => {
    expect(marked(text, '"busra al-sham"')).toEqual(['Busra al-Sham:exact']);
    expect(marked('from Busra, al Sham road', '"busra al-sham"')).toEqual(['Busra, al Sham:exact']);
    expect(marked(text, '"al-sham busra"')).toEqual([]);
    expect(marked(text, '"failed the rebels"')).toEqual(['failed, the rebels:exact']);
  });

  it('marks the parts of hyphenated and possessive words the index sees as words', () => {
    expect(marked(text, 'sham')).toEqual(['Sham:exact']);
    expect(marked(text, 'assad')).toEqual(['Assad:exact']);
    expect(marked(text, "Assad's")).toEqual(['Assad’s:exact']);
  });

  it('marks prefixes and spelling variants apart from exact matches', () => {
    expect(marked(text, 'negotiat*')).toEqual(['Negotiations:prefix']);
    expect(marked(text, '"busra al"*')).toEqual(['Busra al:prefix']);
    expect(marked(text, 'daraa', new Map([['daraa', ['deraa']]]))).toEqual(['Deraa:variant']);
    expect(marked('Daraa and Deraa', 'daraa', new Map([['daraa', ['deraa']]]))).toEqual([
      'Daraa:exact',
      'Deraa:variant'
    ]);
  });

  it('prefers the longest match and never overlaps', () => {
    expect(marked(text, 'busra "busra al-sham" al')).toEqual(['Busra al-Sham:exact']);
    expect(marked(text, 'busra sham')).toEqual(['Busra:exact', 'Sham:exact']);
  });

  it('does not mark excluded terms, and gives the term as typed', () => {
    expect(marked(text, 'rebels -deraa')).toEqual(['rebels:exact']);
    expect(findHighlights(text, parseQuery('Deraa').terms)).toEqual([
      { start: 58, end: 63, term: 'Deraa', kind: 'exact' }
    ]);
  });

  it('marks a name written with any apostrophe the search takes as one: Dar\'a, Dar’a, Dar‘a, Dar`a, Darʻa, Darʼa', () => {
    for (const mark of ["'", '’', '‘', '`', 'ʻ', 'ʼ']) {
      const written = `Dar${mark}a`;
      expect(marked(`Rebels in ${written} said`, 'deraa', new Map([['deraa', ["dar'a"]]])), written).toEqual([`${written}:variant`]);
    }
  });

  it('marks nothing for no terms or an empty text', () => {
    expect(findHighlights(text, [])).toEqual([]);
    expect(findHighlights('', parseQuery('daraa').terms)).toEqual([]);
  });
});
