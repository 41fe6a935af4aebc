import { describe, expect, it } from 'vitest';
import { dayNumber, civilDate, isoDate, parseIsoDate, daysInMonth, daysInYear, isValidCivilDate } from './calendar.ts';

describe('calendar (CST wall-clock dates, independent of the machine time zone)', () => {
  it('numbers 1970-01-01 as day 0 and 2021-01-01 as day 18628', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    // 51 years, 13 leap days (1972..2020): 51*365 + 13 = 18628
    expect(dayNumber(2021, 1, 1)).toBe(18628);
  });
  it('round-trips every day of 2016 (a leap year) through the ISO string', () => {
    for (let d = dayNumber(2016, 1, 1); d <= dayNumber(2016, 12, 31); d++) {
      expect(parseIsoDate(isoDate(d))).toBe(d);
    }
    expect(civilDate(dayNumber(2016, 2, 29))).toEqual({ year: 2016, month: 2, day: 29 });
  });
  it('keeps the DST-change days of America/Los_Angeles as ordinary dates', () => {
    expect(isoDate(dayNumber(2021, 3, 14))).toBe('2021-03-14');
    expect(isoDate(dayNumber(2021, 11, 7))).toBe('2021-11-07');
    expect(daysInMonth(2021, 3)).toBe(31);
    expect(daysInMonth(2021, 11)).toBe(30);
  });
  it('knows February has 29 days in 2020 and 28 in 2021, and 2020 has 366 days', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInYear(2020)).toBe(366);
    expect(daysInYear(2021)).toBe(365);
  });
  it('rejects impossible dates such as 2021-02-30 and month 13', () => {
    expect(isValidCivilDate(2021, 2, 30)).toBe(false);
    expect(isValidCivilDate(2021, 13, 1)).toBe(false);
    expect(parseIsoDate('2021-02-30')).toBeNull();
    expect(isValidCivilDate(2020, 2, 29)).toBe(true);
  });
});
