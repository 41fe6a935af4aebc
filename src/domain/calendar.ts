/**
 * Calendar arithmetic on China Standard Time wall-clock dates, independent of the machine's
 * time zone. A date is a civil day number (days since 1970-01-01); conversions go through
 * `Date.UTC`, which involves no time zone. Month lengths and leap years come from date-fns,
 * applied to UTC-noon dates read with UTC getters, so no DST transition can move a day.
 */
import { getDaysInMonth, getDaysInYear } from 'date-fns';
import type { DayNumber } from './types.ts';

const MS_PER_DAY = 86_400_000;

/** Day number of a civil date (month 1..12). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Civil date of a day number. */
export function civilDate(d: DayNumber): { year: number; month: number; day: number } {
  const t = new Date(d * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** True when year-month-day is a real calendar date (rejects 2021-02-30, month 13, …). */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return false;
  return day <= daysInMonth(year, month);
}

/** 'YYYY-MM-DD' of a day number. */
export function isoDate(d: DayNumber): string {
  const { year, month, day } = civilDate(d);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of an ISO 'YYYY-MM-DD' string, or null when it is not a real date. */
export function parseIsoDate(s: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), da = Number(m[3]);
  return isValidCivilDate(y, mo, da) ? dayNumber(y, mo, da) : null;
}

function localNoon(year: number, month: number): Date {
  // date-fns reads local fields; a Date whose local fields equal the civil date is needed.
  // Built from local components at noon, so DST shifts (never at noon) cannot change the date.
  return new Date(year, month - 1, 1, 12);
}

/** Number of days in a calendar month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(localNoon(year, month));
}

/** Number of days in a calendar year (365 or 366). */
export function daysInYear(year: number): number {
  return getDaysInYear(localNoon(year, 1));
}

/** First and last day number of a calendar year. */
export function yearRange(year: number): { from: DayNumber; to: DayNumber } {
  return { from: dayNumber(year, 1, 1), to: dayNumber(year, 12, 31) };
}

/** First and last day number of a calendar month. */
export function monthRange(year: number, month: number): { from: DayNumber; to: DayNumber } {
  return { from: dayNumber(year, month, 1), to: dayNumber(year, month, daysInMonth(year, month)) };
}

const CST_OFFSET_MS = 8 * 3_600_000;

/** The China Standard Time (UTC+8, no DST) calendar day of an instant, whatever the machine's time zone. */
export function cstDayOf(epochMs: number): DayNumber {
  return Math.floor((epochMs + CST_OFFSET_MS) / MS_PER_DAY);
}
