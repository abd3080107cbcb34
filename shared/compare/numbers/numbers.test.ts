import { describe, expect, it } from 'vitest';
import { extractFigures } from './numbers';

const one = (text: string) => {
  const figures = extractFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0]!;
};

describe('extractFigures', () => {
  it('reads 60 per cent, 60 percent and 60% as the same percentage', () => {
    for (const text of [
      'control of about 60 per cent of Daraa',
      'control of about 60 percent of Daraa',
      'control of about 60% of Daraa'
    ]) {
      const f = one(text);
      expect([f.category, f.value, f.qualifier, f.normalized]).toEqual(['percent', 60, 'about', 'about 60%']);
    }
    expect(one('around 60 percent').qualifier).toBe('about');
  });

  it('reads more than 140 civilians as casualties when the sentence says they died', () => {
    const f = one('More than 140 civilians have died since the assault began.');
    expect(f).toMatchObject({
      text: 'More than 140 civilians',
      category: 'casualties',
      value: 140,
      qualifier: 'more than',
      unit: 'civilian',
      event: 'killed'
    });
    expect(one('Eleven members of a single family were killed overnight.')).toMatchObject({
      value: 11,
      unit: 'member',
      category: 'casualties'
    });
  });

  it('reads people displaced, with ranges and vague amounts', () => {
    expect(one('The violence has displaced between 270,000 and 330,000 people.')).toMatchObject({
      text: 'between 270,000 and 330,000 people',
      category: 'people',
      value: 270000,
      max: 330000,
      unit: 'person',
      vague: false
    });
    expect(one('Thousands have been displaced.')).toMatchObject({
      category: 'people',
      value: 1000,
      vague: true,
      event: 'displaced'
    });
    expect(one('Tens of thousands of people fled.')).toMatchObject({ value: 10000, vague: true });
  });

  it('reads towns and cities as one kind of place', () => {
    expect(one('More than 30 towns have agreed.')).toMatchObject({ category: 'places', unit: 'town', value: 30 });
    expect(one('More than 30 cities have agreed.')).toMatchObject({ category: 'places', unit: 'town', value: 30 });
  });

  it('reads durations in words, digits and hyphenated forms', () => {
    expect(one('a two-week offensive')).toMatchObject({ category: 'duration', value: 2, unit: 'week' });
    expect(one('Seven years into the war')).toMatchObject({ category: 'duration', value: 7, unit: 'year' });
    expect(one('About 90 minutes after the meeting')).toMatchObject({
      category: 'duration',
      value: 90,
      unit: 'minute',
      qualifier: 'about'
    });
    expect(one('a weeks-long offensive')).toMatchObject({ category: 'duration', unit: 'week', vague: true });
  });

  it('reads dates with and without a year, and years after a preposition', () => {
    expect(one('when it began operations on June 19.')).toMatchObject({ category: 'date', normalized: '--06-19' });
    expect(one('on June 19th')).toMatchObject({ category: 'date', normalized: '--06-19' });
    expect(one('Talks ended on 04 July, 2018.')).toMatchObject({ category: 'date', normalized: '2018-07-04' });
    expect(one('return to its pre-2011 positions')).toMatchObject({ category: 'date', normalized: '2011', text: '2011' });
  });

  it('reads sums of money with currency and scale', () => {
    expect(one('a $1.5 million fund')).toMatchObject({ category: 'money', value: 1_500_000, unit: 'USD' });
    expect(one('20 million euros')).toMatchObject({ category: 'money', value: 20_000_000, unit: 'EUR' });
  });

  it('skips footnote markers, scraping residue, broken entities and reading times', () => {
    expect(extractFigures('statement. 19659002] "No" [11] & # 39; 2 min read')).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = 'Rebels said more than 100 civilians were killed.';
    const f = one(text);
    expect(text.slice(f.start, f.end)).toBe('more than 100 civilians');
  });

  // Review 13, #4: two articles' publication dates were listed as a disputed "Date".
  it('reads no figure in when a piece was published, but keeps the dates of the story', () => {
    expect(extractFigures('04 July, 2018')).toEqual([]);
    expect(extractFigures('By Jane Doe, 7 July 2018')).toEqual([]);
    expect(extractFigures('Published 7 July 2018 10:32 GMT')).toEqual([]);
    const dateline = extractFigures('BEIRUT, July 4 (Reuters) - Rebels rejected the offer to 30 towns.');
    expect(dateline.map((f) => f.text)).toEqual(['30 towns']);
    const caption = extractFigures('Government forces recaptured the village, in the province of Deraa, on July 4, 2018.');
    expect(caption.map((f) => [f.text, f.category])).toEqual([['July 4, 2018', 'date']]);
    const talks = extractFigures('Rebels met a Russian delegation on Wednesday, July 4 to deliver their decision.');
    expect(talks.map((f) => f.text)).toEqual(['July 4']);
  });
});
