import { describe, expect, it } from 'vitest';
import { normalizeDate, normalizeLanguage, parsePdfDate, wireCreditsFrom } from './metaValues';

describe('normalizeDate', () => {
  it('keeps ISO dates and date-times, normalising separators and zones', () => {
    expect(normalizeDate('2018-07-04')).toBe('2018-07-04');
    expect(normalizeDate('2018-07-04 09:30')).toBe('2018-07-04T09:30:00');
    expect(normalizeDate('2018-07-04T09:30:00+0200')).toBe('2018-07-04T09:30:00+02:00');
    expect(normalizeDate('20180704')).toBe('2018-07-04');
  });

  it('reads written months and RFC 2822', () => {
    expect(normalizeDate('4 July 2018')).toBe('2018-07-04');
    expect(normalizeDate('Jul 4, 2018')).toBe('2018-07-04');
    expect(normalizeDate('Wed, 04 Jul 2018 07:30:00 GMT')).toBe('2018-07-04T07:30:00Z');
  });

  it('accepts day/month orders only when unambiguous, and rejects nonsense', () => {
    expect(normalizeDate('25/12/2018')).toBe('2018-12-25');
    expect(normalizeDate('12/25/2018')).toBe('2018-12-25');
    expect(normalizeDate('04/07/2018')).toBeUndefined();
    expect(normalizeDate('2018-02-30')).toBeUndefined();
    expect(normalizeDate('yesterday')).toBeUndefined();
    expect(normalizeDate(42)).toBeUndefined();
  });

  it('reads PDF dates', () => {
    expect(parsePdfDate("D:20180704093000+02'00'")).toBe('2018-07-04T09:30:00+02:00');
    expect(parsePdfDate('D:2018')).toBe('2018-01-01');
  });
});

describe('normalizeLanguage', () => {
  it('turns locale spellings into BCP 47 tags', () => {
    expect(normalizeLanguage('en_US')).toBe('en-US');
    expect(normalizeLanguage('AR')).toBe('ar');
    expect(normalizeLanguage('English')).toBeUndefined();
  });
});

describe('wireCreditsFrom', () => {
  it('names agencies once, in a fixed order', () => {
    expect(wireCreditsFrom(['By Jane Roe with AFP and Reuters', 'Agence France-Presse'])).toEqual(['AFP', 'Reuters']);
    expect(wireCreditsFrom(['The Associated Press'])).toEqual(['AP']);
    expect(wireCreditsFrom(['Apple Daily', undefined])).toBeUndefined();
  });
});
