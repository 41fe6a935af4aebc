/**
 * Statistics of any period from area DayResults: day counts (HJ 633 categories), concentrations and
 * HJ 663 percentiles, GB 3095 class-1/class-2 evaluation, the composite index, heavy episodes
 * (standards.md §1.5, §3, §4, §8).
 */
import { CATEGORIES, POLLUTANTS } from '../types.ts';
import type {
  CategoryId, ClassEvaluation, CompositeResult, DayNumber, DayResult, EditionId, LimitClass,
  LimitPhase, PeriodStats, Pollutant, PollutantStat, Settings,
} from '../types.ts';
import { civilDate, daysInMonth, isoDate, monthRange } from '../calendar.ts';
import { roundHalfEven } from '../math/round.ts';
import { hjPercentile } from '../math/percentile.ts';
import { editionForDay, limitPhaseFor } from '../standards/editions.ts';
import { concentrationLimit, dailyLimit } from '../standards/gb3095.ts';
import { EVALUATED_INDICATOR, PERCENTILE_RANK, VALIDITY, annualDataSufficient, publishedDecimals } from '../standards/hj663.ts';
import { compositeIndex } from '../aqi/composite.ts';
import { isGood, isHeavy } from '../aqi/dayRules.ts';
import { heavyEpisodes } from './episodes.ts';

/** The statistic compared with limits and entered in the composite index: mean (SO2, NO2, PM10, PM2.5) or percentile (CO, O3). */
export function evaluationStatistic(stat: PollutantStat, p: Pollutant): number | null {
  return p === 'CO' || p === 'O3' ? stat.percentile : stat.mean;
}

/**
 * Pollutants whose data a dust day removes (扣沙): the particulates only. 环办监测〔2016〕120号 deducts the
 * "沙尘天气过程颗粒物浓度" (particulate concentrations); the gases of that day stay valid data, which
 * GB 3095-2026 §6.4 requires to be used ("所有有效数据均应参加统计和评价").
 */
export const DUST_AFFECTED: ReadonlySet<Pollutant> = new Set<Pollutant>(['PM10', 'PM2.5']);

/**
 * The good-day ratio as published (优良天数比例, %): good / valid × 100 with 1 decimal, rounded ONCE,
 * half-even (GB/T 8170), on the exact fraction in integer arithmetic — no intermediate 4-decimal
 * fraction (that double rounding gave 0.5425 → 54.3 % for 198/365 = 54.2466 %). Null when valid = 0.
 * @example goodDayRatioPercent(198, 365) → 54.2; goodDayRatioPercent(189, 336) → 56.2 (56.25, tie to even)
 * @throws {RangeError} unless 0 ≤ good ≤ valid are integers.
 */
export function goodDayRatioPercent(good: number, valid: number): number | null {
  if (!Number.isInteger(good) || !Number.isInteger(valid) || good < 0 || good > valid) {
    throw new RangeError(`good/valid days must be integers with 0 ≤ good ≤ valid: ${good}/${valid}`);
  }
  if (valid === 0) return null;
  const n = good * 1000; // tenths of a percent, exact below 2^53
  let q = Math.floor(n / valid);
  const twice = 2 * (n - q * valid);
  if (twice > valid || (twice === valid && q % 2 === 1)) q++;
  return q / 10;
}

type PeriodKind = 'year' | 'month' | 'other';

function periodKind(from: DayNumber, to: DayNumber): PeriodKind {
  const a = civilDate(from);
  const b = civilDate(to);
  if (a.day !== 1 || a.year !== b.year) return 'other';
  if (a.month === 1 && b.month === 12 && b.day === 31) return 'year';
  if (a.month === b.month && b.day === daysInMonth(b.year, b.month)) return 'month';
  return 'other';
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  const r = {} as Record<K, number>;
  for (const k of keys) r[k] = 0;
  return r;
}

function pollutantStats(values: Record<Pollutant, number[]>): Record<Pollutant, PollutantStat> {
  const r = {} as Record<Pollutant, PollutantStat>;
  for (const p of POLLUTANTS) {
    const xs = values[p];
    let sum = 0;
    for (const x of xs) sum += x;
    r[p] = {
      mean: xs.length ? sum / xs.length : null,
      percentile: hjPercentile(xs, PERCENTILE_RANK[p]),
      percentileRank: PERCENTILE_RANK[p],
      validDays: xs.length,
    };
  }
  return r;
}

function composite(stats: Record<Pollutant, PollutantStat>, settings: Settings, phase: LimitPhase): CompositeResult | null {
  const c = {} as Record<Pollutant, number | null>;
  for (const p of POLLUTANTS) c[p] = evaluationStatistic(stats[p], p);
  return compositeIndex(c, { limits: settings.compositeLimits, weights: settings.compositeWeights, phase });
}

/** `rounded ≤ limit`, on the published (GB/T 8170 rounded) statistic; null when either is missing. */
function meets(value: number | null, limit: number | null, p: Pollutant): boolean | null {
  if (value === null || limit === null) return null;
  return roundHalfEven(value, publishedDecimals(p)) <= limit;
}

function evaluate(
  p: Pollutant,
  stat: PollutantStat,
  cls: LimitClass,
  phase: LimitPhase,
  kind: PeriodKind,
  validByMonth: readonly number[] | null,
  monthIsFebruary: boolean,
): ClassEvaluation {
  const meanLimit = concentrationLimit(p, 'annual', cls, phase);
  const percentileLimit = dailyLimit(p, cls, phase);
  const meanMet = kind === 'year' ? meets(stat.mean, meanLimit, p) : null;
  const percentileMet = meets(stat.percentile, percentileLimit, p);
  const dataSufficient =
    kind === 'year' ? annualDataSufficient(validByMonth!)
    : kind === 'month' ? stat.validDays >= (monthIsFebruary ? VALIDITY.februaryMinDays : VALIDITY.monthMinDays)
    : stat.validDays > 0;
  let met: boolean | null = null;
  if (dataSufficient && percentileMet !== null) met = meanMet === null ? percentileMet : meanMet && percentileMet;
  return { meanLimit, percentileLimit, meanMet, percentileMet, met, dataSufficient };
}

/**
 * Statistics of [from, to] from DayResults sorted by day, one per day (as `computeAreaDays` returns);
 * days of the range that are absent count as days without data.
 * - Day counts: valid days = days with a valid daily AQI (HJ 633-2026 §5.3.1 NA days are not valid);
 *   good days AQI ≤ 100; goodDayRatio = good / valid (unrounded) and goodDayRatioPercent (published %,
 *   1 decimal, `goodDayRatioPercent`); heavy days AQI > 200; days per category
 *   (sum = valid days); primary-pollutant days (a tie day counts for each pollutant); exceedance
 *   days per pollutant (days listing it in `exceeding`, also NA-AQI days: exceedance is a fact about
 *   that pollutant's own valid daily value).
 * - Per pollutant (HJ 663 §3.1): mean of the valid daily values (O3: MDA8) and the HJ 663 percentile
 *   (SO2/NO2 98, PM10/PM2.5/CO 95, O3 MDA8 90), unrounded; n = the pollutant's valid days.
 * - Class-1/class-2 evaluation (GB 3095 Table 1, HJ 663 年评价): the percentile vs the 24-h (O3 8-h)
 *   limit, and for a calendar year also the mean vs the annual limit (`meanLimit` is given for any
 *   period, `meanMet` is null outside calendar years); both compared as published
 *   (GB/T 8170, integers, CO 1 decimal). `dataSufficient`: GB 3095 Table 4 for a calendar year
 *   (≥ 324 days, ≥ 27 per month, 25 in February), ≥ 27 (25) days for a calendar month, ≥ 1 day otherwise.
 * - Composite index with C_i from the unrounded statistics (`compositeIndex` rounds them).
 * - Edition of `to`; `mixedEditions` when `from` falls under the other edition (auto mode across
 *   2026-03-01); limits are those of the phase in force at `to`.
 * - When the range has dust-flagged days: `dustExcluded` holds the concentrations and the composite
 *   with the PM10 and PM2.5 values of those days removed (`DUST_AFFECTED`; the gases keep every valid
 *   day); day counts and ratios include them (standards.md §4.2: the day-count rule is unconfirmed).
 * @throws {RangeError} when to < from.
 */
export function periodStats(
  days: readonly DayResult[],
  opts: { area: string; from: DayNumber; to: DayNumber; settings: Settings },
): PeriodStats {
  const { area, from, to, settings } = opts;
  if (to < from) throw new RangeError(`period ends before it starts: ${isoDate(from)}..${isoDate(to)}`);
  const edition: EditionId = editionForDay(to, settings.edition);
  const mixedEditions = editionForDay(from, settings.edition) !== edition;
  const phase = limitPhaseFor(to, edition);
  const kind = periodKind(from, to);

  let validDays = 0, goodDays = 0, heavyDays = 0;
  const categoryDays = zeroRecord<CategoryId>(CATEGORIES);
  const primaryDays = zeroRecord<Pollutant>(POLLUTANTS);
  const exceedanceDays = zeroRecord<Pollutant>(POLLUTANTS);
  const all = {} as Record<Pollutant, number[]>;
  const noDust = {} as Record<Pollutant, number[]>;
  const byMonth = {} as Record<Pollutant, number[]>;
  for (const p of POLLUTANTS) {
    all[p] = [];
    noDust[p] = [];
    byMonth[p] = new Array<number>(12).fill(0);
  }
  const inRange: DayResult[] = [];
  let anyDust = false;
  let seenDay = -Infinity;

  for (const d of days) {
    if (d.day < from || d.day > to || d.day === seenDay) continue;
    seenDay = d.day;
    inRange.push(d);
    if (d.dust) anyDust = true;
    if (d.valid && d.aqi !== null) {
      validDays++;
      if (isGood(d)) goodDays++;
      if (isHeavy(d)) heavyDays++;
      if (d.category) categoryDays[d.category]++;
      for (const p of d.primary) primaryDays[p]++;
    }
    for (const p of d.exceeding) exceedanceDays[p]++;
    const month = kind === 'year' ? civilDate(d.day).month - 1 : 0;
    for (const p of POLLUTANTS) {
      const v = d.conc[EVALUATED_INDICATOR[p]];
      if (v === null || !Number.isFinite(v)) continue;
      all[p].push(v);
      if (!d.dust || !DUST_AFFECTED.has(p)) noDust[p].push(v);
      if (kind === 'year') byMonth[p][month]!++;
    }
  }

  const pollutants = pollutantStats(all);
  const isFeb = kind === 'month' && civilDate(from).month === 2;
  const class1 = {} as Record<Pollutant, ClassEvaluation>;
  const class2 = {} as Record<Pollutant, ClassEvaluation>;
  for (const p of POLLUTANTS) {
    const months = kind === 'year' ? byMonth[p] : null;
    class1[p] = evaluate(p, pollutants[p], 1, phase, kind, months, isFeb);
    class2[p] = evaluate(p, pollutants[p], 2, phase, kind, months, isFeb);
  }

  const result: PeriodStats = {
    area,
    from: isoDate(from),
    to: isoDate(to),
    edition,
    mixedEditions,
    calendarDays: to - from + 1,
    validDays,
    goodDays,
    goodDayRatio: validDays > 0 ? goodDays / validDays : null,
    goodDayRatioPercent: goodDayRatioPercent(goodDays, validDays),
    heavyDays,
    categoryDays,
    primaryDays,
    exceedanceDays,
    pollutants,
    class1,
    class2,
    composite: composite(pollutants, settings, phase),
    episodes: heavyEpisodes(inRange),
  };
  if (anyDust) {
    const dustFree = pollutantStats(noDust);
    result.dustExcluded = { pollutants: dustFree, composite: composite(dustFree, settings, phase) };
  }
  return result;
}

/** The 12 calendar months (January first) of `year`, each as `periodStats`. */
export function monthlyStats(days: readonly DayResult[], year: number, opts: { area: string; settings: Settings }): PeriodStats[] {
  const out: PeriodStats[] = [];
  for (let m = 1; m <= 12; m++) {
    const { from, to } = monthRange(year, m);
    const slice = days.filter((d) => d.day >= from && d.day <= to);
    out.push(periodStats(slice, { ...opts, from, to }));
  }
  return out;
}
