import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compareArticles';
import { extractFigures } from './numbers';

// Dates as the ECB+ Lohan pages and US papers print them: a weekday and a month shortened with a
// full stop (`Fri., May. 3`, `Tue., Jan. 15, 2019`, `Sept. 4`). The full stops were read as
// sentence ends, so `3` stood alone and was counted as a figure (session 16, 769ed2d: known left).
const story =
  'Lindsay Lohan checked into a rehab centre in Malibu to begin 90 days of court-ordered treatment. ' +
  'Her lawyer said 3 people drove her there.';
const figures = (text: string): string[] => extractFigures(text).map((f) => f.normalized);

describe('dates with dotted weekdays and months', () => {
  it('reads no figure in a date line, whatever its dots', () => {
    for (const line of [
      'Fri., May. 3',
      'Fri., May. 3, 2013 11: 45 AM PDT',
      'Tue., Jan. 15, 2019',
      'Sept. 4',
      'Posted: Tue., Jan. 15, 2019 at 4: 08 p. m.',
      'PUBLISHED: THURSDAY, MAY. 2, 2013'
    ]) {
      expect(figures(`${line}\n${story}`), line).toEqual(['90 day', '3 person']);
    }
  });

  it('keeps such a date inside a sentence as a date, and the counts beside it', () => {
    expect(figures('On Fri., May. 3, 12 people were killed.')).toEqual(['--05-03', '12 person (killed)']);
    expect(figures('The hearing on Tue., Jan. 15, 2019 was short.')).toEqual(['2019-01-15']);
    expect(figures('The trial opens Sept. 4 in Los Angeles.')).toEqual(['--09-04']);
    expect(figures('May 3 killed 12 people.')).toEqual(['--05-03', '12 person (killed)']);
    // A month ending a sentence before a count is still a sentence end.
    expect(figures('He arrived in May. 3 people died.')).toEqual(['3 person (killed)']);
  });

  it('finds no figure disagreement between two reports that differ only in their date line', () => {
    const lines = [
      ['Fri., May. 3, 2013 11: 45 AM PDT', 'Sat., May. 4, 2013 9: 10 AM PDT'],
      ['Fri., May. 3, 2013', 'Sat., May. 4, 2013'],
      ['Fri., May. 3', 'Mon., May. 6'],
      ['Tue., Jan. 15, 2019', 'Wed., Jan. 16, 2019'],
      ['Sept. 4', 'Sept. 5']
    ];
    for (const [a, b] of lines) {
      const c = compareArticles([
        { id: 'a', title: 'Lohan in rehab', text: `${a}\n${story}` },
        { id: 'b', title: 'Lohan in rehab', text: `${b}\n${story}` }
      ]);
      expect(
        c.numbers.filter((g) => g.disagree),
        `${a} / ${b}`
      ).toEqual([]);
      expect(c.numbers.flatMap((g) => g.figures.map((f) => f.text)).sort()).toEqual([
        '3 people',
        '3 people',
        '90 days',
        '90 days'
      ]);
    }
  });
});
