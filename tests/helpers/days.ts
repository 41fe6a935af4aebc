/**
 * Hand-built DayResults for tests of the period statistics (no AQI computation involved: the AQI,
 * category and primary pollutants are given as a bulletin would list them). Not used by production code.
 */
import type { CategoryId, DailyIndicator, DayNumber, DayResult, Pollutant } from '../../src/domain/types.ts';
import { isoDate, parseIsoDate } from '../../src/domain/calendar.ts';

export function dn(iso: string): DayNumber {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** HJ 633 Table 2 categories by AQI, written out for the tests. */
export function categoryOf(aqi: number): CategoryId {
  return aqi <= 50 ? 'excellent' : aqi <= 100 ? 'good' : aqi <= 150 ? 'light' : aqi <= 200 ? 'moderate' : aqi <= 300 ? 'heavy' : 'severe';
}

export interface DaySpec {
  aqi?: number | null;
  primary?: Pollutant[];
  exceeding?: Pollutant[];
  conc?: Partial<Record<DailyIndicator, number>>;
  dust?: boolean;
}

export function makeDay(d: DayNumber | string, spec: DaySpec = {}): DayResult {
  const day = typeof d === 'string' ? dn(d) : d;
  const aqi = spec.aqi ?? null;
  const conc: Record<DailyIndicator, number | null> = { SO2: null, NO2: null, PM10: null, 'PM2.5': null, CO: null, O3_8h: null, O3_1h: null };
  for (const [k, v] of Object.entries(spec.conc ?? {}) as [DailyIndicator, number][]) conc[k] = v;
  return {
    date: isoDate(day), day, edition: '2012', conc, iaqi: {}, aqi,
    category: aqi === null ? null : categoryOf(aqi),
    primary: spec.primary ?? [], exceeding: spec.exceeding ?? [],
    valid: aqi !== null, stations: aqi === null && !spec.conc ? 0 : 1, dust: spec.dust ?? false,
  };
}

/** Consecutive days from `fromIso`, one per spec. */
export function makeDays(fromIso: string, specs: readonly DaySpec[]): DayResult[] {
  const start = dn(fromIso);
  return specs.map((s, i) => makeDay(start + i, s));
}
