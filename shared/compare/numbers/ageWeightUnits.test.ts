import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compareArticles';
import { extractFigures } from './numbers';

// Two reports of one shooting written for this test in the shape of ECB+ topic 16 (review 17, #2):
// the victim's and the suspect's ages, the suspect's height and weight, the years the victim
// served, the girls who saw it and what an officer said.
const articles = [
  {
    id: 'a',
    title: 'Deputy shot',
    text:
      'Deputy Jerry Ortiz, 35, was shot dead on Friday. He had served in the anti-gang unit for five years. ' +
      'A 27 - year - old parolee was arrested. Deputies said the suspect is 5 - foot - 8, 135 pounds. ' +
      'He shot the deputy in front of two extremely young girls, ages 8 and 10, Waldie said.'
  },
  {
    id: 'b',
    title: 'Suspect held',
    text:
      'Deputy Jerry Ortiz, 36, was shot dead on Friday. He had served in the anti-gang unit for five years. ' +
      'A 29-year-old parolee was arrested. He is 5 feet 8 inches tall, weighing 130 pounds. ' +
      'He shot the deputy in front of two very young girls, 8 and 10 years old, Waldie said.'
  }
];

describe('ages, weights and words that are no units (review 17, #2)', () => {
  it('compares the weight as a weight and finds no disagreement in ages, names or adverbs', () => {
    const c = compareArticles(articles);
    const labels = c.numbers.map((g) => g.label);
    // 135 against 130 pounds is a real difference, but of weight: no British money.
    const weight = c.numbers.find((g) => g.figures.some((f) => f.text.includes('135 pounds')));
    expect(weight?.category).toBe('count');
    expect(weight?.unit).toBe('pound');
    expect(weight?.disagree).toBe(true);
    expect(c.numbers.some((g) => g.category === 'money')).toBe(false);
    // Ages (35/36, 27/29, 8 and 10) are no figures, and five years of service is not set against them.
    expect(
      c.numbers.flatMap((g) => g.figures.map((f) => f.text)).filter((t) => /^(?:35|36|27|29)\b|year - old|year-old/.test(t))
    ).toEqual([]);
    const years = c.numbers.find((g) => g.unit === 'year');
    expect(years?.disagree ?? false).toBe(false);
    // A name after a comma and an adverb are never what a number counts.
    expect(labels.some((l) => /waldie|extremely|very/i.test(l))).toBe(false);
    expect(c.numbers.filter((g) => g.disagree).map((g) => g.unit)).toEqual(['pound']);
  });

  it('still reads money in pounds, a count after a describing word and a person killed', () => {
    expect(extractFigures('The club paid 135 pounds for each ticket.').map((f) => f.category)).toEqual(['money']);
    expect(extractFigures('Three lead investigators and two little girls spoke.').map((f) => f.unit)).toEqual([
      'investigator',
      'girl'
    ]);
    expect(extractFigures('Two families fled and 12 people were killed.').map((f) => f.normalized)).toEqual([
      '2 family (displaced)',
      '12 person (killed)'
    ]);
  });
});
