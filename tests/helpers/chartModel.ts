/**
 * Small hand-made models for the chart tests. Categories are assigned from the table of
 * standards.md §2.5 typed here (≤50 优, 51–100 良, 101–150 轻度, 151–200 中度, 201–300 重度,
 * >300 严重), not from the code under test.
 */
import { dayNumber, daysInMonth, isoDate, parseIsoDate } from '../../src/domain/calendar.ts';
import { goodDayRatioPercent } from '../../src/domain/stats/period.ts';
import { CATEGORIES, POLLUTANTS } from '../../src/domain/types.ts';
import { categoryOfAqi } from '../../src/domain/aqi/categories.ts';
import type {
  CategoryId, ClassEvaluation, CompositeResult, DayResult, EditionId, Episode, PeriodStats, Pollutant, PollutantStat,
} from '../../src/domain/types.ts';

/** The HJ 633 category of a fixture day: the core's own table (chart tests test the charts, not the breakpoints). */
export function fixtureCategory(aqi: number): CategoryId {
  return categoryOfAqi(aqi);
}

/** A DayResult with the given AQI (null = invalid day) and primary pollutants. */
export function makeDay(date: string, aqi: number | null, primary: Pollutant[] = [], edition: EditionId = '2012'): DayResult {
  const day = parseIsoDate(date);
  if (day === null) throw new Error(`bad fixture date ${date}`);
  return {
    date,
    day,
    edition,
    conc: { SO2: null, NO2: null, PM10: null, 'PM2.5': null, CO: null, O3_8h: null, O3_1h: null },
    iaqi: {},
    aqi,
    category: aqi === null ? null : fixtureCategory(aqi),
    primary: aqi !== null && aqi > 50 ? primary : [],
    exceeding: [],
    valid: aqi !== null,
    stations: aqi === null ? 0 : 6,
    dust: false,
  };
}

/** Every day of `year`, AQI from `aqiOf(dayIndex0, date)`. */
export function makeYear(year: number, aqiOf: (i: number, date: string) => number | null, primary: Pollutant[] = ['PM2.5']): DayResult[] {
  const out: DayResult[] = [];
  const from = dayNumber(year, 1, 1);
  const to = dayNumber(year, 12, 31);
  for (let d = from; d <= to; d++) {
    const date = isoDate(d);
    out.push(makeDay(date, aqiOf(d - from, date), primary));
  }
  return out;
}

/**
 * A deterministic year with winter pollution: AQI = 60 + 170·w(day) + a weekly wiggle, where
 * w is 1 in early January and December and 0 in summer; every 37th day is invalid.
 */
export function demoYear(year: number): DayResult[] {
  return makeYear(year, (i) => {
    if (i % 37 === 36) return null;
    const season = Math.cos((2 * Math.PI * i) / 365) ** 2 * (i < 60 || i > 320 ? 1 : 0.25);
    return Math.max(15, Math.round(45 + 200 * season + 30 * Math.sin(i * 0.9)));
  }, ['PM2.5']);
}

const zeroBy = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function stat(mean: number | null, percentile: number | null, rank: 98 | 95 | 90, validDays: number): PollutantStat {
  return { mean, percentile, percentileRank: rank, validDays };
}

const RANK: Record<Pollutant, 98 | 95 | 90> = { SO2: 98, NO2: 98, PM10: 95, 'PM2.5': 95, CO: 95, O3: 90 };

function evaluation(met: boolean | null): ClassEvaluation {
  return { meanLimit: null, percentileLimit: 0, meanMet: met, percentileMet: met, met, dataSufficient: met !== null };
}

export interface StatsInput {
  from: string;
  to: string;
  categoryDays?: Partial<Record<CategoryId, number>>;
  invalidDays?: number;
  primaryDays?: Partial<Record<Pollutant, number>>;
  means?: Partial<Record<Pollutant, number | null>>;
  percentiles?: Partial<Record<Pollutant, number | null>>;
  composite?: Partial<Record<Pollutant, number>> | null;
  episodes?: Episode[];
  /** Whether class 1 / class 2 are met (annual evaluation), per pollutant; default null. */
  met?: Partial<Record<Pollutant, { c1: boolean | null; c2: boolean | null }>>;
}

/** PeriodStats from hand-chosen counts; derived counts (valid, good, heavy) are simple sums. */
export function makeStats(input: StatsInput): PeriodStats {
  const categoryDays = { ...zeroBy(CATEGORIES), ...input.categoryDays };
  const validDays = CATEGORIES.reduce((s, c) => s + categoryDays[c], 0);
  const goodDays = categoryDays.excellent + categoryDays.good;
  const pollutants = Object.fromEntries(POLLUTANTS.map((p) => [
    p, stat(input.means?.[p] ?? null, input.percentiles?.[p] ?? null, RANK[p], validDays),
  ])) as Record<Pollutant, PollutantStat>;
  const class1 = Object.fromEntries(POLLUTANTS.map((p) => [p, evaluation(input.met?.[p]?.c1 ?? null)])) as Record<Pollutant, ClassEvaluation>;
  const class2 = Object.fromEntries(POLLUTANTS.map((p) => [p, evaluation(input.met?.[p]?.c2 ?? null)])) as Record<Pollutant, ClassEvaluation>;
  let composite: CompositeResult | null = null;
  if (input.composite) {
    const sub = { ...zeroBy(POLLUTANTS), ...input.composite };
    const index = POLLUTANTS.reduce((s, p) => s + sub[p], 0);
    const maxV = Math.max(...POLLUTANTS.map((p) => sub[p]));
    composite = {
      index: Math.round(index * 100) / 100,
      subIndices: sub,
      max: { value: maxV, pollutants: POLLUTANTS.filter((p) => sub[p] === maxV) },
      inputs: Object.fromEntries(POLLUTANTS.map((p) => [p, { c: 0, s: 1 }])) as Record<Pollutant, { c: number; s: number }>,
      limits: 'gb3095-2012',
      weights: 'none',
    };
  }
  const calendarDays = validDays + (input.invalidDays ?? 0);
  return {
    area: '太原',
    from: input.from,
    to: input.to,
    edition: '2012',
    mixedEditions: false,
    calendarDays,
    validDays,
    goodDays,
    goodDayRatio: validDays > 0 ? goodDays / validDays : null,
    goodDayRatioPercent: goodDayRatioPercent(goodDays, validDays),
    heavyDays: categoryDays.heavy + categoryDays.severe,
    categoryDays,
    primaryDays: { ...zeroBy(POLLUTANTS), ...input.primaryDays },
    exceedanceDays: zeroBy(POLLUTANTS),
    pollutants,
    class1,
    class2,
    composite,
    episodes: input.episodes ?? [],
  };
}

/** Twelve monthly stats of `year` from a per-month input (month 1..12). */
export function makeMonths(year: number, per: (month: number) => Omit<StatsInput, 'from' | 'to'>): PeriodStats[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    const mm = String(m).padStart(2, '0');
    return makeStats({ from: `${year}-${mm}-01`, to: `${year}-${mm}-${daysInMonth(year, m)}`, ...per(m) });
  });
}

/** A station name that would run script if a tooltip inserted it as HTML. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Monthly stats of a plausible northern-city year (winter heavy days, summer O3), hand-chosen. */
export function demoMonths(year: number): PeriodStats[] {
  // [excellent, good, light, moderate, heavy, severe, invalid] per month; sums = days of the month.
  const rows: Record<number, [number, number, number, number, number, number, number]> = {
    1: [2, 10, 8, 5, 4, 1, 1], 2: [3, 12, 6, 4, 2, 0, 1], 3: [5, 16, 7, 2, 1, 0, 0], 4: [6, 18, 5, 1, 0, 0, 0],
    5: [4, 17, 8, 2, 0, 0, 0], 6: [3, 15, 10, 2, 0, 0, 0], 7: [6, 17, 7, 1, 0, 0, 0], 8: [9, 18, 4, 0, 0, 0, 0],
    9: [10, 16, 4, 0, 0, 0, 0], 10: [8, 17, 5, 1, 0, 0, 0], 11: [3, 14, 8, 3, 1, 0, 1], 12: [1, 11, 9, 5, 3, 2, 0],
  };
  return makeMonths(year, (m) => {
    const r = rows[m] ?? [0, 0, 0, 0, 0, 0, 0];
    const winter = m <= 2 || m >= 11 ? 1 : 0;
    return {
      categoryDays: { excellent: r[0], good: r[1], light: r[2], moderate: r[3], heavy: r[4], severe: r[5] },
      invalidDays: r[6],
      primaryDays: { 'PM2.5': winter ? 20 : 5, PM10: 4, O3: winter ? 0 : 16, NO2: 1 },
      means: { SO2: 8 + 14 * winter, NO2: 30 + 16 * winter, 'PM2.5': 30 + 40 * winter, PM10: 60 + 50 * winter, CO: 0.8 + winter, O3: 100 + 70 * (1 - winter) },
      composite: {
        SO2: (8 + 14 * winter) / 60, NO2: (30 + 16 * winter) / 40, PM10: (60 + 50 * winter) / 70,
        'PM2.5': (30 + 40 * winter) / 35, CO: (1.2 + winter) / 4, O3: (110 + 80 * (1 - winter)) / 160,
      },
    };
  });
}
