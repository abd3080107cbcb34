import { describe, expect, it } from 'vitest';
import { calendarDayProblem, isCalendarDay } from './calendarDay';

describe('isCalendarDay', () => {
  it('takes days that exist, with or without a time, in any year', () => {
    for (const day of ['2018-07-04', '2016-02-29', '2000-02-29', '1850-12-31', '0099-01-01', '2018-07-04T10:00:00Z'])
      expect(isCalendarDay(day), day).toBe(true);
  });
  it('refuses months and days that do not exist', () => {
    for (const day of ['2018-13-45', '2018-00-10', '2018-02-30', '2018-02-29', '1900-02-29', '2018-04-31', '2018-07-00', 'July 4'])
      expect(isCalendarDay(day), day).toBe(false);
  });
  it('takes a time only when it exists: hours to 23, minutes and seconds to 59, an offset up to 14 hours (review 13, finding 12)', () => {
    for (const v of [
      '2024-01-01T00:00',
      '2024-01-01T23:59:59',
      '2024-01-01T10:00:00.123456Z',
      '2024-01-01T10:00+05:30',
      '2024-01-01T10:00-0800',
      '2024-01-01T10:00+14'
    ])
      expect(isCalendarDay(v), v).toBe(true);
    for (const v of [
      '2024-01-01T25:00',
      '2024-01-01T:::',
      '2024-01-01T10:60',
      '2024-01-01T10:00:61',
      '2024-01-01T10',
      '2024-01-01T10:00+15:00',
      '2024-01-01T10:00+01:75',
      '2024-01-01T',
      '2024-01-01 10:00',
      '2024-01-01T10:00:00.'
    ])
      expect(isCalendarDay(v), v).toBe(false);
  });
});

describe('calendarDayProblem', () => {
  it('names the part that does not exist: the day first, then the time of day, then the offset', () => {
    expect(calendarDayProblem('2018-07-04T10:30+01:00')).toBeUndefined();
    expect(calendarDayProblem('2018-02-30')).toEqual({ part: 'day', text: '2018-02-30' });
    expect(calendarDayProblem('2018-02-30T25:00')).toEqual({ part: 'day', text: '2018-02-30' });
    expect(calendarDayProblem('July 4')).toMatchObject({ part: 'day' });
    expect(calendarDayProblem('2024-01-01T25:00')).toEqual({ part: 'time', text: '25:00' });
    expect(calendarDayProblem('2024-01-01T10:00:61Z')).toEqual({ part: 'time', text: '10:00:61' });
    expect(calendarDayProblem('2024-01-01T:::')).toEqual({ part: 'time', text: ':::' });
    expect(calendarDayProblem('2024-01-01T10:00+15:00')).toEqual({ part: 'offset', text: '+15:00' });
    expect(calendarDayProblem('2024-01-01T10:00+01:75')).toEqual({ part: 'offset', text: '+01:75' });
  });
});
