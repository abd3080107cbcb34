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

  it('marks Chinese and Japanese words inside a sentence, as the index holds them (ICU words)', () => {
    const zh = '北京市政府周一宣布，将延长地铁的运营时间。';
    expect(marked(zh, '地铁')).toEqual(['地铁:exact']);
    // One word is also the start of a longer one: 北京 in 北京市 (Beijing city).
    expect(marked(zh, '北京')).toEqual(['北京市:exact']);
    expect(marked(zh, '北京市政府')).toEqual(['北京市政府:exact']);
    // Characters that stand across two words are no word: 市政 spans 北京市 + 政府.
    expect(marked(zh, '市政')).toEqual([]);
    expect(marked('東京都の知事は大阪を訪れた。', '京都')).toEqual([]);
  });

  it('marks nothing for no terms or an empty text', () => {
    expect(findHighlights(text, [])).toEqual([]);
    expect(findHighlights('', parseQuery('daraa').terms)).toEqual([]);
  });
});
