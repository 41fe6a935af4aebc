/**
 * The dashboard model: everything the page shows for one area and year, as plain serialisable
 * data (posted from the worker to the page). Recomputed on every area/year/setting change, so it
 * computes the area's days once (previous year + selected year) and derives the rest from them.
 */
import { POLLUTANTS } from '../types.ts';
import type {
  DailyIndicator, Dataset, DayResult, EditionId, Episode, FileSummary, Issue, LimitPhase, Message, PeriodStats,
  Pollutant, Settings,
} from '../types.ts';
import { civilDate, dayNumber, isoDate } from '../calendar.ts';
import { EDITIONS, limitPhaseFor, type EditionInfo } from '../standards/editions.ts';
import { listAreas } from '../aggregate/areas.ts';
import { absentIndicatorsOf, computeAreaDays, dataExtent } from '../aggregate/areaDays.ts';
import { coverage, stationMonthlyMeans, type CoverageCell } from '../aggregate/coverage.ts';
import { periodStats, monthlyStats } from '../stats/period.ts';
import { hasData } from '../aqi/dayRules.ts';
import { compareStats, samePeriodLastYear } from '../stats/compare.ts';
import { evaluateTargets } from '../targets/evaluate.ts';
import type { TargetEvaluation, TargetSet } from '../targets/types.ts';
import { absentIndicatorsNote } from './report.ts';

export interface DashboardArea {
  name: string;
  stations: string[];
  source: 'hourly' | 'daily';
  /** Formed by stations without a city (named by `settings.defaultAreaName`): the page offers to rename it. */
  unnamed: boolean;
  /** First and last day with data, 'YYYY-MM-DD'. */
  dataFrom: string | null;
  dataTo: string | null;
  /** Daily indicators with no valid value in the area's whole data (not required for its AQI, HJ 633-2026 §5.3.2). */
  absentIndicators: DailyIndicator[];
}

export interface DashboardModel {
  areas: DashboardArea[];
  /** Selected area (null when nothing is loaded). */
  area: string | null;
  /**
   * Daily indicators absent from the selected area's whole data (e.g. no CO column): its daily AQI is
   * computed without them (HJ 633-2026 §5.3.2). The page must show `absentIndicatorsNote` as a warning.
   */
  absentIndicators: DailyIndicator[];
  /** Warning text (zh + en) for `absentIndicators`; null when none is absent. */
  absentIndicatorsNote: Message | null;
  /** Years with data for the selected area, ascending. */
  years: number[];
  /**
   * Selected year: the requested one, else the latest with data, else the target set's year;
   * 0 only when nothing is loaded and no target set is given (nothing to show).
   */
  year: number;
  settings: Settings;
  /** Editions used by the days of the selected year (two when auto mode straddles 2026-03-01). */
  editions: EditionId[];
  editionInfo: EditionInfo[];
  /** GB 3095 limit column in force at the end of the year (for limit lines). */
  phase: LimitPhase;
  /** Last day with data in the selected year ('YYYY-MM-DD'); null when none. */
  asOf: string | null;
  /** One DayResult per calendar day of the year / of the previous year. */
  days: DayResult[];
  lastYearDays: DayResult[];
  /** Months January .. the month of `asOf` (all 12 when the year is complete). */
  months: PeriodStats[];
  /** The calendar year (days without data count as such). */
  annual: PeriodStats | null;
  /** Year to date: 1 January .. asOf. */
  ytd: PeriodStats | null;
  /** The same period of the previous year (上年同期), when it has data. */
  ytdLastYear: PeriodStats | null;
  compare: ReturnType<typeof compareStats> | null;
  /** Heavy-pollution episodes of the year. */
  episodes: Episode[];
  targets: TargetEvaluation[];
  targetSet: { city: string; plan: TargetSet['plan']; planSource: string; year: number } | null;
  coverage: CoverageCell[];
  stationMeans: Record<Pollutant, { station: string; month: number; mean: number | null; validDays: number }[]>;
  files: FileSummary[];
  issues: Issue[];
}

function emptyMeans(): DashboardModel['stationMeans'] {
  const r = {} as DashboardModel['stationMeans'];
  for (const p of POLLUTANTS) r[p] = [];
  return r;
}

/**
 * Builds the dashboard model for one area and year (defaults: the first area, its latest year).
 * Year to date = 1 January through the last day with data in that year; the same period last year
 * per `samePeriodLastYear`. Targets are evaluated on the area's days of the year and the previous year.
 */
export function buildDashboardModel(
  dataset: Dataset,
  settings: Settings,
  opts: { area?: string; year?: number; targets?: TargetSet | null } = {},
): DashboardModel {
  const areaList = listAreas(dataset, settings);
  const extents = new Map(areaList.map((a) => [a.name, dataExtent(dataset, a.name, settings)]));
  const areas: DashboardArea[] = areaList.map((a) => {
    const ext = extents.get(a.name) ?? null;
    return {
      name: a.name,
      stations: a.stations.map((s) => s.name),
      source: a.source,
      unnamed: a.source === 'hourly' && a.name === settings.defaultAreaName && a.stations.every((s) => !s.city),
      dataFrom: ext ? isoDate(ext.from) : null,
      dataTo: ext ? isoDate(ext.to) : null,
      absentIndicators: absentIndicatorsOf(dataset, a, settings),
    };
  });
  const selected = areaList.find((a) => a.name === opts.area) ?? areaList[0];
  const targets = opts.targets ?? null;
  const model: DashboardModel = {
    areas,
    area: selected?.name ?? null,
    absentIndicators: [],
    absentIndicatorsNote: null,
    years: [],
    year: opts.year ?? targets?.year ?? 0,
    settings,
    editions: [],
    editionInfo: [],
    phase: '2012',
    asOf: null,
    days: [],
    lastYearDays: [],
    months: [],
    annual: null,
    ytd: null,
    ytdLastYear: null,
    compare: null,
    episodes: [],
    targets: [],
    targetSet: targets ? { city: targets.city, plan: targets.plan, planSource: targets.planSource, year: targets.year } : null,
    coverage: [],
    stationMeans: emptyMeans(),
    files: dataset.files,
    issues: dataset.issues,
  };
  const ext = selected ? extents.get(selected.name) ?? null : null;
  if (!selected || !ext) {
    if (targets) model.targets = evaluateTargets(targets, { area: selected?.name ?? targets.city, settings, days: [] });
    return model;
  }
  const area = selected.name;
  model.absentIndicators = areas.find((a) => a.name === area)?.absentIndicators ?? [];
  model.absentIndicatorsNote = absentIndicatorsNote(model.absentIndicators);
  const y0 = civilDate(ext.from).year;
  const y1 = civilDate(ext.to).year;
  for (let y = y0; y <= y1; y++) model.years.push(y);
  const year = opts.year ?? y1;
  model.year = year;

  const both = computeAreaDays(dataset, area, settings, { from: dayNumber(year - 1, 1, 1), to: dayNumber(year, 12, 31) });
  const split = dayNumber(year, 1, 1) - both[0]!.day;
  model.lastYearDays = both.slice(0, split);
  model.days = both.slice(split);
  const yearFrom = dayNumber(year, 1, 1);
  const yearTo = dayNumber(year, 12, 31);
  model.phase = limitPhaseFor(yearTo, model.days[model.days.length - 1]?.edition ?? '2012');

  let asOf: number | null = null;
  for (let i = model.days.length - 1; i >= 0; i--) {
    if (hasData(model.days[i]!)) {
      asOf = model.days[i]!.day;
      break;
    }
  }
  const eds = new Set<EditionId>();
  for (const d of model.days) if (hasData(d)) eds.add(d.edition);
  model.editions = (['2012', '2026'] as const).filter((e) => eds.has(e));
  model.editionInfo = model.editions.map((e) => EDITIONS[e]);

  if (asOf !== null) {
    model.asOf = isoDate(asOf);
    const lastMonth = civilDate(asOf).month;
    model.months = monthlyStats(model.days, year, { area, settings }).slice(0, lastMonth);
    model.annual = periodStats(model.days, { area, from: yearFrom, to: yearTo, settings });
    model.ytd = asOf === yearTo ? model.annual : periodStats(model.days, { area, from: yearFrom, to: asOf, settings });
    model.episodes = model.annual.episodes;
    const prev = samePeriodLastYear(yearFrom, asOf);
    if (model.lastYearDays.some(hasData)) {
      const prevDays = model.lastYearDays.filter((d) => d.day >= prev.from && d.day <= prev.to);
      if (prevDays.some(hasData)) {
        model.ytdLastYear = periodStats(prevDays, { area, from: prev.from, to: prev.to, settings });
        model.compare = compareStats(model.ytd, model.ytdLastYear);
      }
    }
    model.coverage = coverage(dataset, area, year, settings);
    for (const p of POLLUTANTS) model.stationMeans[p] = stationMonthlyMeans(dataset, area, year, p, settings);
  }
  if (targets) {
    // Targets of another year than the one shown need their own days.
    const days = targets.year === year ? both
      : computeAreaDays(dataset, area, settings, { from: dayNumber(targets.year - 1, 1, 1), to: dayNumber(targets.year, 12, 31) });
    model.targets = evaluateTargets(targets, { area, settings, days });
  }
  return model;
}
