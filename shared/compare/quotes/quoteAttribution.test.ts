import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compareArticles';

// Three short reports written for this test in the shape of the ECB+ Lohan court pages (review 16,
// #2): the defence lawyer's words in two of them, the third quoting the same words inside a
// sentence whose subject is the prosecutor, and a film title in quotation marks.
const articles = [
  {
    id: 'a',
    title: 'Lawyer says actress is in rehab',
    text:
      'Her lawyer Mark Heller told a judge the actress was settling in at a clinic in Newport Beach.\n' +
      '"My client is ensconced in the bosom of that facility right now," Heller argued after a prosecutor objected.\n' +
      'White said he was "completely blindsided" by the choice of clinic.'
  },
  {
    id: 'b',
    title: 'Actress checks into clinic',
    text:
      'The actress checked into a clinic on Thursday, her lawyer said.\n' +
      '"My client is ensconced in the bosom of that facility right now," Heller argued after a prosecutor objected.'
  },
  {
    id: 'c',
    title: 'Actress missing after rehab claim',
    text:
      'The "Mean Girls" star fooled a judge and her own lawyer by pretending to check into a clinic.\n' +
      'Prosecutor Terry White told reporters after a hearing — where her lawyer Mark Heller said she was "ensconced in the bosom" of the clinic — "I hear she is on her way to the airport."\n' +
      'The studio re-released the film "Liz & Dick" last year.'
  }
];

describe('quote attribution (review 16, #2)', () => {
  const c = compareArticles(articles);
  const group = (words: string) => c.quotes.find((g) => g.variants.some((v) => v.text.includes(words)));

  it("credits the defence lawyer's words to him alone, not to the prosecutor who is the sentence's subject", () => {
    const ensconced = group('ensconced in the bosom');
    expect(ensconced?.sourceIds).toEqual(['a', 'b', 'c']);
    expect(ensconced?.speakers.filter((s) => /White|Prosecutor/.test(s))).toEqual([]);
    expect(ensconced?.speakers.some((s) => s.endsWith('Heller'))).toBe(true);
    // The quote after the aside is still the prosecutor's, and his own words stay his.
    expect(group('on her way to the airport')?.speakers).toEqual(['Prosecutor Terry White']);
    expect(group('completely blindsided')?.speakers).toEqual(['White']);
  });

  it('lists no film title as a quote', () => {
    const all = c.quotes.flatMap((g) => g.variants.map((v) => v.text));
    expect(all.filter((t) => /Mean Girls|Liz & Dick/.test(t))).toEqual([]);
    expect(all).toHaveLength(4);
  });
});
