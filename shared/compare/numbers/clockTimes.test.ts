import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compareArticles';
import { extractFigures } from './numbers';

// Three short reports of one event written for this test in the shape of the ECB+ Lohan pages
// (review 16, #1): each prints when it was published or updated, at a different minute, in the
// spaced and dotted forms those pages and translated copies carry.
const story = 'Lindsay Lohan checked into the Betty Ford Center on Thursday to begin 90 days of court-ordered rehab.';
const articles = [
  { id: 'g', title: 'Lohan checks in', text: `PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM\n${story} She arrived with 3 bags.` },
  { id: 'i', title: 'Lohan arrives', text: `By Jane Roe, May 2, 2013 1: 35 pm.\n${story} She arrived with 3 bags.` },
  { id: 'j', title: 'Lohan in rehab', text: `Updated 4: 08 p. m. ET\n${story} She arrived at 12:50 PM with 3 bags.` },
  { id: 'k', title: 'Lohan at Betty Ford', text: `Posted 9 a.m.\n${story} Her lawyer spoke at 7.30pm with 5 bags.` }
];

describe('times of day are no figures (review 16, #1)', () => {
  it('leaves publication and event times out of Numbers, so no figure disagrees over the minute', () => {
    const c = compareArticles(articles);
    const texts = c.numbers.flatMap((g) => g.figures.map((f) => f.text));
    for (const time of ['PM', 'pm', 'p. m', '50', '32', '35', '08', 'a.m', '30pm']) {
      expect(texts.some((t) => t.includes(time))).toBe(false);
    }
    // The figures a reader compares are still there, and the one real difference is found.
    expect(texts).toContain('90 days');
    expect(c.numbers.filter((g) => g.disagree).map((g) => g.figures.map((f) => f.text).sort())).toEqual([
      ['3 bags', '3 bags', '3 bags', '5 bags']
    ]);
  });

  it('takes a date line with its weekday, time and zone for a publication line, so its date disputes nothing either', () => {
    const lines = ['May 2, 2013 | 5: 03pm', 'Fri., May 3, 2013 11: 45 AM PDT', 'Posted on Thu Jun 13, 2013 08: 45 AM PDT'];
    const c = compareArticles(lines.map((line, k) => ({ id: `s${k}`, title: `Report ${k}`, text: `${line}\n${story}` })));
    expect(c.numbers.filter((g) => g.disagree)).toEqual([]);
    expect(c.numbers.flatMap((g) => g.figures.map((f) => f.text))).toEqual(['90 days', '90 days', '90 days']);
    // A date in the story's own sentences stays a figure.
    expect(extractFigures('The hearing on May 3, 2013 was short.').map((f) => f.normalized)).toEqual(['2013-05-03']);
  });

  it('still reads a decimal, an amount of money and a count beside a time', () => {
    expect(extractFigures('Shares rose 1.50 points.').map((f) => f.value)).toEqual([1.5]);
    expect(extractFigures('Tickets cost $12.50 each.').map((f) => f.category)).toEqual(['money']);
    expect(extractFigures('About 12 people met at 9 a.m.').map((f) => f.text)).toEqual(['About 12 people']);
  });
});
