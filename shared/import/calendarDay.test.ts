import { describe, expect, it } from 'vitest';
import { isCalendarDay } from './calendarDay';

describe('isCalendarDay', () => {
  it('takes days that exist, with or without a time, in any year', () => {
    for (const day of ['2018-07-04', '2016-02-29', '2000-02-29', '1850-12-31', '0099-01-01', '2018-07-04T10:00:00Z'])
      expect(isCalendarDay(day), day).toBe(true);
  });
  it('refuses months and days that do not exist', () => {
    for (const day of ['2018-13-45', '2018-00-10', '2018-02-30', '2018-02-29', '1900-02-29', '2018-04-31', '2018-07-00', 'July 4'])
      expect(isCalendarDay(day), day).toBe(false);
  });
});
