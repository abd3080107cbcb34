import { describe, expect, it } from 'vitest';
import { formatPublished, splitPath } from './format';

describe('formatPublished', () => {
  it('shows a day without shifting it by the time zone', () => {
    expect(formatPublished('2018-07-04')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2018, 6, 4)));
  });
  it('keeps the precision the article has', () => {
    expect(formatPublished('2018')).toBe('2018');
    expect(formatPublished('2018-07')).toContain('2018');
    expect(formatPublished(null)).toBe('');
  });
});

describe('splitPath', () => {
  it('splits POSIX and Windows paths', () => {
    expect(splitPath('/tmp/news/a.txt')).toEqual({ dir: '/tmp/news/', name: 'a.txt' });
    expect(splitPath('C:\\News\\a.txt')).toEqual({ dir: 'C:\\News\\', name: 'a.txt' });
    expect(splitPath('a.txt')).toEqual({ dir: '', name: 'a.txt' });
  });
});
