/**
 * The composite-index ranking of cities (《城市环境空气质量排名技术规定》, standards.md §4.1): cities
 * ranked by the composite index of a period, lower = better, equal published values share a rank;
 * the improvement ranking by the change of the index on the same period last year (a fall is an
 * improvement); cities whose data do not cover the period are listed apart, not ranked.
 */
import type { DayNumber, PeriodStats } from '../types.ts';
import { roundHalfEven } from '../math/round.ts';
import { VALIDITY } from '../standards/hj663.ts';
import { rankByValue } from '../stats/ranking.ts';
import { cityKey } from './keyCities.ts';

/** One city's figures for the ranked period (and the same period last year). */
export interface CityFigures {
  area: string;
  /** Composite index of the period (unrounded), null when it cannot be computed. */
  index: number | null;
  /** Composite index of the same period last year, null when not loaded. */
  lastYearIndex: number | null;
  /** PM2.5 mean of the period (µg/m³, unrounded). */
  pm25: number | null;
  /** Good-day ratio in percent as published (1 decimal). */
  goodDayRatioPercent: number | null;
  validDays: number;
  calendarDays: number;
  /** Valid days the period needs for the city to be ranked (`minValidDays`). */
  requiredDays: number;
}

export interface RankingRow extends CityFigures {
  /** Rank by the composite index (1 = cleanest); null for a city listed apart. */
  rank: number | null;
  /** Change of the index on the same period last year, percent (1 decimal); null without last year. */
  changePercent: number | null;
  /** Rank by `changePercent` (1 = largest fall); null without a change. */
  improvementRank: number | null;
}

export interface CityRanking {
  /** Ranked cities, by rank (ties in input order). */
  rows: RankingRow[];
  /** Cities of the scope with some data but too few valid days: listed apart, not ranked. */
  insufficient: RankingRow[];
  /** Cities of the scope without any loaded data. */
  missing: string[];
  /** Cities of the scope (null scope: the loaded cities). */
  scopeSize: number;
}

/**
 * Valid days a period needs for its city to be ranked: a calendar month ≥ 27 days (February 25),
 * HJ 663 / GB 3095 Table 4; a longer period ≥ 324 of 365 days pro rata (the annual rule, ⌈n × 324/365⌉;
 * the pro-rata extension to a year to date is a convention, standards.md §8).
 * @example minValidDays(31, 'month') → 27; minValidDays(365, 'range') → 324; minValidDays(181, 'range') → 161
 */
export function minValidDays(calendarDays: number, kind: 'month' | 'range', february = false): number {
  if (kind === 'month') return february ? VALIDITY.februaryMinDays : VALIDITY.monthMinDays;
  return Math.ceil((calendarDays * VALIDITY.annualMinDays) / 365 - 1e-9);
}

/** A city's figures from its period statistics (and last year's), with the coverage it needs. */
export function cityFigures(area: string, ps: PeriodStats, lastYear: PeriodStats | null, requiredDays: number): CityFigures {
  return {
    area,
    index: ps.composite?.index ?? null,
    lastYearIndex: lastYear?.composite?.index ?? null,
    pm25: ps.pollutants['PM2.5'].mean,
    goodDayRatioPercent: ps.goodDayRatioPercent,
    validDays: ps.validDays,
    calendarDays: ps.calendarDays,
    requiredDays,
  };
}

/** Change of the composite index in percent, 1 decimal (the published indices, 2 decimals, compared). */
function changePercent(now: number | null, before: number | null): number | null {
  if (now === null || before === null || !(before > 0)) return null;
  const a = roundHalfEven(now, 2), b = roundHalfEven(before, 2);
  return roundHalfEven(((a - b) / b) * 100, 1);
}

/**
 * Ranks the cities of `scope` (city names; null = all given cities) by composite index.
 * - A city is ranked when its index exists and it has ≥ `requiredDays` valid days; a city with data
 *   but fewer days (or no index) goes to `insufficient`; a scope city absent from `figures` to `missing`.
 * - Rank: lower index = better, equal values at the published 2 decimals share a rank (1, 2, 2, 4).
 * - Improvement rank among the ranked cities with last year's index: by the change in percent, the
 *   largest fall first; equal changes (1 decimal) share a rank.
 * Names compare without the 市 suffix.
 */
export function rankCities(figures: readonly CityFigures[], scope: readonly string[] | null): CityRanking {
  const wanted = scope ? new Set(scope.map(cityKey)) : null;
  const inScope = wanted ? figures.filter((f) => wanted.has(cityKey(f.area))) : [...figures];
  const present = new Set(inScope.map((f) => cityKey(f.area)));
  const missing = scope ? scope.filter((c) => !present.has(cityKey(c))) : [];
  const rows: RankingRow[] = inScope.map((f) => ({ ...f, rank: null, changePercent: changePercent(f.index, f.lastYearIndex), improvementRank: null }));
  const rankable = rows.filter((r) => r.index !== null && r.validDays >= r.requiredDays);
  const insufficient = rows.filter((r) => !rankable.includes(r));
  const byIndex = rankByValue(rankable.map((r) => ({ item: r, value: r.index })), 2);
  for (const x of byIndex) x.item.rank = x.rank;
  const byChange = rankByValue(rankable.map((r) => ({ item: r, value: r.changePercent })), 1);
  for (const x of byChange) x.item.improvementRank = x.rank;
  return { rows: byIndex.map((x) => x.item), insufficient, missing, scopeSize: scope ? wanted!.size : rows.length };
}

/** The period a ranking covers. */
export interface RankingPeriod {
  kind: 'year' | 'ytd' | 'month';
  year: number;
  /** 1..12 for a month. */
  month?: number;
  from: DayNumber;
  to: DayNumber;
}
