/**
 * The dashboard model: everything the page shows for one area and year, as plain serialisable
 * data (posted from the worker to the page). Recomputed on every area/year/setting change, so it
 * computes the area's days once (previous year + selected year) and derives the rest from them.
 */
import { POLLUTANTS } from '../types.ts';
import type {
  DailyIndicator, Dataset, DayNumber, DayResult, EditionId, Episode, FileSummary, Issue, LimitPhase, Message, PeriodStats,
  Pollutant, Settings,
} from '../types.ts';
import { civilDate, dayNumber, isoDate, parseIsoDate } from '../calendar.ts';
import { EDITIONS, limitPhaseFor, type EditionInfo } from '../standards/editions.ts';
import { coverage, stationMonthlyMeans, type CoverageCell } from '../aggregate/coverage.ts';
import { periodStats, monthlyStats } from '../stats/period.ts';
import { hasData } from '../aqi/dayRules.ts';
import { compareStats, samePeriodLastYear } from '../stats/compare.ts';
import { CAMPAIGN_PERIODS, campaignView, type CampaignView } from '../stats/campaign.ts';
import { dustFallTable, type DustFallTable } from '../stats/dustFall.ts';
import { evaluateTargets } from '../targets/evaluate.ts';
import type { CompositeRankTarget, TargetEvaluation, TargetSet } from '../targets/types.ts';
import { absentIndicatorsNote } from './report.ts';
import { indexDataset, type DatasetIndex, type RankingPeriodChoice } from './datasetIndex.ts';
import { KEY_CITIES_168, KEY_CITIES_SCOPE, cityKey, rankingScopes, type KeyCityList } from '../ranking/keyCities.ts';
import { rankCities, type CityFigures, type CityRanking } from '../ranking/cityRanking.ts';
import { judgeRankFromData } from '../ranking/rankTarget.ts';

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
  /** The province of most of its stations (from a station list); absent when none is known. */
  province?: string;
}

/** The province most of `stations` are in (the first named on a tie); undefined when none names one. */
export function provinceOf(stations: readonly { province?: string }[]): string | undefined {
  const n = new Map<string, number>();
  let best: string | undefined, most = 0;
  for (const s of stations) {
    if (!s.province) continue;
    const c = (n.get(s.province) ?? 0) + 1;
    n.set(s.province, c);
    if (c > most) { best = s.province; most = c; }
  }
  return best;
}

/** The composite-index ranking of the loaded cities for one period, per scope (issue 9). */
export interface DashboardRanking {
  year: number;
  period: RankingPeriodChoice;
  /** First and last day the ranking covers ('YYYY-MM-DD'). */
  from: string;
  to: string;
  /** Months of the year with data (1..12), for the period picker. */
  months: number[];
  scopes: { id: string; name: Message; ranking: CityRanking }[];
  /** The scope shown first: the key cities when the target city is one, else all loaded cities. */
  defaultScope: string;
  /** The city to highlight (the target set's city when loaded, else the selected area). */
  city: string | null;
  /** Where the key-city list comes from, and that it is editable. */
  listNote: Message;
  listSource: string;
}

export interface DashboardModel {
  /** Areas with data, the target set's city first, then `listAreas` order. */
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
  /** Campaign seasons of the plan (§四(二) autumn–winter across the year, §四(一) summer) around the shown year. */
  campaigns: { autumnWinter: CampaignView | null; summer: CampaignView | null };
  targetSet: { city: string; plan: TargetSet['plan']; planSource: string; year: number } | null;
  /**
   * Monthly dust fall per county (plan §21), every loaded month; null when none is loaded. Judged
   * against the line of the plan in use on the page (`dustFallSummary`), not here.
   */
  dustFall: DustFallTable | null;
  coverage: CoverageCell[];
  stationMeans: Record<Pollutant, { station: string; month: number; mean: number | null; validDays: number }[]>;
  files: FileSummary[];
  /**
   * Name, code and background flag (对照点) of the stations the model names by key (the selected
   * area's, and those listed in `files`): a station list gives names to stations the data name by code.
   */
  stationLabels: Record<string, StationLabel>;
  issues: Issue[];
  /** The ranking of the loaded cities (null when nothing is loaded). */
  ranking: DashboardRanking | null;
}

/** How a station is shown: its name, its code (on hover) and whether it is a background station (对照点). */
export interface StationLabel {
  name: string;
  code?: string;
  background?: boolean;
}

/** Labels of `keys` from the dataset's stations (a key the dataset does not know is its own name). */
export function stationLabels(dataset: Dataset, keys: Iterable<string>): Record<string, StationLabel> {
  const out: Record<string, StationLabel> = {};
  for (const k of keys) {
    if (k in out) continue;
    const s = dataset.stations.get(k);
    const label: StationLabel = { name: s?.name || k };
    if (s?.code) label.code = s.code;
    if (s?.background) label.background = true;
    out[k] = label;
  }
  return out;
}

/** Stations a file summary lists in the model (a national file names 1,605: posted on every switch otherwise). */
const FILE_STATIONS_LISTED = 20;

/** The file summary as the page needs it: at most FILE_STATIONS_LISTED station names, with their count. */
function briefFile(f: FileSummary): FileSummary {
  return f.stations.length <= FILE_STATIONS_LISTED ? f : { ...f, stations: f.stations.slice(0, FILE_STATIONS_LISTED), stationCount: f.stations.length };
}

function emptyMeans(): DashboardModel['stationMeans'] {
  const r = {} as DashboardModel['stationMeans'];
  for (const p of POLLUTANTS) r[p] = [];
  return r;
}

/**
 * The default area: the target set's city when it has data, else the area with the most valid days
 * (the first in list order on a tie); null when no area has data.
 */
export function defaultArea(index: DatasetIndex, targetCity: string | null): string | null {
  const withData = index.areas.filter((a) => index.info.get(a.name)?.extent);
  if (targetCity !== null) {
    const t = withData.find((a) => cityKey(a.name) === cityKey(targetCity));
    if (t) return t.name;
  }
  let best: string | null = null, most = -1;
  for (const a of withData) {
    const n = index.validDays(a.name);
    if (n > most) { best = a.name; most = n; }
  }
  return best;
}

/**
 * Builds the dashboard model for one area and year (defaults: `defaultArea`, its latest year).
 * Year to date = 1 January through the last day with data in that year; the same period last year
 * per `samePeriodLastYear`. Targets are evaluated on the area's days of the year and the previous year.
 * `index` (from `indexDataset`, kept by the caller per dataset and settings) makes a switch of area,
 * year or period cheap; without it one is built for this call.
 */
export function buildDashboardModel(
  dataset: Dataset,
  settings: Settings,
  opts: {
    area?: string; year?: number; targets?: TargetSet | null; index?: DatasetIndex;
    rankingPeriod?: RankingPeriodChoice; keyCities?: KeyCityList;
  } = {},
): DashboardModel {
  const index = opts.index && opts.index.dataset === dataset && opts.index.settings === settings ? opts.index : indexDataset(dataset, settings);
  const targetCity = opts.targets?.city ?? null;
  const withData = index.areas.filter((a) => index.info.get(a.name)?.extent);
  const first = targetCity === null ? undefined : withData.find((a) => cityKey(a.name) === cityKey(targetCity));
  const ordered = first ? [first, ...withData.filter((a) => a !== first)] : withData;
  const areas: DashboardArea[] = ordered.map((a) => {
    const i = index.info.get(a.name)!;
    const ext = i.extent;
    const province = provinceOf(a.stations);
    return {
      name: a.name,
      stations: a.stations.map((s) => s.name),
      source: a.source,
      unnamed: a.source === 'hourly' && a.name === settings.defaultAreaName && a.stations.every((s) => !s.city),
      dataFrom: ext ? isoDate(ext.from) : null,
      dataTo: ext ? isoDate(ext.to) : null,
      absentIndicators: i.absent,
      ...(province ? { province } : {}),
    };
  });
  const wanted = opts.area !== undefined && index.info.get(opts.area)?.extent ? opts.area : defaultArea(index, targetCity);
  const selected = wanted === null ? undefined : index.info.get(wanted)?.area;
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
    campaigns: { autumnWinter: null, summer: null },
    targetSet: targets ? { city: targets.city, plan: targets.plan, planSource: targets.planSource, year: targets.year } : null,
    dustFall: dataset.dustFall.size > 0 ? dustFallTable(dataset.dustFall) : null,
    coverage: [],
    stationMeans: emptyMeans(),
    files: dataset.files.map(briefFile),
    stationLabels: {},
    issues: dataset.issues,
    ranking: null,
  };
  model.stationLabels = stationLabels(dataset, [...(selected?.stations.map((s) => s.key) ?? []), ...model.files.flatMap((f) => f.stations)]);
  const ext = selected ? index.info.get(selected.name)?.extent ?? null : null;
  if (!selected || !ext) {
    if (targets) model.targets = evaluateTargets(targets, { area: selected?.name ?? targets.city, settings, days: [] });
    return model;
  }
  const area = selected.name;
  model.absentIndicators = index.info.get(area)?.absent ?? [];
  model.absentIndicatorsNote = absentIndicatorsNote(model.absentIndicators);
  const y0 = civilDate(ext.from).year;
  const y1 = civilDate(ext.to).year;
  for (let y = y0; y <= y1; y++) model.years.push(y);
  const year = opts.year ?? y1;
  model.year = year;

  const both = index.areaDays(area, year - 1, year);
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
    model.coverage = coverage(dataset, selected, year, settings, index.store);
    for (const p of POLLUTANTS) model.stationMeans[p] = stationMonthlyMeans(dataset, selected, year, p, settings, index.store);
  }
  // Autumn–winter seasons reach from October two years back to March of the next year (within the data,
  // so the index serves them from its cached span).
  const firstYear = Math.max(year - 2, civilDate(ext.from).year);
  const lastYear = Math.min(year + 1, civilDate(ext.to).year);
  const around = firstYear <= year - 1 && lastYear >= year ? index.areaDays(area, firstYear, lastYear) : both;
  model.campaigns = {
    autumnWinter: campaignView(around, CAMPAIGN_PERIODS.autumnWinter, year, { area, settings }),
    summer: campaignView(around, CAMPAIGN_PERIODS.summer, year, { area, settings }),
  };
  if (targets) {
    // Targets of other days than those computed (another year, a season into the next year) get their own.
    const need = targetDays(targets);
    const have = around.length > 0 ? { from: around[0]!.day, to: around[around.length - 1]!.day } : null;
    const days = have && need.from >= have.from && need.to <= have.to ? around
      : index.areaDays(area, civilDate(need.from).year, civilDate(need.to).year);
    model.targets = evaluateTargets(targets, { area, settings, days });
  }
  const keyList = opts.keyCities ?? KEY_CITIES_168;
  model.ranking = rankingModel(index, year, opts.rankingPeriod ?? 'ytd', keyList, targetCity, area);
  if (targets && cityKey(targets.city) === cityKey(area)) model.targets = judgeRanks(index, targets, model.targets, keyList);
  return model;
}

/** The ranking of every scope for `period` of `year`; null when no city has data in it. */
function rankingModel(
  index: DatasetIndex, year: number, period: RankingPeriodChoice, list: KeyCityList, targetCity: string | null, area: string,
): DashboardRanking | null {
  const f = index.figures(year, period);
  if (!f) return null;
  const months: number[] = [];
  const last = index.asOf(year);
  if (last !== null) for (let m = 1; m <= civilDate(last).month; m++) months.push(m);
  const scopes = scopeRankings(f.figures, list);
  const loaded = new Set(f.figures.map((x) => cityKey(x.area)));
  const city = targetCity !== null && loaded.has(cityKey(targetCity)) ? targetCity : area;
  const inKey = scopes[0]!.ranking.rows.concat(scopes[0]!.ranking.insufficient).some((r) => cityKey(r.area) === cityKey(city));
  return {
    year, period, from: isoDate(f.from), to: isoDate(f.to), months, scopes,
    defaultScope: inKey ? KEY_CITIES_SCOPE : scopes[scopes.length - 1]!.id,
    city, listNote: list.note, listSource: list.source,
  };
}

/** Rankings per scope by figures (cached by the index per year and period) and key-city list: ranked once. */
const scopeCache = new WeakMap<CityFigures[], Map<KeyCityList, DashboardRanking['scopes']>>();

function scopeRankings(figures: CityFigures[], list: KeyCityList): DashboardRanking['scopes'] {
  let byList = scopeCache.get(figures);
  if (!byList) {
    byList = new Map();
    scopeCache.set(figures, byList);
  }
  let scopes = byList.get(list);
  if (!scopes) {
    scopes = rankingScopes(list).map((s) => ({ id: s.id, name: s.name, ranking: rankCities(figures, s.cities) }));
    byList.set(list, scopes);
  }
  return scopes;
}

/** Composite-rank targets judged from the key cities' computed ranking over the target year so far. */
function judgeRanks(index: DatasetIndex, targets: TargetSet, evaluations: TargetEvaluation[], list: KeyCityList): TargetEvaluation[] {
  const f = index.figures(targets.year, 'ytd');
  if (!f) return evaluations;
  const ranking = scopeRankings(f.figures, list).find((s) => s.id === KEY_CITIES_SCOPE)!.ranking;
  const finished = f.to >= dayNumber(targets.year, 12, 31);
  return evaluations.map((e) => {
    if (e.kind !== 'composite-rank') return e;
    const t = targets.targets.find((x) => x.id === e.id) as CompositeRankTarget | undefined;
    return t ? judgeRankFromData(e, t, targets.city, ranking, { asOf: isoDate(f.to), finished }) : e;
  });
}

/** Days a target set needs: every target period and the set's year, with the year before each (for 较上年 baselines). */
function targetDays(set: TargetSet): { from: DayNumber; to: DayNumber } {
  let from = dayNumber(set.year, 1, 1);
  let to = dayNumber(set.year, 12, 31);
  for (const p of [set.period, ...set.targets.map((t) => t.period)]) {
    const a = p ? parseIsoDate(p.from) : null;
    const b = p ? parseIsoDate(p.to) : null;
    if (a !== null && a < from) from = a;
    if (b !== null && b > to) to = b;
  }
  return { from: samePeriodLastYear(from, from).from, to };
}
