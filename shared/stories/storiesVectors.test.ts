import { describe, expect, it } from 'vitest';
import { latestYear } from './storiesVectors';

describe('latestYear', () => {
  it('reads the latest year a text writes, dates in numbers included', () => {
    expect(latestYear('Last updated 13: 26 14 / 09 / 2013. In 2009 the town was hit too.')).toBe(2013);
    expect(latestYear('16.03.2019 08:45')).toBe(2019);
    expect(latestYear('No year here, only 120145 and 2019.5 tonnes.')).toBe(0);
  });

  it('takes no time of day written as wire copy writes it (2045 GMT) for a year', () => {
    expect(latestYear('Posted 3/15/2019. The quake struck at 2023 GMT on Thursday.')).toBe(2019);
    expect(latestYear('The blaze broke out at about 2045 BST.')).toBe(0);
    expect(latestYear('Polls closed at 1930 local time.')).toBe(0);
    // Not a time: 75 is no minute, and a year before a word that is no time zone stays a year.
    expect(latestYear('Targets for 2075 GMT emissions')).toBe(2075);
    expect(latestYear('In 2012 IT budgets fell.')).toBe(2012);
  });
});
