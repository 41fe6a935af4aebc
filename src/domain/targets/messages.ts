/**
 * Target evaluations as words, in either language, with the one status vocabulary (达标 / 进度正常 /
 * 有风险 / 未达标 / 无数据 — the dictionaries' `status_*`). The cards, the slides, the .pptx, the CSV
 * export and the CLI all show a target through these functions; none of them phrases a status, a
 * value or a remaining need itself.
 */
import { formatNumber, formatNumberUpTo, formatPercent, formatPercentValue } from '../text/format.ts';
import { tr } from '../text/text.ts';
import type { Lang, TextKey } from '../text/text.ts';
import type { RemainingNeed, TargetEvaluation, TargetStatus, TargetUnit, ValueSource } from './types.ts';

/** The dictionary key of each status (one vocabulary for the page, slides, exports and the CLI). */
export const STATUS_TEXT: Readonly<Record<TargetStatus, TextKey>> = {
  met: 'status_met',
  'on-track': 'status_on_track',
  'at-risk': 'status_at_risk',
  missed: 'status_missed',
  'no-data': 'status_no_data',
};

/** The status word: '达标' / 'Met'. */
export function statusLabel(status: TargetStatus, lang: Lang): string {
  return tr(lang, STATUS_TEXT[status]);
}

/**
 * A target value in its unit. Ratios (one decimal of a percentage), µg/m³ and mg/m³ (at most one
 * decimal) are rounded half-even (GB/T 8170) once; a good-day ratio with known counts is shown by
 * `shownFigures` from the core's published percent instead.
 * @example formatTargetValue(165, 'rank', 'zh') → '第 165 名'; formatTargetValue(0.614, 'ratio', 'en') → '61.4%'
 */
export function formatTargetValue(v: number | null | undefined, unit: TargetUnit, lang: Lang): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  switch (unit) {
    case 'ratio': return formatPercent(v, lang, 1);
    case 'days': return tr(lang, 'unit_days', { n: formatNumber(v, lang, 0) });
    case 'ug/m3': return `${formatNumberUpTo(v, lang, 1)} µg/m³`;
    case 'mg/m3': return `${formatNumberUpTo(v, lang, 1)} mg/m³`;
    case 'rank': return tr(lang, 'unit_rank', { n: formatNumber(v, lang, 0) });
    case 't/a': return tr(lang, 'unit_tonnes', { n: formatNumber(v, lang, 0) });
    case 'index': return formatNumber(v, lang, 2);
  }
}

export interface ShownFigures {
  actual: string;
  target: string;
  lastYear: string | null;
}

/**
 * The shown texts of a card, from counts and published percents wherever the evaluation has them (never
 * by re-rounding a rounded fraction): the actual good-day ratio from `actualPercent`, last year's from
 * `baseline.percent`; the target of "above / at least last year" is last year's ratio itself, shown
 * alike. Other values as `formatTargetValue`.
 */
export function shownFigures(ev: TargetEvaluation, lang: Lang): ShownFigures {
  const actual = typeof ev.actualPercent === 'number' ? formatPercentValue(ev.actualPercent, lang) : formatTargetValue(ev.actual, ev.unit, lang);
  const b = ev.baseline;
  const lastYear = !b ? null : typeof b.percent === 'number' ? formatPercentValue(b.percent, lang) : formatTargetValue(b.value, ev.unit, lang);
  const target = typeof b?.percent === 'number' && ev.target === b.value ? lastYear ?? '—' : formatTargetValue(ev.target, ev.unit, lang);
  return { actual, target, lastYear };
}

/** What the rest of the period must deliver, in one line. */
export function remainingText(ev: TargetEvaluation, r: RemainingNeed, lang: Lang): string {
  const days = formatNumber(r.days, lang, 0);
  if (r.value === null) return tr(lang, 'remaining_cannot', { days });
  const n = formatNumber(r.value, lang, 0);
  switch (ev.kind) {
    case 'good-day-ratio': return tr(lang, 'remaining_goodDays', { days, n });
    case 'heavy-days': return tr(lang, 'remaining_heavyDays', { days, n });
    default: {
      const mean = formatTargetValue(r.value, ev.unit === 'mg/m3' ? 'mg/m3' : 'ug/m3', lang);
      const ex = r.exceedanceDaysAllowed;
      const exText = ex === undefined || ex === null ? '' : tr(lang, 'remaining_exceedance', { n: formatNumber(ex, lang, 0) });
      return tr(lang, 'remaining_mean', { days, mean, ex: exText });
    }
  }
}

const SOURCE_TEXT: Readonly<Record<ValueSource, TextKey>> = {
  data: 'source_data', official: 'source_official', implied: 'source_implied', user: 'source_user',
};

/** Where a value comes from: '由已载入数据计算' / 'computed from the loaded data'. */
export function sourceLabel(source: ValueSource | null, lang: Lang): string {
  return source === null ? tr(lang, 'none') : tr(lang, SOURCE_TEXT[source]);
}

/** The baseline's year, source and citation ('2020：官方公布 — 2020年太原市…'); null without a baseline. */
export function baselineText(ev: TargetEvaluation, lang: Lang): string | null {
  const b = ev.baseline;
  if (!b || b.source === null) return null;
  return tr(lang, 'baselineLine', { year: b.year, source: sourceLabel(b.source, lang), citation: b.citation ? ` — ${b.citation}` : '' });
}

/** '截至 2021-08-31' / 'to 2021-08-31' while the period runs; null when finished or without data. */
export function asOfText(ev: TargetEvaluation, lang: Lang): string | null {
  return ev.asOf && !ev.finished ? tr(lang, 'asOf', { date: ev.asOf }) : null;
}
