/**
 * Evaluation of a target set against an area's DayResults: actual value, threshold, baseline,
 * status (met | on-track | at-risk | missed | no-data) and what the rest of the period must deliver.
 *
 * Rules (also in docs/report-json.md, "Target statuses"):
 * - Period: the target's, else the set's, else the calendar year of `set.year`.
 * - As-of: the last day of the period with any data; remaining days = period end − as-of.
 * - Baseline of a "较上年" target: the previous year's same period (`samePeriodLastYear`) from the
 *   loaded data when they cover it (valid AQI days ≥ 90 % of its calendar days), else the published
 *   figure of the set for that year and metric (official or implied), named as such.
 * - When the period has no data at all, a published figure of the set for the target year (and
 *   period) stands in for the actual value, so the plan can be judged from the official outcome.
 * - In-progress statuses come from rules.ts (secured → met, impossible → missed, else on-track /
 *   at-risk by the same remaining days of last year, else the pace so far).
 */
import type { DayNumber, DayResult, Message, PeriodStats, Pollutant, Settings } from '../types.ts';
import { dayNumber, isoDate, parseIsoDate } from '../calendar.ts';
import { roundHalfEven } from '../math/round.ts';
import { periodStats, goodDayRatioPercent } from '../stats/period.ts';
import { EVALUATED_INDICATOR, publishedDecimals } from '../standards/hj663.ts';
import { hasData, isGood, isHeavy } from '../aqi/dayRules.ts';
import { samePeriodLastYear } from '../stats/compare.ts';
import {
  dayCountCeilingRule, goodDayRule, meanCeilingRule, percentileCeilingRule, worstStatus,
  type GoodDayRequirement, type RuleOutcome,
} from './rules.ts';
import { EMISSION_SPECIES } from './types.ts';
import type {
  BaselineValue, BindingTarget, CompositeRankTarget, DatePeriod, EmissionsTarget, Figure, FigureMetric,
  GoodDayRatioTarget, HeavyDaysTarget, Pm25MeanTarget, PollutantClassTarget, Target, TargetEvaluation,
  TargetSet, TargetStatus,
} from './types.ts';

/** Share of calendar days with a valid AQI from which loaded data are taken to cover a period. */
export const COVERAGE_MIN = 0.9;

export interface TargetContext {
  area: string;
  settings: Settings;
  /** DayResults of the area: any range, sorted or not; should include the previous year for baselines. */
  days: readonly DayResult[];
}

interface Win {
  from: DayNumber;
  to: DayNumber;
}

/** Indexed view of the area's days with the window helpers every target needs. */
class DayIndex {
  private readonly byDay = new Map<DayNumber, DayResult>();
  constructor(days: readonly DayResult[]) {
    for (const d of days) this.byDay.set(d.day, d);
  }
  get(day: DayNumber): DayResult | undefined {
    return this.byDay.get(day);
  }
  list(w: Win): DayResult[] {
    const out: DayResult[] = [];
    for (let d = w.from; d <= w.to; d++) {
      const r = this.byDay.get(d);
      if (r) out.push(r);
    }
    return out;
  }
  /** Last day of the window with any value (a valid AQI or any daily concentration). */
  lastDataDay(w: Win): DayNumber | null {
    for (let d = w.to; d >= w.from; d--) {
      const r = this.byDay.get(d);
      if (r && hasData(r)) return d;
    }
    return null;
  }
  counts(w: Win): { valid: number; good: number; heavy: number } {
    let valid = 0, good = 0, heavy = 0;
    for (let d = w.from; d <= w.to; d++) {
      const r = this.byDay.get(d);
      if (!r || !r.valid || r.aqi === null) continue;
      valid++;
      if (isGood(r)) good++;
      if (isHeavy(r)) heavy++;
    }
    return { valid, good, heavy };
  }
  covers(w: Win): boolean {
    if (w.to < w.from) return false;
    return this.counts(w).valid >= COVERAGE_MIN * (w.to - w.from + 1);
  }
  /** Sum/count of a pollutant's evaluated daily values, and how many exceed `limit`. */
  pollutant(w: Win, p: Pollutant, limit: number | null): { sum: number; valid: number; above: number } {
    let sum = 0, valid = 0, above = 0;
    const ind = EVALUATED_INDICATOR[p];
    for (let d = w.from; d <= w.to; d++) {
      const v = this.byDay.get(d)?.conc[ind];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      sum += v;
      valid++;
      if (limit !== null && v > limit) above++;
    }
    return { sum, valid, above };
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting (messages are built from the rounded numbers they show)
// ---------------------------------------------------------------------------------------------

const pct = (r: number): string => `${roundHalfEven(r * 100, 1).toFixed(1)}%`;
const num = (x: number, decimals: number): string => roundHalfEven(x, decimals).toFixed(Math.max(0, decimals));
const msg = (zh: string, en: string): Message => ({ zh, en });

function sourceLabel(s: BaselineValue['source']): Message {
  switch (s) {
    case 'data': return msg('由已载入数据计算', 'computed from the loaded data');
    case 'official': return msg('官方公布', 'official figure');
    case 'implied': return msg('由官方同比变化推算', 'implied by an official year-on-year change');
    case 'user': return msg('用户录入', 'entered by the user');
    default: return msg('无', 'none');
  }
}

// ---------------------------------------------------------------------------------------------

interface Frame {
  set: TargetSet;
  ctx: TargetContext;
  idx: DayIndex;
  period: Win;
  periodIso: DatePeriod;
  prev: Win;
  asOf: DayNumber | null;
  remaining: number;
  finished: boolean;
  /** Year of the period (its last day). */
  year: number;
}

function samePeriod(a: DatePeriod | undefined, b: DatePeriod, calendarYear: boolean): boolean {
  if (!a) return calendarYear;
  return a.from === b.from && a.to === b.to;
}

/** The published figure of the set for `metric` over `w` (a calendar-year figure has no period). */
function findFigure(set: TargetSet, metric: FigureMetric, w: Win): Figure | undefined {
  const iso = { from: isoDate(w.from), to: isoDate(w.to) };
  const year = Number(iso.to.slice(0, 4));
  const calendarYear = iso.from === `${year}-01-01` && iso.to === `${year}-12-31`;
  return set.figures.find((f) => f.metric === metric && f.year === year && samePeriod(f.period, iso, calendarYear));
}

function frameFor(set: TargetSet, ctx: TargetContext, idx: DayIndex, t: Target): Frame {
  const p = t.period ?? set.period ?? { from: `${set.year}-01-01`, to: `${set.year}-12-31` };
  const from = parseIsoDate(p.from) ?? dayNumber(set.year, 1, 1);
  const to = parseIsoDate(p.to) ?? dayNumber(set.year, 12, 31);
  const asOf = idx.lastDataDay({ from, to });
  const remaining = asOf === null ? to - from + 1 : to - asOf;
  return {
    set, ctx, idx,
    period: { from, to },
    periodIso: { from: isoDate(from), to: isoDate(to) },
    prev: samePeriodLastYear(from, to),
    asOf,
    remaining,
    finished: asOf !== null && remaining === 0,
    year: Number(isoDate(to).slice(0, 4)),
  };
}

function base(t: Target, f: Frame, unit: TargetEvaluation['unit']): TargetEvaluation {
  return {
    id: t.id, kind: t.kind, label: t.label, source: t.source, period: f.periodIso,
    asOf: f.asOf === null ? null : isoDate(f.asOf), finished: f.finished,
    status: 'no-data', unit, actual: null, actualSource: null, target: null, baseline: null,
    message: msg('暂无数据', 'No data yet'), details: [],
  };
}

/** The previous-year window from the last day with data to the period end (the "rest" last year). */
function prevRemainder(f: Frame): Win | null {
  if (f.asOf === null || f.remaining === 0) return null;
  const rest = samePeriodLastYear(f.asOf + 1, f.period.to);
  return f.idx.covers(rest) ? rest : null;
}

function statsFor(f: Frame, w: Win): PeriodStats {
  return periodStats(f.idx.list(w), { area: f.ctx.area, from: w.from, to: w.to, settings: f.ctx.settings });
}

/**
 * The official (or implied) outcome stands in for a period without loaded data: the evaluation is
 * final, judged `met`/`missed`, and cites the figure's source. `actual` is what the card shows.
 */
function settleWithFigure(e: TargetEvaluation, fig: Figure, actual: number | null, met: boolean): void {
  e.finished = true;
  e.actual = actual;
  e.actualSource = fig.status === 'unknown' ? null : fig.status;
  e.status = met ? 'met' : 'missed';
  e.details.push(msg(`来源：${fig.source}`, `Source: ${fig.source}`));
}

function noDataMessage(f: Frame): Message {
  return msg(`${f.periodIso.from} 至 ${f.periodIso.to} 无监测数据`, `No monitoring data for ${f.periodIso.from} to ${f.periodIso.to}`);
}

function figureBaseline(fig: Figure | undefined, year: number): BaselineValue | null {
  if (!fig || fig.value === null) return null;
  return { year, value: fig.value, source: fig.status === 'unknown' ? null : fig.status, citation: fig.source };
}

// ---------------------------------------------------------------------------------------------
// good-day-ratio
// ---------------------------------------------------------------------------------------------

function goodDayRequirement(
  f: Frame, comparison: GoodDayRatioTarget['comparison'], value: number | null | undefined,
): { req: GoodDayRequirement | null; baseline: BaselineValue | null; target: number | null; note?: Message } {
  if (comparison === 'at-least-value') {
    if (value === null || value === undefined) return { req: null, baseline: null, target: null };
    return { req: { ratio: { num: value, den: 1 }, strict: false }, baseline: null, target: value };
  }
  const strict = comparison === 'above-previous';
  const prevYear = f.year - 1;
  if (f.idx.covers(f.prev)) {
    const c = f.idx.counts(f.prev);
    return {
      req: { ratio: { num: c.good, den: c.valid }, strict },
      baseline: {
        year: prevYear, value: c.good / c.valid, source: 'data', goodDays: c.good, validDays: c.valid,
        percent: goodDayRatioPercent(c.good, c.valid),
      },
      target: c.good / c.valid,
    };
  }
  const ratioFig = findFigure(f.set, 'goodDayRatio', f.prev);
  if (ratioFig && ratioFig.value !== null) {
    return { req: { ratio: { num: ratioFig.value, den: 1 }, strict }, baseline: figureBaseline(ratioFig, prevYear), target: ratioFig.value };
  }
  const countFig = findFigure(f.set, 'goodDays', f.prev);
  if (countFig && countFig.value !== null) {
    const b = figureBaseline(countFig, prevYear)!;
    b.value = null;
    b.goodDays = countFig.value;
    return {
      req: { count: countFig.value, strict },
      baseline: b,
      target: null,
      note: msg(
        `上年优良天数比例未公布：按优良天数比较（上年${countFig.value}天）`,
        `Last year's ratio was not published: good days are compared as counts (last year ${countFig.value})`,
      ),
    };
  }
  return { req: null, baseline: null, target: null };
}

function evalGoodDays(t: GoodDayRatioTarget, f: Frame): TargetEvaluation {
  const e = base(t, f, 'ratio');
  const { req, baseline, target, note } = goodDayRequirement(f, t.comparison, t.value);
  e.baseline = baseline;
  e.target = target;
  if (note) e.details.push(note);
  if (!req) {
    e.message = t.comparison === 'at-least-value'
      ? msg('请录入目标比例', 'Enter the target ratio')
      : msg('缺少上年基数：请载入上年数据或录入官方数字', 'No baseline: load last year\'s data or enter the official figure');
    return e;
  }
  const strictWord = req.strict ? msg('高于', 'above') : msg('不低于', 'at least');
  const targetText = req.ratio ? pct(req.ratio.num / req.ratio.den) : msg(`${req.count}天`, `${req.count} days`);
  const tz = typeof targetText === 'string' ? targetText : targetText.zh;
  const te = typeof targetText === 'string' ? targetText : targetText.en;

  if (f.asOf === null) {
    // The official outcome stands in when the period has no data.
    const fig = findFigure(f.set, req.ratio ? 'goodDayRatio' : 'goodDays', f.period);
    const ratioFig = findFigure(f.set, 'goodDayRatio', f.period);
    if (!fig || fig.value === null) {
      e.message = noDataMessage(f);
      return e;
    }
    const met = req.ratio
      ? (req.strict ? fig.value * req.ratio.den > req.ratio.num : fig.value * req.ratio.den >= req.ratio.num)
      : (req.strict ? fig.value > req.count! : fig.value >= req.count!);
    settleWithFigure(e, fig, ratioFig?.value ?? null, met);
    const shown = req.ratio ? pct(fig.value) : `${fig.value}`;
    e.message = met
      ? msg(`官方公布${req.ratio ? '优良天数比例' : '优良天数'}${shown}${req.ratio ? '' : '天'}，${strictWord.zh}上年${tz}：已完成`,
        `Official ${req.ratio ? 'good-day ratio' : 'good days'} ${shown}, ${strictWord.en} last year's ${te}: met`)
      : msg(`官方公布${req.ratio ? '优良天数比例' : '优良天数'}${shown}${req.ratio ? '' : '天'}，未${strictWord.zh}上年${tz}：未完成`,
        `Official ${req.ratio ? 'good-day ratio' : 'good days'} ${shown}, not ${strictWord.en} last year's ${te}: missed`);
    return e;
  }

  const c = f.idx.counts({ from: f.period.from, to: f.asOf });
  if (c.valid === 0) {
    e.message = msg('尚无有效监测天', 'No valid monitoring day yet');
    return e;
  }
  e.actual = c.good / c.valid;
  e.actualPercent = goodDayRatioPercent(c.good, c.valid);
  e.actualSource = 'data';
  const rest = prevRemainder(f);
  const restCounts = rest ? f.idx.counts(rest) : null;
  const out = goodDayRule(req, {
    good: c.good, valid: c.valid, remaining: f.remaining,
    lastYearRemainderRate: restCounts && restCounts.valid > 0 ? restCounts.good / restCounts.valid : null,
  });
  e.status = out.status;
  const now = msg(`优良天数${c.good}天/有效${c.valid}天（${pct(e.actual)}）`, `${c.good} good of ${c.valid} valid days (${pct(e.actual)})`);
  if (f.finished) {
    e.message = out.status === 'met'
      ? msg(`${now.zh}，${strictWord.zh}目标${tz}：已完成`, `${now.en}, ${strictWord.en} the target ${te}: met`)
      : msg(`${now.zh}，未${strictWord.zh}目标${tz}：未完成`, `${now.en}, not ${strictWord.en} the target ${te}: missed`);
  } else {
    e.remaining = { days: f.remaining, value: Math.max(0, out.need) };
    const goal = msg(`目标${strictWord.zh}${req.ratio ? '' : '上年'}${tz}`, `target ${strictWord.en} ${req.ratio ? '' : 'last year\'s '}${te}`);
    e.message = goodDayMessage(out, f.remaining, msg(`${now.zh}，${goal.zh}`, `${now.en}, ${goal.en}`));
  }
  pushSamePeriod(e, f);
  e.details.push(msg('剩余天数按全部为有效监测天计算', 'Remaining days are assumed to be valid monitoring days'));
  return e;
}

function paceText(out: RuleOutcome, asRate: boolean, decimals = 0): Message | null {
  if (!out.pace) return null;
  const v = asRate ? pct(out.pace.value) : num(out.pace.value, decimals);
  return out.pace.basis === 'last-year' ? msg(`上年同期为${v}`, `the same days last year: ${v}`) : msg(`今年以来为${v}`, `so far this period: ${v}`);
}

function goodDayMessage(out: RuleOutcome, days: number, now: Message): Message {
  const pace = paceText(out, true);
  switch (out.status) {
    case 'met':
      return msg(`${now.zh}；已锁定：余下${days}天即使全部非优良也能达标`, `${now.en}; secured: met even if none of the remaining ${days} days is good`);
    case 'missed':
      return msg(`${now.zh}；余下${days}天即使全部优良也无法达标（需${out.need}天）`, `${now.en}; cannot be met even if all remaining ${days} days are good (${out.need} needed)`);
    default: {
      const need = msg(`余下${days}天中至少需${out.need}个优良天（${pct(out.requiredRate ?? 0)}）`, `at least ${out.need} good days in the remaining ${days} days (${pct(out.requiredRate ?? 0)})`);
      return out.status === 'on-track'
        ? msg(`${now.zh}；${need.zh}，不高于${pace?.zh ?? ''}`, `${now.en}; ${need.en}, no more than ${pace?.en ?? ''}`)
        : msg(`${now.zh}；${need.zh}，高于${pace?.zh ?? '可参照的水平'}`, `${now.en}; ${need.en}, more than ${pace?.en ?? 'any reference pace'}`);
    }
  }
}

/** 同比: the period so far against the same days of last year, when loaded. */
function pushSamePeriod(e: TargetEvaluation, f: Frame): void {
  if (f.asOf === null) return;
  const w = samePeriodLastYear(f.period.from, f.asOf);
  if (!f.idx.covers(w)) return;
  const now = f.idx.counts({ from: f.period.from, to: f.asOf });
  const then = f.idx.counts(w);
  if (now.valid === 0 || then.valid === 0) return;
  const dpp = roundHalfEven((now.good / now.valid - then.good / then.valid) * 100, 1);
  e.details.push(msg(
    `同比（${isoDate(w.from)}至${isoDate(w.to)}）：优良天数比例${pct(then.good / then.valid)}→${pct(now.good / now.valid)}（${dpp >= 0 ? '+' : ''}${dpp.toFixed(1)}个百分点），重污染天数${then.heavy}→${now.heavy}天`,
    `Year on year (${isoDate(w.from)} to ${isoDate(w.to)}): good-day ratio ${pct(then.good / then.valid)} → ${pct(now.good / now.valid)} (${dpp >= 0 ? '+' : ''}${dpp.toFixed(1)} pp), heavy days ${then.heavy} → ${now.heavy}`,
  ));
}

// ---------------------------------------------------------------------------------------------
// heavy-days
// ---------------------------------------------------------------------------------------------

function evalHeavyDays(t: HeavyDaysTarget, f: Frame): TargetEvaluation {
  const e = base(t, f, 'days');
  let allowed: number | null = null;
  if (t.comparison === 'at-most-value') {
    allowed = t.value ?? null;
  } else if (f.idx.covers(f.prev)) {
    const c = f.idx.counts(f.prev);
    e.baseline = { year: f.year - 1, value: c.heavy, source: 'data' };
    allowed = c.heavy - 1;
  } else {
    e.baseline = figureBaseline(findFigure(f.set, 'heavyDays', f.prev), f.year - 1);
    if (e.baseline?.value !== null && e.baseline?.value !== undefined) allowed = e.baseline.value - 1;
  }
  e.target = allowed;
  if (allowed === null) {
    e.message = t.comparison === 'at-most-value'
      ? msg('请录入目标天数', 'Enter the target number of days')
      : msg('缺少上年基数：请载入上年数据或录入官方数字', 'No baseline: load last year\'s data or enter the official figure');
    return e;
  }
  if (allowed < 0) {
    e.status = 'missed';
    e.message = msg('上年重污染天数为0，无法再减少', 'Last year had no heavy-pollution day: it cannot fall further');
    return e;
  }
  const limitText = t.comparison === 'below-previous'
    ? msg(`少于上年${allowed + 1}天（至多${allowed}天）`, `fewer than last year's ${allowed + 1} (at most ${allowed})`)
    : msg(`不超过${allowed}天`, `at most ${allowed}`);

  if (f.asOf === null) {
    const fig = findFigure(f.set, 'heavyDays', f.period);
    if (!fig || fig.value === null) {
      e.message = noDataMessage(f);
      return e;
    }
    settleWithFigure(e, fig, fig.value, fig.value <= allowed);
    e.message = msg(
      `官方公布重污染天数${fig.value}天，目标${limitText.zh}：${e.status === 'met' ? '已完成' : '未完成'}`,
      `Official heavy-pollution days ${fig.value}, target ${limitText.en}: ${e.status === 'met' ? 'met' : 'missed'}`,
    );
    return e;
  }
  const so = f.idx.counts({ from: f.period.from, to: f.asOf });
  e.actual = so.heavy;
  e.actualSource = 'data';
  const rest = prevRemainder(f);
  const out = dayCountCeilingRule(allowed, {
    count: so.heavy, elapsed: f.asOf - f.period.from + 1, remaining: f.remaining,
    lastYearRemainder: rest ? f.idx.counts(rest).heavy : null,
  });
  e.status = out.status;
  const now = msg(`重污染天数${so.heavy}天`, `${so.heavy} heavy-pollution days`);
  if (f.finished) {
    e.message = msg(`${now.zh}，目标${limitText.zh}：${out.status === 'met' ? '已完成' : '未完成'}`,
      `${now.en}, target ${limitText.en}: ${out.status === 'met' ? 'met' : 'missed'}`);
  } else {
    e.remaining = { days: f.remaining, value: out.need };
    const pace = paceText(out, false, 1);
    e.message = out.status === 'missed'
      ? msg(`${now.zh}，已超出目标：${limitText.zh}`, `${now.en}, already beyond the target: ${limitText.en}`)
      : out.status === 'met'
        ? msg(`${now.zh}；已锁定：余下${f.remaining}天即使全部重污染也能达标`, `${now.en}; secured: met even if all remaining ${f.remaining} days were heavy`)
        : msg(
          `${now.zh}；余下${f.remaining}天至多还可出现${out.need}个重污染天（${pace?.zh ?? ''}）`,
          `${now.en}; at most ${out.need} more heavy-pollution days in the remaining ${f.remaining} days (${pace?.en ?? ''})`,
        );
  }
  const invalid = f.asOf - f.period.from + 1 - so.valid;
  if (invalid > 0) e.details.push(msg(`${invalid}天无有效AQI，未计入`, `${invalid} days without a valid AQI are not counted`));
  pushSamePeriod(e, f);
  return e;
}

// ---------------------------------------------------------------------------------------------
// pollutant-class and pm25-mean
// ---------------------------------------------------------------------------------------------

function meanPart(
  f: Frame, p: Pollutant, limit: number, decimals: number, ps: PeriodStats, id: string, label: Message, source: string,
): TargetEvaluation {
  const e: TargetEvaluation = {
    ...base({ id, kind: 'pm25-mean', label, source } as Target, f, p === 'CO' ? 'mg/m3' : 'ug/m3'),
    kind: 'pm25-mean', target: limit,
  };
  const stat = ps.pollutants[p];
  if (f.asOf === null || stat.mean === null) {
    e.message = noDataMessage(f);
    return e;
  }
  e.actual = roundHalfEven(stat.mean, decimals);
  e.actualSource = 'data';
  if (f.finished) {
    e.status = e.actual <= limit ? 'met' : 'missed';
    e.message = msg(`均值${num(stat.mean, decimals)}，限值${limit}：${e.status === 'met' ? '达标' : '超标'}`,
      `Mean ${num(stat.mean, decimals)}, limit ${limit}: ${e.status === 'met' ? 'met' : 'exceeded'}`);
    return e;
  }
  const so = f.idx.pollutant({ from: f.period.from, to: f.asOf }, p, null);
  const rest = prevRemainder(f);
  const restP = rest ? f.idx.pollutant(rest, p, null) : null;
  const out = meanCeilingRule(limit, {
    sum: so.sum, valid: so.valid, remaining: f.remaining,
    lastYearRemainderMean: restP && restP.valid > 0 ? restP.sum / restP.valid : null,
  });
  e.status = out.status;
  e.remaining = { days: f.remaining, value: out.need };
  const pace = paceText(out, false, decimals);
  e.message = out.status === 'missed'
    ? msg(`目前均值${num(stat.mean, decimals)}；余下${f.remaining}天即使浓度为0也无法降至${limit}`,
      `Mean so far ${num(stat.mean, decimals)}; cannot reach ${limit} even with zero concentrations in the remaining ${f.remaining} days`)
    : msg(`目前均值${num(stat.mean, decimals)}；余下${f.remaining}天均值须不高于${num(out.need, decimals)}（${pace?.zh ?? ''}）`,
      `Mean so far ${num(stat.mean, decimals)}; the remaining ${f.remaining} days must average at most ${num(out.need, decimals)} (${pace?.en ?? ''})`);
  return e;
}

function evalPollutantClass(t: PollutantClassTarget, f: Frame): TargetEvaluation {
  const unit = t.pollutant === 'CO' ? 'mg/m3' : 'ug/m3';
  const e = base(t, f, unit);
  if (f.asOf === null) {
    e.message = noDataMessage(f);
    return e;
  }
  const p = t.pollutant;
  const ps = statsFor(f, { from: f.period.from, to: f.asOf });
  const cls = t.class === 1 ? ps.class1[p] : ps.class2[p];
  const stat = ps.pollutants[p];
  const dec = publishedDecimals(p);
  if (stat.validDays === 0) {
    e.message = msg(`${p}尚无有效日均值`, `No valid daily ${p} value yet`);
    return e;
  }
  e.actualSource = 'data';
  const classZh = t.class === 1 ? '一级' : '二级';
  const parts: TargetEvaluation[] = [];
  const ps98 = `P${stat.percentileRank}`;

  // Mean criterion (annual limit; SO2, NO2, PM10, PM2.5 only).
  if (cls.meanLimit !== null) {
    const part = meanPart(f, p, cls.meanLimit, dec, ps, `${t.id}:mean`,
      msg(`${p}年均值 ≤ ${cls.meanLimit}`, `${p} annual mean ≤ ${cls.meanLimit}`), t.source);
    if (f.finished) {
      part.status = cls.meanMet === null ? part.status : cls.meanMet ? 'met' : 'missed';
    }
    parts.push(part);
  }
  // Percentile criterion (24-h limit; O3 8-h).
  {
    const limit = cls.percentileLimit;
    const part: TargetEvaluation = {
      ...base({ ...t, id: `${t.id}:percentile`, label: msg(`${p}日均值第${stat.percentileRank}百分位数 ≤ ${limit}`, `${p} daily ${ps98} ≤ ${limit}`) }, f, unit),
      target: limit,
      actual: stat.percentile === null ? null : roundHalfEven(stat.percentile, dec),
      actualSource: 'data',
    };
    const so = f.idx.pollutant({ from: f.period.from, to: f.asOf }, p, limit);
    if (f.finished) {
      part.status = cls.percentileMet === null ? 'no-data' : cls.percentileMet ? 'met' : 'missed';
      part.message = msg(`${ps98} = ${part.actual ?? '—'}，限值${limit}（超标${so.above}天）`, `${ps98} = ${part.actual ?? '—'}, limit ${limit} (${so.above} days above)`);
    } else {
      const rest = prevRemainder(f);
      const out = percentileCeilingRule(stat.percentileRank, {
        count: so.above, valid: so.valid, elapsed: f.asOf - f.period.from + 1, remaining: f.remaining,
        lastYearRemainder: rest ? f.idx.pollutant(rest, p, limit).above : null,
      });
      part.status = out.status;
      part.remaining = { days: f.remaining, value: null, exceedanceDaysAllowed: Math.max(0, out.need) };
      part.message = out.status === 'missed'
        ? msg(`已有${so.above}天超过日均限值${limit}，${ps98}必然超标`, `${so.above} days already above the daily limit ${limit}: the ${ps98} must exceed it`)
        : msg(`${ps98}目前为${part.actual ?? '—'}；已有${so.above}天超过${limit}，余下${f.remaining}天至多还可有${Math.max(0, out.need)}天超过`,
          `${ps98} so far ${part.actual ?? '—'}; ${so.above} days above ${limit}, at most ${Math.max(0, out.need)} more in the remaining ${f.remaining} days`);
    }
    parts.push(part);
  }
  e.parts = parts;
  e.status = worstStatus(parts.map((x) => x.status));
  e.actual = parts[0]?.actual ?? null;
  e.target = parts[0]?.target ?? null;
  const verdict: Record<TargetStatus, Message> = {
    met: msg(`${p}达到${classZh}标准`, `${p} meets class ${t.class}`),
    'on-track': msg(`${p}有望达到${classZh}标准`, `${p} on track for class ${t.class}`),
    'at-risk': msg(`${p}达到${classZh}标准有风险`, `${p} class ${t.class} at risk`),
    missed: msg(`${p}未达到${classZh}标准`, `${p} misses class ${t.class}`),
    'no-data': msg(`${p}数据不足`, `${p}: not enough data`),
  };
  e.message = msg(`${verdict[e.status].zh}：${parts.map((x) => x.message.zh).join('；')}`, `${verdict[e.status].en}: ${parts.map((x) => x.message.en).join('; ')}`);
  if (f.finished && !cls.dataSufficient) {
    e.details.push(msg('数据不满足GB 3095表4的年有效性要求（≥324天，每月≥27天，2月≥25天）：评价仅供参考',
      'The data do not meet the GB 3095 Table 4 annual validity rule (≥ 324 days, ≥ 27 a month, 25 in February): indicative only'));
  }
  e.details.push(msg(`依据 ${ps.edition === '2012' ? 'GB 3095-2012 / HJ 663-2013' : 'GB 3095-2026 / HJ 663-2026'}，按修约后的统计值判定`,
    `Per ${ps.edition === '2012' ? 'GB 3095-2012 / HJ 663-2013' : 'GB 3095-2026 / HJ 663-2026'}, judged on the rounded statistic`));
  return e;
}

/** Decimals of a target value as written (59.5 → 1, 59 → 0): the mean is rounded alike before comparing. */
function decimalsOf(x: number): number {
  const s = String(x);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

function evalPm25Mean(t: Pm25MeanTarget, f: Frame): TargetEvaluation {
  if (t.value === null) {
    const e = base(t, f, 'ug/m3');
    e.message = msg('请录入目标浓度', 'Enter the target concentration');
    return e;
  }
  if (f.asOf === null) {
    const e = base(t, f, 'ug/m3');
    e.target = t.value;
    const fig = findFigure(f.set, 'pm25Mean', f.period);
    if (!fig || fig.value === null) {
      e.message = noDataMessage(f);
      return e;
    }
    settleWithFigure(e, fig, fig.value, fig.value <= t.value);
    e.message = msg(`官方公布PM2.5浓度${fig.value}，目标不高于${t.value}：${e.status === 'met' ? '已完成' : '未完成'}`,
      `Official PM2.5 ${fig.value}, target at most ${t.value}: ${e.status === 'met' ? 'met' : 'missed'}`);
    return e;
  }
  const ps = statsFor(f, { from: f.period.from, to: f.asOf });
  const e = meanPart(f, 'PM2.5', t.value, decimalsOf(t.value), ps, t.id, t.label, t.source);
  e.period = f.periodIso;
  e.details.push(msg(`均值按目标值的小数位（${decimalsOf(t.value)}位）四舍六入五成双后比较`,
    `The mean is rounded half-even to the target's ${decimalsOf(t.value)} decimal(s) before comparing`));
  return e;
}

// ---------------------------------------------------------------------------------------------
// composite-rank, emissions, binding
// ---------------------------------------------------------------------------------------------

function evalCompositeRank(t: CompositeRankTarget, f: Frame): TargetEvaluation {
  const e = base(t, f, 'rank');
  const of = t.of ?? 168;
  let target: number | null = null;
  if (t.comparison === 'at-most-value') {
    target = t.value ?? null;
  } else {
    const prev = findFigure(f.set, 'compositeRank', f.prev);
    e.baseline = figureBaseline(prev, f.year - 1);
    if (e.baseline?.value !== null && e.baseline?.value !== undefined) target = e.baseline.value - 1;
  }
  e.target = target;

  // The composite index itself, from the data (period so far) against last year's.
  const parts: TargetEvaluation[] = [];
  const ci: TargetEvaluation = { ...base({ ...t, id: `${t.id}:index`, label: msg('综合指数', 'Composite index') }, f, 'index') };
  if (f.asOf !== null) {
    const ps = statsFor(f, { from: f.period.from, to: f.asOf });
    ci.actual = ps.composite?.index ?? null;
    ci.actualSource = ci.actual === null ? null : 'data';
    const prevWin = f.finished ? f.prev : samePeriodLastYear(f.period.from, f.asOf);
    if (f.idx.covers(prevWin)) {
      const pps = statsFor(f, prevWin);
      ci.baseline = { year: f.year - 1, value: pps.composite?.index ?? null, source: 'data' };
    } else if (f.finished) {
      ci.baseline = figureBaseline(findFigure(f.set, 'compositeIndex', f.prev), f.year - 1);
    }
  } else {
    const fig = findFigure(f.set, 'compositeIndex', f.period);
    if (fig && fig.value !== null) {
      ci.actual = fig.value;
      ci.actualSource = fig.status === 'unknown' ? null : fig.status;
      ci.finished = true;
    }
    ci.baseline = figureBaseline(findFigure(f.set, 'compositeIndex', f.prev), f.year - 1);
  }
  const b = ci.baseline?.value ?? null;
  if (ci.actual !== null && b !== null) {
    const improved = ci.actual < b;
    ci.status = ci.finished ? (improved ? 'met' : 'missed') : improved ? 'on-track' : 'at-risk';
    const rate = roundHalfEven(((ci.actual - b) / b) * 100, 1);
    ci.message = msg(`综合指数${num(ci.actual, 2)}，上年${ci.baseline?.source === 'data' ? '同期' : ''}${num(b, 2)}（${rate > 0 ? '+' : ''}${rate.toFixed(1)}%，${improved ? '改善' : '未改善'}）`,
      `Composite index ${num(ci.actual, 2)}, last year ${num(b, 2)} (${rate > 0 ? '+' : ''}${rate.toFixed(1)} %, ${improved ? 'improved' : 'not improved'})`);
  } else if (ci.actual !== null) {
    ci.message = msg(`综合指数${num(ci.actual, 2)}（无上年可比值）`, `Composite index ${num(ci.actual, 2)} (no comparable value for last year)`);
  } else {
    ci.message = noDataMessage(f);
  }
  parts.push(ci);
  e.parts = parts;

  const fig = findFigure(f.set, 'compositeRank', f.period);
  const rank = t.enteredRank ?? fig?.value ?? null;
  if (rank !== null && target !== null) {
    e.actual = rank;
    e.actualSource = t.enteredRank != null ? 'user' : (fig?.status === 'unknown' ? null : fig?.status ?? null);
    e.finished = true;
    e.status = rank <= target ? 'met' : 'missed';
    e.message = msg(`${of}城市排名第${rank}名，目标第${target}名及以前：${e.status === 'met' ? '已完成' : '未完成'}`,
      `Rank ${rank} of ${of}, target ${target} or better: ${e.status === 'met' ? 'met' : 'missed'}`);
    return e;
  }
  if (target === null) {
    const why = t.comparison === 'at-most-value' ? msg('请录入目标名次', 'Enter the target rank') : msg('缺少上年排名', 'Last year\'s rank is missing');
    e.message = msg(`${why.zh}。${ci.message.zh}`, `${why.en}. ${ci.message.en}`);
    return e;
  }
  // Without the published rank: the trend of the index is the only evidence.
  e.status = ci.status === 'on-track' || ci.status === 'at-risk' ? ci.status : 'no-data';
  e.message = msg(`目标：${of}城市排名第${target}名及以前；排名待公布后录入。${ci.message.zh}`,
    `Target: rank ${target} of ${of} or better; enter the rank once published. ${ci.message.en}`);
  e.details.push(msg('名次取决于其他城市，只能由生态环境部公布的排名判定；综合指数变化仅作参考',
    'The rank depends on the other cities and can only be judged from MEE\'s published ranking; the index trend is indicative'));
  return e;
}

function evalEmissions(t: EmissionsTarget, f: Frame): TargetEvaluation {
  const e = base(t, f, 't/a');
  e.parts = EMISSION_SPECIES.map((sp) => {
    const v = t.values[sp];
    const part = base({ ...t, id: `${t.id}:${sp}`, label: msg(`${sp}排放量`, `${sp} emissions`) }, f, 't/a');
    if (v.previous === null || v.current === null) {
      part.message = msg(`请录入${sp}上年与本年排放量（吨/年）`, `Enter ${sp} totals for last year and this year (t/a)`);
      return part;
    }
    part.finished = true;
    part.actual = v.current;
    part.actualSource = 'user';
    part.baseline = { year: f.year - 1, value: v.previous, source: 'user' };
    part.target = v.previous * (1 - t.reduction);
    const change = v.previous > 0 ? ((v.current - v.previous) / v.previous) * 100 : 0;
    part.status = v.current <= part.target + 1e-9 ? 'met' : 'missed';
    part.message = msg(`${sp}：${v.previous}→${v.current}吨（${change >= 0 ? '+' : ''}${num(change, 1)}%），须≤${num(part.target, 1)}吨`,
      `${sp}: ${v.previous} → ${v.current} t (${change >= 0 ? '+' : ''}${num(change, 1)} %), must be ≤ ${num(part.target, 1)} t`);
    return part;
  });
  e.status = worstStatus(e.parts.map((p) => p.status));
  e.finished = e.parts.every((p) => p.finished);
  e.message = msg(e.parts.map((p) => p.message.zh).join('；'), e.parts.map((p) => p.message.en).join('; '));
  e.details.push(msg('排放量来自排放清单（用户录入），不由监测数据计算', 'Emission totals come from the inventory (user inputs), not from monitoring data'));
  return e;
}

function evalBinding(t: BindingTarget, f: Frame): TargetEvaluation {
  const e = base(t, f, 'index');
  e.parts = t.items.map((it) => {
    const common = { id: `${t.id}:${it.id}`, label: it.label, source: t.source, ...(t.period ? { period: t.period } : {}) };
    const sub: Target = it.metric === 'pm25-mean'
      ? { ...common, kind: 'pm25-mean', value: it.value }
      : it.metric === 'good-day-ratio'
        ? { ...common, kind: 'good-day-ratio', comparison: 'at-least-value', value: it.value }
        : { ...common, kind: 'heavy-days', comparison: 'at-most-value', value: it.value };
    return evaluateOne(f.set, f.ctx, f.idx, sub);
  });
  e.status = worstStatus(e.parts.map((p) => p.status));
  e.finished = e.parts.length > 0 && e.parts.every((p) => p.finished);
  e.message = e.parts.length === 0
    ? msg('请录入约束性指标', 'Enter the binding indicators')
    : msg(e.parts.map((p) => `${p.label.zh}：${p.message.zh}`).join('；'), e.parts.map((p) => `${p.label.en}: ${p.message.en}`).join('; '));
  return e;
}

function evaluateOne(set: TargetSet, ctx: TargetContext, idx: DayIndex, t: Target): TargetEvaluation {
  const f = frameFor(set, ctx, idx, t);
  let e: TargetEvaluation;
  switch (t.kind) {
    case 'good-day-ratio': e = evalGoodDays(t, f); break;
    case 'heavy-days': e = evalHeavyDays(t, f); break;
    case 'pollutant-class': e = evalPollutantClass(t, f); break;
    case 'pm25-mean': e = evalPm25Mean(t, f); break;
    case 'composite-rank': e = evalCompositeRank(t, f); break;
    case 'emissions': e = evalEmissions(t, f); break;
    case 'binding': e = evalBinding(t, f); break;
  }
  if (e.baseline && e.baseline.source !== null) {
    e.details.push(msg(`基数：${sourceLabel(e.baseline.source).zh}${e.baseline.citation ? `（${e.baseline.citation}）` : ''}`,
      `Baseline: ${sourceLabel(e.baseline.source).en}${e.baseline.citation ? ` (${e.baseline.citation})` : ''}`));
  }
  if (t.note) e.details.push(t.note);
  return e;
}

/**
 * Evaluates every target of `set` for one area (plan targets, plan-2021.md §1): actual, threshold,
 * baseline (data or published figure, named), status and the remaining need.
 */
export function evaluateTargets(set: TargetSet, ctx: TargetContext): TargetEvaluation[] {
  const idx = new DayIndex(ctx.days);
  return set.targets.map((t) => evaluateOne(set, ctx, idx, t));
}
