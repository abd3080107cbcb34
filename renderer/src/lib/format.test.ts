import { describe, expect, it } from 'vitest';
import { formatMoment, formatPublished, formatRate, formatTimeLeft, splitPath } from './format';

describe('formatPublished', () => {
  it('shows a day without shifting it by the time zone', () => {
    expect(formatPublished('2018-07-04')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2018, 6, 4)));
  });
  it('keeps the precision the article has', () => {
    expect(formatPublished('2018')).toBe(new Intl.DateTimeFormat(undefined, { year: 'numeric' }).format(Date.UTC(2018, 6, 1)));
    expect(formatPublished('2018-07')).toBe(
      new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2018, 6, 1))
    );
    expect(formatPublished(null)).toBe('');
  });
});

describe('formatMoment', () => {
  it('writes the day as formatPublished does, then the time', () => {
    const moment = '2026-12-07T12:31:50Z';
    const local = new Date(moment);
    const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(formatMoment(moment).startsWith(formatPublished(day))).toBe(true);
    expect(formatMoment('not a date')).toBe('not a date');
  });
});

describe('splitPath', () => {
  it('splits POSIX and Windows paths', () => {
    expect(splitPath('/tmp/news/a.txt')).toEqual({ dir: '/tmp/news/', name: 'a.txt' });
    expect(splitPath('C:\\News\\a.txt')).toEqual({ dir: 'C:\\News\\', name: 'a.txt' });
    expect(splitPath('a.txt')).toEqual({ dir: '', name: 'a.txt' });
  });
});

describe('formatRate', () => {
  it('shows whole files a second, and one decimal when slow', () => {
    expect(formatRate(84.6)).toMatch(/^85 files\/s$/);
    expect(formatRate(2.46)).toMatch(/^2[.,]5 files\/s$/);
    expect(formatRate(0)).toBe('0 files/s');
  });
});

describe('formatTimeLeft', () => {
  it('rounds the way people say it', () => {
    expect(formatTimeLeft(null)).toBe('estimating time left…');
    expect(formatTimeLeft(4)).toBe('a few seconds left');
    expect(formatTimeLeft(38)).toBe('about 40 s left');
    expect(formatTimeLeft(58)).toBe('about 1 min left');
    expect(formatTimeLeft(130)).toBe('about 2 min left');
    expect(formatTimeLeft(3600)).toBe('about 1 h left');
    expect(formatTimeLeft(4980)).toBe('about 1 h 25 min left');
    expect(formatTimeLeft(7190)).toBe('about 2 h left');
  });
});
