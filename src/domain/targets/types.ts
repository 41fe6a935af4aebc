/**
 * Plan targets (行动计划目标) and their evaluation: the target-set file format a user imports,
 * and the result of `evaluateTargets`. The format is documented here because a city official
 * writes these files by hand; `parseTargetSet` (validate.ts) checks them with zh/en messages.
 *
 * A target set is JSON:
 * ```json
 * { "format": "lantian-targets/1", "city": "太原", "plan": {"zh": "…", "en": "…"}, "planSource": "…",
 *   "year": 2021, "period": {"from": "2021-01-01", "to": "2021-12-31"},
 *   "figures": [ {"year": 2020, "metric": "goodDays", "value": 223, "status": "implied", "source": "…"} ],
 *   "targets": [ {"id": "good-day-ratio", "kind": "good-day-ratio", "label": {…}, "source": "…",
 *                 "comparison": "above-previous"} ] }
 * ```
 * Ratios are fractions (0.614, not 61.4). Dates are 'YYYY-MM-DD' (China Standard Time days).
 */
import type { Message, Pollutant, LimitClass } from '../types.ts';
import type { DatePeriod } from '../check.ts';

export const TARGET_SET_FORMAT = 'lantian-targets/1';

export const TARGET_KINDS = [
  'good-day-ratio', 'heavy-days', 'pollutant-class', 'composite-rank', 'emissions', 'binding', 'pm25-mean',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A period of whole days, both ends included ('YYYY-MM-DD'); one definition, shared with the file checker. */
export type { DatePeriod };

/** Metrics for which a published (official) figure can stand in for loaded data. */
export const FIGURE_METRICS = [
  'goodDays', 'validDays', 'goodDayRatio', 'heavyDays', 'compositeIndex', 'compositeRank',
  'compositeImprovementRank', 'pm25Mean',
] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

/**
 * A figure published by an authority. `official` = stated in the source; `implied` = arithmetic
 * from a stated change (e.g. "2021 was +1 day" ⇒ 2020 = 224 − 1); `unknown` = not published
 * (value null, kept so the gap is visible); `user` = typed in by the user.
 */
export interface Figure {
  year: number;
  metric: FigureMetric;
  value: number | null;
  status: 'official' | 'implied' | 'unknown' | 'user';
  /** Where it comes from, in the source's own words where possible. */
  source: string;
  /** Optional period when the figure is not a calendar year. */
  period?: DatePeriod;
  note?: Message;
}

interface TargetBase {
  /** Stable id, unique in the set. */
  id: string;
  kind: TargetKind;
  label: Message;
  /** The plan's wording this target implements (quoted). */
  source: string;
  /** Period of this target; default the set's period, itself defaulting to the calendar year. */
  period?: DatePeriod;
  note?: Message;
}

/** 优良天数比例: `above-previous` (进一步提升: strictly above the previous year's same period), `at-least-previous`, or `at-least-value` (a floor). */
export interface GoodDayRatioTarget extends TargetBase {
  kind: 'good-day-ratio';
  comparison: 'above-previous' | 'at-least-previous' | 'at-least-value';
  /** The floor (fraction 0..1) for `at-least-value`. */
  value?: number | null;
}

/** 重污染天数 (AQI > 200): `below-previous` (较上年减少) or `at-most-value`. */
export interface HeavyDaysTarget extends TargetBase {
  kind: 'heavy-days';
  comparison: 'below-previous' | 'at-most-value';
  value?: number | null;
}

/** A pollutant reaching a GB 3095 class, judged per HJ 663 (mean and percentile criteria). */
export interface PollutantClassTarget extends TargetBase {
  kind: 'pollutant-class';
  pollutant: Pollutant;
  class: LimitClass;
}

/** Rank of the composite index among the 168 key cities (1 = cleanest). */
export interface CompositeRankTarget extends TargetBase {
  kind: 'composite-rank';
  /** `better-than-previous` (排名前移) or `at-most-value` (e.g. leave the bottom 10: ≤ 158). */
  comparison: 'better-than-previous' | 'at-most-value';
  value?: number | null;
  /** The published rank of the target year, entered by the user once MEE publishes it. */
  enteredRank?: number | null;
  /** Number of ranked cities (168). */
  of?: number;
  /** A stricter rank the province asks for (Shanxi 2021: Taiyuan out of the bottom 10, ≤ 158), judged on a second line. */
  provincialValue?: number | null;
  /** Where the provincial rank comes from. */
  provincialSource?: string;
}

export const EMISSION_SPECIES = ['SO2', 'NOx', 'VOCs'] as const;
export type EmissionSpecies = (typeof EMISSION_SPECIES)[number];

/** Emission totals (t/a) from the inventory, user inputs: each ≤ (1 − reduction) × previous. */
export interface EmissionsTarget extends TargetBase {
  kind: 'emissions';
  /** Required reduction as a fraction (0.02 = "下降2%以上"). */
  reduction: number;
  values: Record<EmissionSpecies, { previous: number | null; current: number | null }>;
}

/** One binding indicator (约束性指标) assigned by the province; value entered by the user. */
export interface BindingItem {
  id: string;
  label: Message;
  metric: 'pm25-mean' | 'good-day-ratio' | 'heavy-days';
  /** pm25-mean and heavy-days: ceiling (≤); good-day-ratio: floor (≥, fraction). */
  value: number | null;
}

export interface BindingTarget extends TargetBase {
  kind: 'binding';
  items: BindingItem[];
}

/** PM2.5 mean over any period ≤ value (µg/m³), e.g. the Oct–Nov 2021 control figure 59.5. */
export interface Pm25MeanTarget extends TargetBase {
  kind: 'pm25-mean';
  value: number | null;
}

export type Target =
  | GoodDayRatioTarget | HeavyDaysTarget | PollutantClassTarget | CompositeRankTarget
  | EmissionsTarget | BindingTarget | Pm25MeanTarget;

export interface TargetSet {
  format: typeof TARGET_SET_FORMAT;
  city: string;
  plan: Message;
  /** Citation of the plan document. */
  planSource: string;
  year: number;
  /** Default period of every target; default the calendar year. */
  period?: DatePeriod;
  figures: Figure[];
  targets: Target[];
}

// ---------------------------------------------------------------------------------------------
// Evaluation results
// ---------------------------------------------------------------------------------------------

/**
 * - `met`: the period is over and the target is met, or it can no longer be missed (secured).
 * - `on-track`: in progress and the rest of the period needs no better than the usual pace.
 * - `at-risk`: in progress, still feasible, but needs better than the usual pace.
 * - `missed`: the period is over and it was missed, or it can no longer be met.
 * - `no-data`: not enough data or inputs to judge.
 */
export const TARGET_STATUSES = ['met', 'on-track', 'at-risk', 'missed', 'no-data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export type ValueSource = 'data' | 'official' | 'implied' | 'user';

export type TargetUnit = 'ratio' | 'days' | 'ug/m3' | 'mg/m3' | 'rank' | 't/a' | 'index';

export interface BaselineValue {
  /** Year of the baseline (the previous year). */
  year: number;
  value: number | null;
  /** 'data' = computed from the loaded data of the previous year's same period. */
  source: ValueSource | null;
  /** For good days given only as a count (no ratio published): the baseline count. */
  goodDays?: number | null;
  validDays?: number | null;
  /** Good-day ratio in percent as published (1 decimal, rounded once from the counts), when they are known. */
  percent?: number | null;
  /** The citation text of an official/implied figure. */
  citation?: string;
}

/**
 * Kinds of the criteria a target is made of (`parts`): the mean and percentile criteria of a
 * pollutant class or PM2.5 mean, the composite index behind a rank, one species of an emissions target.
 */
export const CRITERION_KINDS = ['mean', 'percentile', 'composite-index', 'emission-species'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export type EvaluationKind = TargetKind | CriterionKind;

/** The evaluation of a target (kind: a TargetKind) or of one of its criteria (a CriterionKind). */
export interface Evaluation {
  id: string;
  kind: EvaluationKind;
  label: Message;
  source: string;
  period: DatePeriod;
  /** Last day with data inside the period ('YYYY-MM-DD'), null when none. */
  asOf: string | null;
  /** True when the data reach the end of the period (or the value is a final official/user figure). */
  finished: boolean;
  status: TargetStatus;
  unit: TargetUnit;
  /** The achieved value so far (ratio, days, µg/m³, rank, t/a …); null when unknown. */
  actual: number | null;
  actualSource: ValueSource | null;
  /** Good-day ratio targets computed from data: the actual ratio in percent as published (1 decimal, rounded
   *  once from the good/valid counts, GB/T 8170). Displays use it, never `actual` re-rounded. */
  actualPercent?: number | null;
  /** The threshold the actual value is judged against (null when it depends on a missing input). */
  target: number | null;
  baseline: BaselineValue | null;
  /** What the rest of the period must deliver (in-progress only). */
  remaining?: RemainingNeed;
  /** One-line verdict. */
  message: Message;
  /** Further lines (method, assumptions, same period last year …). */
  details: Message[];
  /** Sub-evaluations (per criterion, species or binding item). */
  parts?: Evaluation[];
}

/** The evaluation of one target of a set. */
export interface TargetEvaluation extends Evaluation {
  kind: TargetKind;
  /** composite-rank: the rank computed from the loaded data of the key cities (src/domain/ranking/rankTarget.ts). */
  computedRank?: ComputedRank;
}

/** The rank of the target city among the loaded key cities for the target's period (issue 9). */
export interface ComputedRank {
  /** Rank by the composite index among the ranked key cities; null when the city is not ranked. */
  rank: number | null;
  /** Key cities ranked (enough valid days) for the period. */
  ranked: number;
  /** Key cities in the list (168). */
  keyCities: number;
  /** Key cities ranked needed before the computed rank is judged (160). */
  needed: number;
  /** True when enough key cities are ranked and the rank is judged. */
  judged: boolean;
  /** Last day of the period the ranking covers ('YYYY-MM-DD'). */
  asOf: string | null;
  /** The provincial target (≤ 158) and its status, when the target gives one. */
  provincial: { target: number; status: TargetStatus } | null;
  /** The official rank typed in (or given by the target set's figures), shown beside; null when none. */
  official: number | null;
}

export interface RemainingNeed {
  /** Calendar days left in the period after `asOf`. */
  days: number;
  /**
   * good-day-ratio: good days still needed; heavy-days: heavy days still allowed;
   * pollutant-class / pm25-mean: the mean the remaining days may not exceed.
   */
  value: number | null;
  /** pollutant-class: days above the 24-h limit still allowed for the percentile criterion. */
  exceedanceDaysAllowed?: number | null;
}
