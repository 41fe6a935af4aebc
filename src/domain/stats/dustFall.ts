/**
 * Dust fall against the plan's line (plan §21 "定期通报降尘量监测结果，降尘量高于9吨/月·平方公里的
 * 县(市、区)，组织开展降尘污染治理专项行动"): per county the months above the line, how many, and the
 * worst month; the counties above it named. The line is data — the measurable item of the plan's task
 * register whose quantity is in t/(km²·month) (Taiyuan 2021: task 21, item k21-a, > 9) — so another
 * plan's file brings its own.
 */
import type { Message } from '../types.ts';
import type { PlanTasks, QuantityRelation } from '../plan/types.ts';

/** The unit of dust fall in the plan and in the Dataset (吨/月·平方公里 = g/(m²·month)). */
export const DUST_FALL_UNIT = 't/(km²·month)';

/** The dust-fall line of a plan, with where it comes from. */
export interface DustFallLimit {
  value: number;
  /** '>' for the plan's 高于 (a month exactly on the line is not above it). */
  relation: QuantityRelation;
  /** The task's number in the plan ('21') and the item's id ('k21-a'). */
  task: string;
  item: string;
  /** The plan's own words. */
  quote: string;
  plan: Message;
}

/**
 * The dust-fall line of a task register: the first item whose quantity is in t/(km²·month); null
 * when the plan sets none.
 */
export function dustFallLimitOf(plan: PlanTasks): DustFallLimit | null {
  for (const t of plan.tasks) {
    for (const it of t.items) {
      const q = it.quantity;
      if (q && q.unit === DUST_FALL_UNIT) {
        return { value: q.value, relation: q.relation, task: t.number, item: it.id, quote: it.quote ?? '', plan: plan.plan };
      }
    }
  }
  return null;
}

/** True when `value` is beyond the line ('>' strictly above; '≥' on or above). */
export function aboveLimit(value: number, limit: DustFallLimit): boolean {
  switch (limit.relation) {
    case '>': return value > limit.value;
    case '≥': return value >= limit.value;
    // A line set as a ceiling (< or ≤) is broken at or above it.
    case '<': return value >= limit.value;
    case '≤': return value > limit.value;
    default: return value > limit.value;
  }
}

export interface CountyMonth {
  /** 'YYYY-MM'. */
  month: string;
  /** t/(km²·month). */
  value: number;
  above: boolean;
}

export interface CountyDustFall {
  county: string;
  /** Every month with a value, in order. */
  months: CountyMonth[];
  /** Months above the line, in order. */
  monthsAbove: string[];
  /** The month with the highest dust fall (the first of equals). */
  worst: { month: string; value: number };
}

export interface DustFallSummary {
  limit: DustFallLimit;
  /** First and last month with data, 'YYYY-MM'. */
  from: string;
  to: string;
  /** Every month with data in any county, in order. */
  months: string[];
  /**
   * Every county: those with the most months above the line first, then by their worst month's value
   * (highest first), then in the order the data list them.
   */
  counties: CountyDustFall[];
  /** The counties above the line in at least one month (the head of `counties`). */
  above: { county: string; months: number; worst: { month: string; value: number } }[];
  /** The highest monthly value of all counties. */
  worst: { county: string; month: string; value: number };
}

/**
 * Monthly dust fall per county as plain data (county, then [month, value] pairs): `Dataset.dustFall`
 * as the dashboard model carries it from the worker.
 */
export type DustFallTable = [string, [string, number][]][];

/** `Dataset.dustFall` (county → month → value) as a DustFallTable. */
export function dustFallTable(dustFall: ReadonlyMap<string, ReadonlyMap<string, number>>): DustFallTable {
  return [...dustFall].map(([county, months]) => [county, [...months]]);
}

/**
 * Dust fall of every county against `limit` (plan §21): per county its months, those above the line
 * and the worst month; the counties above the line with how many months. Takes `Dataset.dustFall` or
 * a DustFallTable. Null when no dust fall is loaded.
 */
export function dustFallSummary(
  dustFall: Iterable<readonly [string, Iterable<readonly [string, number]>]>,
  limit: DustFallLimit,
): DustFallSummary | null {
  const counties: CountyDustFall[] = [];
  const all = new Set<string>();
  for (const [county, byMonth] of dustFall) {
    const months = [...byMonth].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, value]): CountyMonth => ({ month, value, above: aboveLimit(value, limit) }));
    if (months.length === 0) continue;
    let worst = months[0]!;
    for (const m of months) {
      all.add(m.month);
      if (m.value > worst.value) worst = m;
    }
    counties.push({ county, months, monthsAbove: months.filter((m) => m.above).map((m) => m.month), worst: { month: worst.month, value: worst.value } });
  }
  if (counties.length === 0) return null;
  counties.sort((a, b) => b.monthsAbove.length - a.monthsAbove.length || b.worst.value - a.worst.value);
  const months = [...all].sort();
  let worst = counties[0]!;
  for (const c of counties) if (c.worst.value > worst.worst.value) worst = c;
  return {
    limit,
    from: months[0]!,
    to: months[months.length - 1]!,
    months,
    counties,
    above: counties.filter((c) => c.monthsAbove.length > 0).map((c) => ({ county: c.county, months: c.monthsAbove.length, worst: c.worst })),
    worst: { county: worst.county, ...worst.worst },
  };
}
