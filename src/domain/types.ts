/**
 * The shared vocabulary of the Lantian core. Every module of `src/domain/` speaks these types;
 * the worker, the CLI, the charts and the UI consume them. Pure data: no classes, no DOM.
 *
 * Conventions
 * - Times are China Standard Time wall-clock values. A calendar day is a `DayNumber`: whole days
 *   since 1970-01-01 of the *civil* date (no time zone involved, see `calendar.ts`). An hour is
 *   `dayNumber * 24 + hour` with hour 0..23 (the national exports' labels).
 * - Concentrations are µg/m³, except CO in mg/m³ (GB 3095 Table 1). `NaN` in typed arrays and
 *   `null` in objects mean "missing or invalid".
 */

/** The six basic pollutants of GB 3095 Table 1 that enter the AQI and the composite index. */
export const POLLUTANTS = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'] as const;
export type Pollutant = (typeof POLLUTANTS)[number];

/** Index of a pollutant inside hourly value arrays (`values[hour * 6 + POLLUTANT_INDEX[p]]`). */
export const POLLUTANT_INDEX: Readonly<Record<Pollutant, number>> = {
  SO2: 0, NO2: 1, PM10: 2, 'PM2.5': 3, CO: 4, O3: 5,
};

/**
 * Daily statistics that enter the daily AQI (HJ 633-2012 §5.1.2: seven, with the O3 daily max 1-h;
 * HJ 633-2026 §4.2.2: six, without it). `O3_8h` is the daily maximum 8-h moving average (MDA8).
 */
export const DAILY_INDICATORS = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h'] as const;
export type DailyIndicator = (typeof DAILY_INDICATORS)[number];

/** The air-quality categories of HJ 633 Table 2 (2012) / Table 1 (2026), best first. */
export const CATEGORIES = ['excellent', 'good', 'light', 'moderate', 'heavy', 'severe'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Civil day number (days since 1970-01-01, CST calendar date). */
export type DayNumber = number;

/** A bilingual human message. Chinese first: it is the default language of the product. */
export interface Message {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Standards editions
// ---------------------------------------------------------------------------------------------

/**
 * A set of national standards applied together.
 * - `'2012'`: GB 3095-2012 (+ 2018 amendment), HJ 633-2012, HJ 663-2013.
 * - `'2026'`: GB 3095-2026, HJ 633-2026, HJ 663-2026 (in force from 2026-03-01).
 */
export type EditionId = '2012' | '2026';
/** `'auto'` follows the date of the data: before 2026-03-01 the 2012 set, otherwise 2026. */
export type EditionChoice = 'auto' | EditionId;
/** Which GB 3095 concentration-limit column applies (2026: transitional until 2030-12-31). */
export type LimitPhase = '2012' | '2026-transitional' | '2026-final';
export type LimitClass = 1 | 2;

// ---------------------------------------------------------------------------------------------
// Ingest
// ---------------------------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';

/**
 * Every code an Issue can carry: stable machine names the page, the CLI and the JSON report key on.
 * A new kind of problem adds its code here (the compiler then accepts it in the issue log).
 */
export const ISSUE_CODES = [
  'area-from-file-name', 'binary', 'binary-7z', 'binary-excel-xls', 'binary-excel-zip', 'binary-gzip',
  'binary-pdf', 'binary-rar', 'co-unit', 'column-mapping', 'constant-values', 'decoding-error', 'derived-type',
  'duplicate-column', 'duplicate-conflict', 'duplicate-rows', 'empty-file', 'hour-24', 'impossible-value',
  'incomplete-last-row', 'invalid-column-mapping', 'invalid-date', 'invalid-hour', 'malformed-quotes',
  'missing-station', 'missing-value', 'needs-column-mapping', 'negative-value', 'no-date-column', 'no-hour',
  'no-station-column', 'no-usable-rows', 'non-numeric', 'repeated-header', 'simulated-data',
  'station-without-values', 'unknown-format', 'unknown-type', 'unreadable-date', 'unterminated-quote',
  'utf16-no-bom',
  // Dust-fall tables (plan §21): a month cell that is not a month, a month that does not exist, a row without its county.
  'unreadable-month', 'invalid-month', 'missing-county',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * A problem found (and how it was handled) while reading a file. Repeated problems of the same
 * kind in the same column are reported once with a `count` and the first few `rows`.
 */
export interface Issue {
  file: string;
  /** 1-based line number in the file (header = 1), when the issue is about one row. */
  row?: number;
  column?: string;
  severity: Severity;
  /** Stable machine code (`ISSUE_CODES`), e.g. 'missing-value', 'negative-value', 'duplicate-conflict'. */
  code: IssueCode;
  message: Message;
  /** How many rows/cells this issue stands for (≥ 1). */
  count?: number;
  /** Up to 10 example rows when `count > 1`. */
  rows?: number[];
}

export type FormatId = 'station-hourly-long' | 'network-wide-hourly' | 'daily-table' | 'station-list' | 'dust-days' | 'dust-fall';

/** What was learnt about one input file. */
export interface FileSummary {
  name: string;
  bytes: number;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'unknown';
  delimiter: ',' | '\t' | ';' | null;
  format: FormatId | null;
  rows: number;
  /** Rows that produced at least one value. */
  rowsUsed: number;
  stations: string[];
  /** Number of stations when `stations` was cut short for the page (the dashboard model lists at most 20). */
  stationCount?: number;
  /** First and last date present, 'YYYY-MM-DD'. */
  firstDate: string | null;
  lastDate: string | null;
  /** CO unit detected in the file, with how it was decided. */
  coUnit?: { unit: 'mg/m3' | 'ug/m3'; how: 'header' | 'magnitude' | 'setting' | 'format' };
  /** True when nothing usable was read (the file is reported and otherwise ignored). */
  rejected: boolean;
}

/** A monitoring station (or, for city-level files, the city itself acting as one station). */
export interface Station {
  /** Unique key inside a dataset: the code when known, else the name. */
  key: string;
  code?: string;
  name: string;
  /** The city/area the station belongs to, when the data or a station list says so. */
  city?: string;
  /** Background/control station (对照点): not part of the city average (HJ 663). */
  background?: boolean;
  /** Province (省级行政区), when a station list says so (the area picker groups cities by it). */
  province?: string;
}

/**
 * Hourly concentrations of one station on one day: `values[hour * 6 + POLLUTANT_INDEX[p]]`,
 * `NaN` = missing; `seen[hour] = 1` once a row for that hour has been read (for duplicates).
 */
export interface StationDay {
  values: Float64Array;
  seen: Uint8Array;
}

/**
 * One row of a daily city table (or a daily value computed elsewhere). Values are daily
 * statistics as published; optional published AQI fields are kept for comparison only.
 */
export interface DailyRow {
  area: string;
  day: DayNumber;
  values: Partial<Record<DailyIndicator, number>>;
  published?: { aqi?: number; category?: string; primary?: string };
}

/** Everything read so far, merged across files. */
export interface Dataset {
  stations: Map<string, Station>;
  /** stationKey → dayNumber → hourly values. */
  hourly: Map<string, Map<DayNumber, StationDay>>;
  /** area → dayNumber → daily row (daily tables). */
  daily: Map<string, Map<DayNumber, DailyRow>>;
  /** Indicators each daily-table area actually carries (a column absent by design is not "missing"). */
  dailyIndicators: Map<string, Set<DailyIndicator>>;
  /** Dates flagged as dust/sand days (扣沙), 'YYYY-MM-DD'. */
  dustDays: Set<string>;
  /**
   * Monthly dust fall (降尘量) per county, t/(km²·month) = g/(m²·month) (plan §21): county → 'YYYY-MM' → value.
   * Read from dust-fall tables; empty when none is loaded.
   */
  dustFall: Map<string, Map<string, number>>;
  files: FileSummary[];
  issues: Issue[];
}

// ---------------------------------------------------------------------------------------------
// Settings (standards.md §8): every documented default is a named, reportable setting
// ---------------------------------------------------------------------------------------------

export interface Settings {
  edition: EditionChoice;
  /** S_i of the composite index: the 2012 class-2 limits (ranking practice) or the edition's. */
  compositeLimits: 'gb3095-2012' | 'edition';
  /** Weighted composite index claimed for HJ 663-2026 is unconfirmed: off by default. */
  compositeWeights: 'none' | 'hj663-2026-unconfirmed';
  /** CO unit of input files: detected by default. */
  coUnit: 'auto' | 'mg/m3' | 'ug/m3';
  /** Name of the area formed by stations without a city. */
  defaultAreaName: string;
  /** Exclude background/control stations (对照点) from the city mean. */
  excludeBackgroundStations: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  edition: 'auto',
  compositeLimits: 'gb3095-2012',
  compositeWeights: 'none',
  coUnit: 'auto',
  defaultAreaName: '全部站点',
  excludeBackgroundStations: true,
};

// ---------------------------------------------------------------------------------------------
// Computed results
// ---------------------------------------------------------------------------------------------

/** One area-day after aggregation and the daily AQI (HJ 633 日报). */
export interface DayResult {
  date: string; // 'YYYY-MM-DD'
  day: DayNumber;
  edition: EditionId;
  /** Daily statistics of the area (mean of station daily values), unrounded; null = invalid. */
  conc: Record<DailyIndicator, number | null>;
  /** IAQI per indicator (integers after the ceiling rule); absent = not computed. */
  iaqi: Partial<Record<DailyIndicator, number>>;
  /** Daily AQI; null when the day is not valid (HJ 633-2026 §5.3.1 NA rule, §8 defaults). */
  aqi: number | null;
  category: CategoryId | null;
  /** Primary pollutant(s), ties included; empty when AQI ≤ 50. */
  primary: Pollutant[];
  /** Pollutants with IAQI > 100 (HJ 633-2012 only; for 2026 judged against GB 3095 daily limits). */
  exceeding: Pollutant[];
  valid: boolean;
  /** Stations that contributed at least one valid daily value. */
  stations: number;
  dust: boolean;
}

export interface PollutantStat {
  /** Period mean of valid daily values (O3: mean of MDA8; CO: mean of daily means), unrounded. */
  mean: number | null;
  /** HJ 663 percentile: SO2/NO2 p98, PM10/PM2.5/CO p95, O3 MDA8 p90, unrounded. */
  percentile: number | null;
  percentileRank: 98 | 95 | 90;
  validDays: number;
}

export interface ClassEvaluation {
  /** Limit values used, with the phase/edition they come from. */
  meanLimit: number | null;
  percentileLimit: number;
  meanMet: boolean | null;
  percentileMet: boolean | null;
  /** Both criteria met (null when data are insufficient). */
  met: boolean | null;
  /** Annual validity (≥ 324 days and ≥ 27 per month, 25 in February) when the period is a year. */
  dataSufficient: boolean;
}

export interface CompositeResult {
  /** Σ I_i, rounded to 2 decimals as published. */
  index: number;
  /** I_i per pollutant (from rounded C_i). */
  subIndices: Record<Pollutant, number>;
  /** Largest I_i and its pollutant(s). */
  max: { value: number; pollutants: Pollutant[] };
  /** The rounded C_i and the S_i used. */
  inputs: Record<Pollutant, { c: number; s: number }>;
  limits: Settings['compositeLimits'];
  weights: Settings['compositeWeights'];
}

export interface Episode {
  start: string;
  end: string;
  days: number;
  peakAqi: number;
  peakDate: string;
}

export interface PeriodStats {
  area: string;
  from: string;
  to: string;
  edition: EditionId;
  /** True when the period's days fall under both editions (auto mode across 2026-03-01). */
  mixedEditions: boolean;
  calendarDays: number;
  validDays: number;
  goodDays: number;
  /** goodDays / validDays (0..1), null when no valid day. */
  goodDayRatio: number | null;
  /**
   * The ratio as published: percent with 1 decimal, rounded once half-even from the exact
   * goodDays / validDays (198/365 → 54.2); null when no valid day. Displays must use this (or the
   * counts), never a rounded `goodDayRatio`.
   */
  goodDayRatioPercent: number | null;
  heavyDays: number;
  categoryDays: Record<CategoryId, number>;
  primaryDays: Record<Pollutant, number>;
  exceedanceDays: Record<Pollutant, number>;
  pollutants: Record<Pollutant, PollutantStat>;
  class1: Record<Pollutant, ClassEvaluation>;
  class2: Record<Pollutant, ClassEvaluation>;
  composite: CompositeResult | null;
  episodes: Episode[];
  /** Same statistics with dust-flagged days excluded (concentrations/composite) — when flags exist. */
  dustExcluded?: { composite: CompositeResult | null; pollutants: Record<Pollutant, PollutantStat> };
}
