import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compareArticles';

// Three short reports written for this test in the shape of the ECB+ death-sentence pages (review
// 17, #8): officials named with capitalised job titles in one source and without in another, a
// lawyer by a short form of his given name, and surnames alone.
const articles = [
  {
    id: 'a',
    title: 'Deputy’s killer sentenced to death',
    text:
      'Undersheriff Larry Waldie said the department had lost one of its best.\n' +
      'The deputy was shot in the 12200 block of Clark Ave. in Bellflower.\n' +
      'Defense Attorney Stanley Perlo said his client would appeal.\n' +
      'District Attorney Lowell Anger asked the jury for death, and Sheriff Jerry Ortiz thanked the jurors.'
  },
  {
    id: 'b',
    title: 'Death sentence in deputy’s killing',
    text:
      'Larry Waldie, the undersheriff, spoke to reporters after the hearing.\n' +
      'Neighbours on Clark Ave. heard the shots.\n' +
      'Stan Perlo, the defendant’s lawyer, told the court his client was sorry.\n' +
      'Lowell Anger said the verdict was just. Jerry Ortiz attended with the deputy’s widow.'
  },
  {
    id: 'c',
    title: 'Jury backs death penalty',
    text:
      'Waldie said the sentence brought some relief.\n' +
      'Perlo said the defence would appeal the verdict within weeks.\n' +
      'Stanley Perlo had asked the jury for mercy, and Anger said he had not.'
  }
];

describe('names with job titles across sources (review 17, #8)', () => {
  const c = compareArticles(articles);
  const holding = (spelling: string) => c.names.filter((e) => e.variants.some((v) => v.text === spelling));
  const spellings = c.names.flatMap((e) => e.variants.map((v) => v.text));

  it('strips capitalised job titles from the names', () => {
    for (const titled of [
      'Undersheriff Larry Waldie',
      'Attorney Stanley Perlo',
      'Defense Attorney Stanley Perlo',
      'District Attorney Lowell Anger',
      'Sheriff Jerry Ortiz'
    ])
      expect(spellings).not.toContain(titled);
  });

  it('reads a street written with its abbreviation as a place, not a person', () => {
    const street = holding('Clark Ave');
    expect(street).toHaveLength(1);
    expect(street[0]!.kind).toBe('place');
  });

  it('shows each person once, a surname alone in the row of the one full name it belongs to', () => {
    for (const [full, forms] of [
      ['Larry Waldie', ['Larry Waldie', 'Waldie']],
      ['Stanley Perlo', ['Perlo', 'Stan Perlo', 'Stanley Perlo']],
      ['Lowell Anger', ['Lowell Anger']],
      ['Jerry Ortiz', ['Jerry Ortiz']]
    ] as const) {
      const rows = holding(full);
      expect(rows, full).toHaveLength(1);
      expect(rows[0]!.name).toBe(full);
      expect(rows[0]!.kind).toBe('person');
      for (const form of forms) expect(holding(form), form).toEqual(rows);
    }
  });
});
