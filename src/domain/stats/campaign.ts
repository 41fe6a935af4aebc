/**
 * Campaign periods of the plan (太原市2021年行动计划 §四): the autumn–winter campaign (四(二), a season
 * that crosses the year, 1 October – 31 March), the summer PM2.5–O3 campaign (四(一), May–September)
 * and the Winter Olympics period (四(四)). A season is an ordinary period for `periodStats`: its day
 * counts, means and percentiles are those of its days, whatever the calendar years they fall in.
 *
 * Heavy-pollution episodes (重污染过程) of a season are the runs of AQI > 200 days inside it: a run
 * that began before the season's first day counts from that day (the days before belong to the
 * previous period), and a run over 31 December/1 January is one episode, not two.
 *
 * The season boundaries are conventions, not in the plan's text (it names the campaigns, not their
 * dates): `CAMPAIGN_PERIODS` marks them unconfirmed. Control values (the season's PM2.5 ceiling, its
 * heavy days) come from the user's target set, never from here.
 */
import { dayNumber, isoDate, parseIsoDate } from '../calendar.ts';
import type { DayNumber, DayResult, Episode, Message, PeriodStats, Settings } from '../types.ts';
import { roundConcentration } from '../aqi/iaqi.ts';
import { dailyLimit } from '../standards/gb3095.ts';
import { limitPhaseFor, editionForDay } from '../standards/editions.ts';
import { periodStats } from './period.ts';

/** Month and day of a season's first and last day; `confirmed: false` where no source fixes them. */
export interface SeasonRule {
  id: 'autumn-winter' | 'summer';
  label: Message;
  from: { month: number; day: number };
  to: { month: number; day: number };
  confirmed: boolean;
  source: Message;
}

export const CAMPAIGN_PERIODS: Readonly<Record<'autumnWinter' | 'summer', SeasonRule>> = {
  autumnWinter: {
    id: 'autumn-winter',
    label: { zh: '秋冬季攻坚', en: 'Autumn–winter campaign' },
    from: { month: 10, day: 1 },
    to: { month: 3, day: 31 },
    confirmed: false,
    source: {
      zh: '计划四(二)“2021—2022年秋冬季”未写起止日；按秋冬季攻坚行动惯例取10月1日至次年3月31日',
      en: 'Plan §IV.2 "2021–2022 autumn–winter" gives no dates; the campaigns\' usual 1 October – 31 March is used',
    },
  },
  summer: {
    id: 'summer',
    label: { zh: '夏季攻坚', en: 'Summer campaign' },
    from: { month: 5, day: 1 },
    to: { month: 9, day: 30 },
    confirmed: false,
    source: {
      zh: '计划四(一)“夏季攻坚行动”未写起止日；取臭氧高发的5—9月',
      en: 'Plan §IV.1 "summer campaign" gives no dates; May–September, the ozone season, is used',
    },
  },
};

/** The Beijing 2022 Winter Olympics and Paralympics period (plan §四(四)): opening 4 Feb to the Paralympics' close 13 Mar 2022. */
export const WINTER_OLYMPICS_2022 = { from: '2022-02-04', to: '2022-03-13' } as const;

/** The season of `rule` that starts in `startYear` (autumn–winter 2021 → 2021-10-01..2022-03-31). */
export function seasonRange(rule: SeasonRule, startYear: number): { from: DayNumber; to: DayNumber } {
  const crosses = rule.to.month < rule.from.month;
  return {
    from: dayNumber(startYear, rule.from.month, rule.from.day),
    to: dayNumber(crosses ? startYear + 1 : startYear, rule.to.month, rule.to.day),
  };
}

export interface EpisodeSummary {
  count: number;
  totalDays: number;
  longestDays: number;
  /** Highest daily AQI over all episodes (null when there is none) and its first date. */
  peakAqi: number | null;
  peakDate: string | null;
}

/** Count, total days, longest run and peak AQI of heavy-pollution episodes (四(二): fewer, shorter, milder). */
export function episodeSummary(episodes: readonly Episode[]): EpisodeSummary {
  let totalDays = 0, longestDays = 0, peakAqi: number | null = null, peakDate: string | null = null;
  for (const e of episodes) {
    totalDays += e.days;
    longestDays = Math.max(longestDays, e.days);
    if (peakAqi === null || e.peakAqi > peakAqi) {
      peakAqi = e.peakAqi;
      peakDate = e.peakDate;
    }
  }
  return { count: episodes.length, totalDays, longestDays, peakAqi, peakDate };
}

const hasData = (d: DayResult): boolean => d.valid || d.stations > 0;

function lastDayWithData(days: readonly DayResult[], from: DayNumber, to: DayNumber): DayNumber | null {
  let last: DayNumber | null = null;
  for (const d of days) if (d.day >= from && d.day <= to && hasData(d) && (last === null || d.day > last)) last = d.day;
  return last;
}

export interface SeasonFigures {
  from: string;
  to: string;
  /** Last day with data inside the season; null when none. */
  asOf: string | null;
  /** Statistics of the season from its first day to `asOf` (the whole season once it is over). */
  stats: PeriodStats;
  episodes: EpisodeSummary;
  /** Days with the O3 daily max 8-h mean above the GB 3095 class-2 8-h limit (160 µg/m³), rounded as published. */
  o3ExceedanceDays: number;
  /** Days with O3 among the primary pollutants (HJ 633). */
  o3PrimaryDays: number;
}

/** Days whose published O3 MDA8 exceeds the class-2 8-h limit of the phase in force (GB 3095 Table 1). */
function o3ExceedanceDays(days: readonly DayResult[], from: DayNumber, to: DayNumber, settings: Settings): number {
  let n = 0;
  for (const d of days) {
    const c = d.conc.O3_8h;
    if (d.day < from || d.day > to || c === null || !Number.isFinite(c)) continue;
    const limit = dailyLimit('O3', 2, limitPhaseFor(d.day, editionForDay(d.day, settings.edition)));
    if (roundConcentration('O3_8h', c) > limit) n++;
  }
  return n;
}

/**
 * Figures of one season over [from, min(to, last day with data)]; null when the season has no data.
 * `until` cuts the season earlier (the previous season "to the same day" for a season in progress).
 */
export function seasonFigures(
  days: readonly DayResult[],
  range: { from: DayNumber; to: DayNumber },
  opts: { area: string; settings: Settings; until?: DayNumber },
): SeasonFigures | null {
  const to = Math.min(range.to, opts.until ?? range.to);
  const asOf = lastDayWithData(days, range.from, to);
  if (asOf === null) return null;
  const sorted = [...days].filter((d) => d.day >= range.from && d.day <= asOf).sort((a, b) => a.day - b.day);
  const stats = periodStats(sorted, { area: opts.area, from: range.from, to: asOf, settings: opts.settings });
  return {
    from: isoDate(range.from),
    to: isoDate(range.to),
    asOf: isoDate(asOf),
    stats,
    episodes: episodeSummary(stats.episodes),
    o3ExceedanceDays: o3ExceedanceDays(sorted, range.from, asOf, opts.settings),
    o3PrimaryDays: stats.primaryDays.O3,
  };
}

export interface CampaignView {
  rule: SeasonRule;
  /** The season shown (the latest one with data that starts in the shown year or the year before). */
  current: SeasonFigures;
  /** The previous season over the same days (to the same month-day as `current.asOf`), when loaded. */
  previousSamePeriod: SeasonFigures | null;
  /** The whole previous season, when loaded. */
  previous: SeasonFigures | null;
}

/** Day `d` shifted back by one season (the same month-day a year earlier; 29 Feb → 28 Feb). */
function yearBefore(d: DayNumber): DayNumber {
  const iso = isoDate(d);
  const y = Number(iso.slice(0, 4)) - 1;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return parseIsoDate(`${y}-${md}`)!;
}

/**
 * The campaign view of `rule` for the shown `year`: the season starting in `year` when it has data,
 * else the one starting the year before; compared with the previous season over the same days and
 * in full. Null when neither season has data.
 */
export function campaignView(
  days: readonly DayResult[],
  rule: SeasonRule,
  year: number,
  opts: { area: string; settings: Settings },
): CampaignView | null {
  for (const start of [year, year - 1]) {
    const current = seasonFigures(days, seasonRange(rule, start), opts);
    if (!current) continue;
    const prevRange = seasonRange(rule, start - 1);
    const previous = seasonFigures(days, prevRange, opts);
    const until = yearBefore(parseIsoDate(current.asOf!)!);
    const previousSamePeriod = previous ? seasonFigures(days, prevRange, { ...opts, until }) : null;
    return { rule, current, previous, previousSamePeriod };
  }
  return null;
}
