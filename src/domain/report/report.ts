/**
 * The report: one JSON document with the annual statistics of every area and year (and optionally
 * the daily table and the target evaluation), numbers rounded as official bulletins publish them.
 * Shape documented in docs/report-json.md; the CLI prints it as JSON, CSV or text.
 */
import { dustFallSummary, type DustFallLimit, type DustFallSummary } from '../stats/dustFall.ts';
import { CATEGORIES, POLLUTANTS } from '../types.ts';
import type {
  CategoryId, ClassEvaluation, DailyIndicator, Dataset, DayNumber, DayResult, EditionId, Episode, FileSummary, Issue,
  Message, PeriodStats, Pollutant, Settings,
} from '../types.ts';
import { civilDate, dayNumber, isoDate } from '../calendar.ts';
import { roundHalfEven } from '../math/round.ts';
import { EDITIONS, EDITION_SWITCH_DAY } from '../standards/editions.ts';
import { listAreas, type Area } from '../aggregate/areas.ts';
import { absentIndicatorsOf, computeAreaDays, dataExtent } from '../aggregate/areaDays.ts';
import { goodDayRatioPercent, periodStats } from '../stats/period.ts';
import { publishedDecimals } from '../standards/hj663.ts';
import { rankByComposite } from '../stats/ranking.ts';
import { hasData } from '../aqi/dayRules.ts';
import { evaluateTargets } from '../targets/evaluate.ts';
import type { TargetEvaluation, TargetSet } from '../targets/types.ts';
import { parseIsoDate } from '../calendar.ts';
import { bilingual, listOf, tr } from '../text/text.ts';

export const REPORT_FORMAT = 'lantian-report/1';

/** A concentration as published: integers in µg/m³, CO to 1 decimal in mg/m³ (GB/T 8170 half-even). */
export function publishConc(p: Pollutant, x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : roundHalfEven(x, publishedDecimals(p));
}

/**
 * A ratio as a fraction with 4 decimals (61.37 % → 0.6137). Kept for the stable JSON shape; never
 * display it as a percentage (double rounding: 0.5425 → 54.3 % for 198/365 = 54.2466 %) — use
 * `goodDayRatioPercent` (rounded once from the counts).
 */
export function publishRatio(x: number | null): number | null {
  return x === null ? null : roundHalfEven(x, 4);
}

export interface ReportEdition {
  /** 'auto' = chosen by the date of the data (2012 set before 2026-03-01); 'override' = the user's choice. */
  mode: 'auto' | 'override';
  choice: Settings['edition'];
  /** Editions used by the reported days. */
  ids: EditionId[];
  /** True when the reported data fall under both editions (a year straddling 2026-03-01 in auto mode). */
  mixed: boolean;
  switchDate: string;
  standards: { id: EditionId; gb3095: string; hj633: string; hj663: string; label: Message }[];
}

export interface Convention {
  name: string;
  value: string;
  /** False where the standards leave the choice open or the text could not be checked (standards.md §7). */
  confirmed: boolean;
  basis: string;
}

export interface ReportSettings extends Settings {
  conventions: Convention[];
  rounding: Record<string, string>;
}

/** A pollutant's GB 3095 class evaluation as the report writes it: the fields of `ClassEvaluation` (copied by `classSummary`, so the JSON keeps this shape). */
export type ClassSummary = Pick<ClassEvaluation, 'meanLimit' | 'percentileLimit' | 'meanMet' | 'percentileMet' | 'met' | 'dataSufficient'>;

export interface YearReport {
  year: number;
  from: string;
  to: string;
  edition: EditionId;
  mixedEditions: boolean;
  calendarDays: number;
  /** Days of the year with at least one valid daily value (of any pollutant). */
  daysWithData: number;
  validDays: number;
  goodDays: number;
  /** goodDays / validDays as a fraction with 4 decimals. Not for display: use `goodDayRatioPercent`. */
  goodDayRatio: number | null;
  /** The published ratio in percent, 1 decimal, rounded once half-even from goodDays / validDays (198/365 → 54.2). */
  goodDayRatioPercent: number | null;
  heavyDays: number;
  categoryDays: Record<CategoryId, number>;
  SO2: { mean: number | null; p98: number | null; validDays: number };
  NO2: { mean: number | null; p98: number | null; validDays: number };
  PM10: { mean: number | null; p95: number | null; validDays: number };
  'PM2.5': { mean: number | null; p95: number | null; validDays: number };
  CO: { p95: number | null; mean: number | null; validDays: number };
  O3: { p90: number | null; mean: number | null; validDays: number };
  compositeIndex: number | null;
  subIndices: Record<Pollutant, number> | null;
  maxSubIndex: { value: number; pollutants: Pollutant[] } | null;
  primaryDays: Record<Pollutant, number>;
  exceedanceDays: Record<Pollutant, number>;
  class1: Record<Pollutant, ClassSummary>;
  class2: Record<Pollutant, ClassSummary>;
  /** True when the year meets the GB 3095 Table 4 annual validity rule for every pollutant. */
  annualDataSufficient: boolean;
  episodes: Episode[];
  /** Rank of the area's composite index among the loaded areas for this year (1 = cleanest). */
  rankAmongLoaded: number | null;
  /**
   * Concentrations and composite with the PM10 and PM2.5 values of dust-flagged days removed (the gases
   * keep every day), when the data flag any. Day counts and ratios above include dust days.
   */
  dustExcluded?: { compositeIndex: number | null; pollutants: Record<Pollutant, { mean: number | null; percentile: number | null }> };
}

export interface DailyReportRow {
  date: string;
  aqi: number | null;
  category: CategoryId | null;
  primary: Pollutant[];
  SO2: number | null;
  NO2: number | null;
  PM10: number | null;
  'PM2.5': number | null;
  CO: number | null;
  O3_1h: number | null;
  O3_8h: number | null;
  valid: boolean;
  edition: EditionId;
  stations: number;
  dust: boolean;
}

export interface AreaReport {
  name: string;
  stations: string[];
  source: 'hourly' | 'daily';
  /** First and last day with data. */
  dataFrom: string | null;
  dataTo: string | null;
  /**
   * Daily indicators with no valid value anywhere in the area's data (a column absent by design,
   * HJ 633-2026 §5.3.2): the daily AQI is computed without them. Empty for complete data.
   */
  absentIndicators: DailyIndicator[];
  /** Why `absentIndicators` matters, for the reader (zh + en); null when none is absent. */
  absentIndicatorsNote: Message | null;
  years: YearReport[];
  daily?: DailyReportRow[];
  targets?: TargetEvaluation[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  edition: ReportEdition;
  settings: ReportSettings;
  issues: Issue[];
  files: FileSummary[];
  areas: AreaReport[];
  /** Per year, the loaded areas ranked by composite index (1 = cleanest; ties share a rank). */
  ranking: { year: number; areas: { area: string; compositeIndex: number | null; rank: number | null }[] }[];
  targets?: { city: string; plan: Message; planSource: string; year: number };
  /** Present when a dust-fall table was read: every county's months against the plan's line (§21). */
  dustFall?: DustFallSummary;
}

/** The §8 defaults (standards.md) the computation follows, by name, with their confirmation status. */
export function conventions(settings: Settings): Convention[] {
  return [
    { name: 'naturalDay', value: 'hours labelled 0..23 of the date', confirmed: false, basis: 'GB 3095 自然日; layout of the national exports (standards.md §8)' },
    { name: 'cityDailyValue', value: 'arithmetic mean of the valid station daily values (station first)', confirmed: false, basis: 'HJ 663 city value; averaging order not confirmed (standards.md §2.8)' },
    { name: 'excludeBackgroundStations', value: String(settings.excludeBackgroundStations), confirmed: false, basis: 'HJ 663 evaluation stations exclude 对照点 (standards.md §8)' },
    { name: 'o3Mda8', value: '17 8-h windows ending 07..23 h, each with ≥ 6 hours; day valid with ≥ 14 windows, or fewer if the max exceeds the 8-h limit', confirmed: false, basis: 'HJ 663 §6.1.2 as reported by secondary sources (standards.md §1.5)' },
    { name: 'o3Max1hValidity', value: '≥ 20 valid hours (2012 daily AQI only)', confirmed: false, basis: 'same completeness as the other daily values (standards.md §8)' },
    { name: 'dailyValidity', value: '≥ 20 valid hourly values per day', confirmed: true, basis: 'GB 3095-2026 Table 4 (standards.md §1.5)' },
    { name: 'concentrationRoundingBeforeIaqi', value: 'half-even to integers (CO 1 decimal), also for 2012-era data', confirmed: false, basis: 'HJ 633-2026 §4.2.2 (2026 confirmed); CNEMC practice for 2012 (standards.md §2.3)' },
    { name: 'iaqiRounding', value: 'ceiling on exact decimals', confirmed: true, basis: 'HJ 633-2012 §6.2, HJ 633-2026 §4.2.6' },
    { name: 'absentIndicator', value: 'an indicator with no valid value in the whole data of an area (hourly: no valid hour at any evaluation station; daily table: no column) is not required: the daily AQI comes from the others (areas[].absentIndicators)', confirmed: false, basis: 'HJ 633-2026 §5.3.2 "not monitored by design" (its condition — never primary on a polluted day for 3 years — is not checked); the same default for 2012-era data is a convention (standards.md §8)' },
    { name: 'missingIndicatorDay', value: 'a day counts only if all indicators are present, or the AQI from the present ones exceeds 100', confirmed: false, basis: 'HJ 633-2026 §5.3.1; its use for the valid-day denominator is not confirmed (standards.md §3.4)' },
    { name: 'annualStatistics', value: 'means and HJ 663 percentiles of the unrounded valid daily values; the published figure rounded half-even', confirmed: false, basis: 'standards.md §3.3, §8' },
    { name: 'percentileMethod', value: 'k = 1 + (n − 1)·p/100, linear interpolation', confirmed: false, basis: 'HJ 663 Appendix A via secondary sources (standards.md §3.2)' },
    { name: 'compositeLimits', value: settings.compositeLimits, confirmed: false, basis: 'S_i = GB 3095-2012 class-2 limits in ranking practice (standards.md §4.1)' },
    { name: 'compositeWeights', value: settings.compositeWeights, confirmed: false, basis: 'weights claimed for HJ 663-2026 are unverified (standards.md §3.5)' },
    { name: 'compositeInputs', value: 'rounded published C_i, index to 2 decimals', confirmed: false, basis: '168-city ranking practice (standards.md §4.1)' },
    { name: 'edition', value: settings.edition, confirmed: false, basis: 'by the date of the data: 2012 set before 2026-03-01; practice for a straddling year not confirmed (standards.md §0)' },
    { name: 'coUnit', value: settings.coUnit, confirmed: true, basis: 'GB 3095 Table 1: CO in mg/m³; µg/m³ inputs divided by 1000' },
    { name: 'defaultAreaName', value: settings.defaultAreaName, confirmed: true, basis: 'name given to stations without a city' },
    { name: 'dust', value: 'when days are flagged, dustExcluded gives the concentrations and composite with the PM10 and PM2.5 values of dust days removed — PM10 and PM2.5 only: SO2, NO2, CO and O3 keep every valid day; day counts and day ratios (valid, good, heavy days, goodDayRatio) include dust days', confirmed: false, basis: '环办监测〔2016〕120号 deducts the particulate concentrations of dust processes (沙尘天气过程颗粒物浓度扣除); GB 3095-2026 §6.4 all valid data are used; how day ratios are recomputed without dust days is not confirmed (standards.md §4.2)' },
  ];
}

export const ROUNDING: Record<string, string> = {
  method: 'GB/T 8170 round half to even on the decimal value, applied only to the published figure',
  concentrations: 'integers in µg/m³ (SO2, NO2, PM10, PM2.5, O3); CO 1 decimal in mg/m³',
  goodDayRatio: 'fraction (good / valid days) with 4 decimals; not for display (rounding it again double-rounds)',
  goodDayRatioPercent: 'percent with 1 decimal, rounded once half-even from the exact good / valid days (198/365 → 54.2); displays use this or the counts',
  compositeIndex: '2 decimals, from the rounded C_i (exact rational arithmetic)',
  subIndices: '3 decimals, unweighted C_i / S_i from the rounded C_i (their sum may differ from the index in the last digit)',
  dailyConcentrations: 'the same as concentrations (integers, CO 1 decimal)',
};

function editionOf(days: readonly DayResult[], settings: Settings): ReportEdition {
  const ids = new Set<EditionId>();
  for (const d of days) if (hasData(d)) ids.add(d.edition);
  const list = (['2012', '2026'] as const).filter((e) => ids.has(e));
  return {
    mode: settings.edition === 'auto' ? 'auto' : 'override',
    choice: settings.edition,
    ids: list,
    mixed: list.length > 1,
    switchDate: isoDate(EDITION_SWITCH_DAY),
    standards: list.map((id) => ({ id, gb3095: EDITIONS[id].gb3095, hj633: EDITIONS[id].hj633, hj663: EDITIONS[id].hj663, label: EDITIONS[id].label })),
  };
}

function classSummary(c: ClassEvaluation): ClassSummary {
  return { meanLimit: c.meanLimit, percentileLimit: c.percentileLimit, meanMet: c.meanMet, percentileMet: c.percentileMet, met: c.met, dataSufficient: c.dataSufficient };
}

function mapPollutants<T>(f: (p: Pollutant) => T): Record<Pollutant, T> {
  const r = {} as Record<Pollutant, T>;
  for (const p of POLLUTANTS) r[p] = f(p);
  return r;
}


/**
 * The reader's note on indicators absent from an area's whole data (HJ 633-2026 §5.3.2): which ones,
 * and that the daily AQI and the valid days are computed without them. Null when none is absent.
 */
export function absentIndicatorsNote(absent: readonly DailyIndicator[]): Message | null {
  if (absent.length === 0) return null;
  return bilingual('absentIndicatorsNote', (lang) => ({
    indicators: listOf(absent.map((i) => tr(lang, `indicator_${i}`)), lang),
  }));
}

/** Annual statistics as published, from `periodStats` of the calendar year. */
export function yearReport(s: PeriodStats, year: number, daysWithData: number): YearReport {
  const P = s.pollutants;
  const conc = (p: Pollutant, x: number | null) => publishConc(p, x);
  const cats = {} as Record<CategoryId, number>;
  for (const c of CATEGORIES) cats[c] = s.categoryDays[c];
  const out: YearReport = {
    year, from: s.from, to: s.to, edition: s.edition, mixedEditions: s.mixedEditions,
    calendarDays: s.calendarDays, daysWithData, validDays: s.validDays, goodDays: s.goodDays,
    goodDayRatio: publishRatio(s.goodDayRatio), goodDayRatioPercent: goodDayRatioPercent(s.goodDays, s.validDays), heavyDays: s.heavyDays, categoryDays: cats,
    SO2: { mean: conc('SO2', P.SO2.mean), p98: conc('SO2', P.SO2.percentile), validDays: P.SO2.validDays },
    NO2: { mean: conc('NO2', P.NO2.mean), p98: conc('NO2', P.NO2.percentile), validDays: P.NO2.validDays },
    PM10: { mean: conc('PM10', P.PM10.mean), p95: conc('PM10', P.PM10.percentile), validDays: P.PM10.validDays },
    'PM2.5': { mean: conc('PM2.5', P['PM2.5'].mean), p95: conc('PM2.5', P['PM2.5'].percentile), validDays: P['PM2.5'].validDays },
    CO: { p95: conc('CO', P.CO.percentile), mean: conc('CO', P.CO.mean), validDays: P.CO.validDays },
    O3: { p90: conc('O3', P.O3.percentile), mean: conc('O3', P.O3.mean), validDays: P.O3.validDays },
    compositeIndex: s.composite ? roundHalfEven(s.composite.index, 2) : null,
    subIndices: s.composite ? mapPollutants((p) => roundHalfEven(s.composite!.subIndices[p], 3)) : null,
    maxSubIndex: s.composite ? { value: roundHalfEven(s.composite.max.value, 3), pollutants: s.composite.max.pollutants } : null,
    primaryDays: { ...s.primaryDays },
    exceedanceDays: { ...s.exceedanceDays },
    class1: mapPollutants((p) => classSummary(s.class1[p])),
    class2: mapPollutants((p) => classSummary(s.class2[p])),
    annualDataSufficient: POLLUTANTS.every((p) => s.class2[p].dataSufficient),
    episodes: s.episodes,
    rankAmongLoaded: null,
  };
  if (s.dustExcluded) {
    const d = s.dustExcluded;
    out.dustExcluded = {
      compositeIndex: d.composite ? roundHalfEven(d.composite.index, 2) : null,
      pollutants: mapPollutants((p) => ({ mean: conc(p, d.pollutants[p].mean), percentile: conc(p, d.pollutants[p].percentile) })),
    };
  }
  return out;
}

/** One daily row as published (concentrations rounded; AQI and category as computed). */
export function dailyRow(d: DayResult): DailyReportRow {
  const c = d.conc;
  return {
    date: d.date, aqi: d.aqi, category: d.category, primary: d.primary,
    SO2: publishConc('SO2', c.SO2), NO2: publishConc('NO2', c.NO2), PM10: publishConc('PM10', c.PM10),
    'PM2.5': publishConc('PM2.5', c['PM2.5']), CO: publishConc('CO', c.CO),
    O3_1h: publishConc('O3', c.O3_1h), O3_8h: publishConc('O3', c.O3_8h),
    valid: d.valid, edition: d.edition, stations: d.stations, dust: d.dust,
  };
}

/** The area's days from Jan 1 of `fromYear` to Dec 31 of `toYear` (one DayResult per calendar day). */
export function areaYearsDays(dataset: Dataset, area: string, settings: Settings, fromYear: number, toYear: number): DayResult[] {
  return computeAreaDays(dataset, area, settings, { from: dayNumber(fromYear, 1, 1), to: dayNumber(toYear, 12, 31) });
}

export interface ReportOptions {
  /** Only this area (by name). */
  area?: string;
  /** Only this calendar year. */
  year?: number;
  /** Include the daily table. */
  daily?: boolean;
  /** Evaluate this target set for every reported area. */
  targets?: TargetSet;
  /** The dust-fall line (the plan's, e.g. `builtinDustFallLimit()`, §21): with it, the report summarises the dataset's dust fall. */
  dustFallLimit?: DustFallLimit;
}

/** Years (and the window of days) a target set needs: its periods and the previous year's. */
function targetYears(set: TargetSet): { from: number; to: number } {
  let from = set.year - 1;
  let to = set.year;
  for (const t of set.targets) {
    for (const s of [t.period?.from, t.period?.to, set.period?.from, set.period?.to]) {
      if (!s) continue;
      const d = parseIsoDate(s);
      if (d === null) continue;
      const y = civilDate(d).year;
      from = Math.min(from, y - 1);
      to = Math.max(to, y);
    }
  }
  return { from, to };
}

/**
 * The report (docs/report-json.md): edition, settings (every §8 default, with its confirmation
 * status), issues, and per area the annual statistics of every year with data (or `opts.year`),
 * the optional daily table over the data span, the optional target evaluation, and the ranking of
 * the loaded areas by composite index per year.
 * @throws {Error} when `opts.area` names no area of the dataset.
 */
export function buildReport(dataset: Dataset, settings: Settings, opts: ReportOptions = {}): Report {
  const all = listAreas(dataset, settings);
  let areas: Area[] = all;
  if (opts.area !== undefined) {
    areas = all.filter((a) => a.name === opts.area);
    if (areas.length === 0) {
      throw new Error(`no area named "${opts.area}"; areas: ${all.map((a) => a.name).join(', ') || '(none)'}`);
    }
  }
  const allDays: DayResult[] = [];
  const out: AreaReport[] = [];
  const indexByYear = new Map<number, { area: string; index: number | null }[]>();

  for (const a of areas) {
    const ext = dataExtent(dataset, a.name, settings);
    const absent = absentIndicatorsOf(dataset, a, settings);
    const rep: AreaReport = {
      name: a.name, stations: a.stations.map((s) => s.name), source: a.source,
      dataFrom: ext ? isoDate(ext.from) : null, dataTo: ext ? isoDate(ext.to) : null,
      absentIndicators: absent, absentIndicatorsNote: absentIndicatorsNote(absent), years: [],
    };
    out.push(rep);
    if (!ext) continue;
    const firstYear = civilDate(ext.from).year;
    const lastYear = civilDate(ext.to).year;
    const years: number[] = [];
    for (let y = firstYear; y <= lastYear; y++) if (opts.year === undefined || opts.year === y) years.push(y);
    let fromY = years[0] ?? firstYear;
    let toY = years[years.length - 1] ?? lastYear;
    if (opts.targets) {
      const ty = targetYears(opts.targets);
      fromY = Math.min(fromY, ty.from);
      toY = Math.max(toY, ty.to);
    }
    const days = areaYearsDays(dataset, a.name, settings, fromY, toY);
    const dayOf = (d: DayNumber) => days[d - days[0]!.day];

    for (const y of years) {
      const from = dayNumber(y, 1, 1);
      const to = dayNumber(y, 12, 31);
      const slice = days.slice(from - days[0]!.day, to - days[0]!.day + 1);
      const withData = slice.filter(hasData);
      if (withData.length === 0) continue;
      allDays.push(...withData);
      const s = periodStats(slice, { area: a.name, from, to, settings });
      rep.years.push(yearReport(s, y, withData.length));
      let list = indexByYear.get(y);
      if (!list) indexByYear.set(y, (list = []));
      list.push({ area: a.name, index: s.composite?.index ?? null });
    }
    if (opts.daily) {
      let from = ext.from;
      let to = ext.to;
      if (opts.year !== undefined) {
        from = Math.max(from, dayNumber(opts.year, 1, 1));
        to = Math.min(to, dayNumber(opts.year, 12, 31));
      }
      rep.daily = [];
      for (let d = from; d <= to; d++) {
        const r = dayOf(d);
        if (r) rep.daily.push(dailyRow(r));
      }
    }
    if (opts.targets) rep.targets = evaluateTargets(opts.targets, { area: a.name, settings, days });
  }

  const ranking = [...indexByYear.entries()].sort(([x], [y]) => x - y).map(([year, items]) => ({
    year,
    areas: rankByComposite(items).map((r) => ({ area: r.area, compositeIndex: r.index === null ? null : roundHalfEven(r.index, 2), rank: r.rank })),
  }));
  for (const { year, areas: ranked } of ranking) {
    for (const r of ranked) {
      const y = out.find((a) => a.name === r.area)?.years.find((x) => x.year === year);
      if (y) y.rankAmongLoaded = r.rank;
    }
  }

  const report: Report = {
    format: REPORT_FORMAT,
    edition: editionOf(allDays, settings),
    settings: { ...settings, conventions: conventions(settings), rounding: ROUNDING },
    issues: dataset.issues,
    files: dataset.files,
    areas: out,
    ranking,
  };
  if (opts.targets) {
    const t = opts.targets;
    report.targets = { city: t.city, plan: t.plan, planSource: t.planSource, year: t.year };
  }
  const dust = opts.dustFallLimit ? dustFallSummary(dataset.dustFall, opts.dustFallLimit) : null;
  if (dust) report.dustFall = dust;
  return report;
}
