import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compareArticles';

// Four short reports written for this test in the shape of the ECB+ Lohan pages (review 16, #6):
// the lawyer named in full, without his middle name and by surname; the actress by her first name;
// publication lines with time zones, a state abbreviation and a film title made of first names.
const articles = [
  {
    id: 'a',
    title: 'Lawyer speaks for actress',
    text:
      'Posted on Thu Jun 13, 2013 08: 45 AM PDT\n' +
      'Lawyer Mark Jay Heller told a judge that Lindsay Lohan was settling in at a clinic in Newport Beach, Calif., on Thursday.\n' +
      'Heller argued that she should be allowed to stay.'
  },
  {
    id: 'b',
    title: 'Actress at clinic',
    text:
      'Fri., May. 3, 2013 11: 45 AM PDT\n' +
      'Her lawyer Mark Heller said Lindsay Lohan had checked in at a clinic in Rancho Mirage, Calif., that morning.\n' +
      'A source tells reporters that the Liz & Dick star is now receiving treatment.'
  },
  {
    id: 'c',
    title: 'Lohan in rehab',
    text:
      'Lindsay Lohan arrived at the clinic on Thursday, said her attorney, Mark Heller.\n' +
      'Lindsay was seen leaving an hour later, and Heller declined to comment.'
  }
];

describe('names across sources (review 16, #6)', () => {
  const c = compareArticles(articles);
  const holding = (spelling: string) => c.names.filter((e) => e.variants.some((v) => v.text === spelling));

  it('shows the lawyer once, however each source shortens his name', () => {
    const heller = holding('Mark Jay Heller');
    expect(heller).toHaveLength(1);
    expect(heller[0]!.variants.map((v) => v.text).sort()).toEqual(['Heller', 'Mark Heller', 'Mark Jay Heller']);
    expect(heller[0]!.name).toBe('Mark Jay Heller');
    expect(heller[0]!.kind).toBe('person');
    expect(holding('Mark Heller')).toEqual(heller);
    expect(holding('Heller')).toEqual(heller);
  });

  it('folds a lone first name into the one person of the story who carries it', () => {
    const lohan = holding('Lindsay Lohan');
    expect(lohan).toHaveLength(1);
    expect(lohan[0]!.variants.map((v) => v.text)).toContain('Lindsay');
  });

  it('lists no time zone, state abbreviation or film title as a name', () => {
    const spellings = c.names.flatMap((e) => e.variants.map((v) => v.text));
    for (const notAName of ['AM PDT', 'AM', 'PDT', 'Calif', 'Liz', 'Dick']) expect(spellings).not.toContain(notAName);
    expect(spellings).toEqual(expect.arrayContaining(['Newport Beach', 'Rancho Mirage']));
  });
});
