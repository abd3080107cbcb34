import { describe, expect, it } from 'vitest';
import { findDates, readDateLine } from './dates';

describe('findDates', () => {
  it('reads the forms news sites print', () => {
    expect(findDates('04 July, 2018').map((d) => d.iso)).toEqual(['2018-07-04']);
    expect(findDates('July 4, 2018').map((d) => d.iso)).toEqual(['2018-07-04']);
    expect(findDates('2018-07-04').map((d) => d.iso)).toEqual(['2018-07-04']);
    expect(findDates('2018-07-04T10:30:00Z').map((d) => d.iso)).toEqual(['2018-07-04']);
    expect(findDates('Wednesday 4 July 2018').map((d) => d.iso)).toEqual(['2018-07-04']);
    expect(findDates('Jul. 4 2018').map((d) => d.iso)).toEqual(['2018-07-04']);
    expect(findDates('4th of July 2018').map((d) => d.iso)).toEqual(['2018-07-04']);
    expect(findDates('Sept 30, 2018').map((d) => d.iso)).toEqual(['2018-09-30']);
  });

  it('gives where each date stands', () => {
    expect(findDates('in Deraa, on July 4, 2018. Syrian')).toEqual([{ iso: '2018-07-04', index: 13, length: 12 }]);
  });

  it('never makes a date of numbers that are not one', () => {
    expect(findDates('between 270,000 and 330,000 people')).toEqual([]);
    expect(findDates('its pre-2011 positions, about 60 percent')).toEqual([]);
    expect(findDates('statement. 19659002] "No')).toEqual([]);
    expect(findDates('on Wednesday, July 4 to deliver')).toEqual([]);
    expect(findDates('04/07/2018')).toEqual([]);
    expect(findDates('the 2018-2019 budget')).toEqual([]);
    expect(findDates('May 2018')).toEqual([]);
  });

  it('skips impossible dates instead of correcting them', () => {
    expect(findDates('31 June 2018')).toEqual([]);
    expect(findDates('2018-02-30')).toEqual([]);
    expect(findDates('29 February 2019')).toEqual([]);
    expect(findDates('29 February 2020').map((d) => d.iso)).toEqual(['2020-02-29']);
    expect(findDates('July 4, 1776')).toEqual([]);
  });
});

describe('readDateLine', () => {
  it('reads a line that is only a date, with its label', () => {
    expect(readDateLine('04 July, 2018')).toEqual([{ iso: '2018-07-04', kind: 'plain' }]);
    expect(readDateLine('Wednesday 4 July 2018 10:30 GMT')).toEqual([{ iso: '2018-07-04', kind: 'plain' }]);
    // ECB+'s tokenised times, with a space after the colon, and ordinals.
    expect(readDateLine('September 18th, 2013, 05: 31 GMT')).toEqual([{ iso: '2013-09-18', kind: 'plain' }]);
    expect(readDateLine('Posted on December 23, 2012, 4: 42 PM EDT')).toEqual([{ iso: '2012-12-23', kind: 'published' }]);
    expect(readDateLine('Published: July 4, 2018')).toEqual([{ iso: '2018-07-04', kind: 'published' }]);
    expect(readDateLine('Published on Wed 4 Jul 2018 14.32 BST')).toEqual([{ iso: '2018-07-04', kind: 'published' }]);
    expect(readDateLine('Published: 4 July 2018 | Last updated: 5 July 2018')).toEqual([
      { iso: '2018-07-04', kind: 'published' },
      { iso: '2018-07-05', kind: 'updated' }
    ]);
  });

  it('refuses a date inside a sentence', () => {
    expect(readDateLine('Syrian children pose in Deraa, on July 4, 2018.')).toEqual([]);
    expect(readDateLine('The ceasefire of July 7, 2017 collapsed.')).toEqual([]);
  });
});
