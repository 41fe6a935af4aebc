/**
 * Target evaluations as words, in either language, with the one status vocabulary (达标 / 进度正常 /
 * 有风险 / 未达标 / 无数据 — the dictionaries' `status_*`). The cards, the slides, the .pptx, the CSV
 * export and the CLI all show a target through these functions; none of them phrases a status, a
 * value or a remaining need itself.
 */
import { formatFixed, formatFixedPercent, formatNumber, formatNumberUpTo, formatPercent, formatPercentValue } from '../text/format.ts';
import { parenthesized, tr } from '../text/text.ts';
import type { Lang, TextKey } from '../text/text.ts';
import type { EditionId, Message } from '../types.ts';
import type { RuleOutcome } from './rules.ts';
import type { Evaluation, RemainingNeed, TargetEvaluation, TargetStatus, TargetUnit, ValueSource } from './types.ts';
import type { GoodDayBar, HeavyDaysCeiling, Note, Reason, Verdict } from './verdict.ts';

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
export function remainingText(ev: Evaluation, r: RemainingNeed, lang: Lang): string {
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

// ---------------------------------------------------------------------------------------------
// Verdicts → words (the one-line message and the further lines of every evaluation)
// ---------------------------------------------------------------------------------------------

const pct = formatFixedPercent;
const signed = (x: number, text: string): string => `${x > 0 ? '+' : ''}${text}`;

/** 'P98' / 'P90': the percentile a criterion is judged on. */
const pName = (rank: number): string => `P${rank}`;

function paceText(out: RuleOutcome, lang: Lang, asRate: boolean, decimals = 0): string | null {
  if (!out.pace) return null;
  const value = asRate ? pct(out.pace.value) : formatFixed(out.pace.value, decimals);
  return tr(lang, out.pace.basis === 'last-year' ? 'pace_lastYear' : 'pace_soFar', { value });
}

function barText(bar: GoodDayBar, lang: Lang): string {
  return 'ratio' in bar ? pct(bar.ratio) : tr(lang, 'good_countBar', { n: bar.count });
}

function comparisonWord(strict: boolean, met: boolean, lang: Lang): string {
  return tr(lang, strict ? (met ? 'cmp_above' : 'cmp_notAbove') : met ? 'cmp_atLeast' : 'cmp_notAtLeast');
}

function ceilingText(c: HeavyDaysCeiling, lang: Lang): string {
  return c.belowPrevious
    ? tr(lang, 'heavy_belowPrevious', { last: c.allowed + 1, allowed: c.allowed })
    : tr(lang, 'heavy_atMost', { allowed: c.allowed });
}

const finalStatus = (met: boolean, lang: Lang): string => statusLabel(met ? 'met' : 'missed', lang);

function goodNow(good: number, valid: number, lang: Lang): string {
  return tr(lang, 'good_now', { good, valid, ratio: pct(good / valid) });
}

function goodProgressText(r: Extract<Reason, { say: 'good-progress' }>, lang: Lang): string {
  const goal = tr(lang, 'count' in r.bar ? 'good_goalLastYear' : 'good_goal', { cmp: comparisonWord(r.strict, true, lang), bar: barText(r.bar, lang) });
  const now = `${goodNow(r.good, r.valid, lang)}${tr(lang, 'comma')}${goal}`;
  const out = r.outcome;
  switch (out.status) {
    case 'met': return tr(lang, 'good_secured', { now, days: r.days });
    case 'missed': return tr(lang, 'good_impossible', { now, days: r.days, need: out.need });
    default: {
      const need = tr(lang, 'good_need', { days: r.days, n: out.need, rate: pct(out.requiredRate ?? 0) });
      const pace = paceText(out, lang, true);
      return out.status === 'on-track'
        ? tr(lang, 'good_onTrack', { now, need, pace: pace ?? '' })
        : tr(lang, 'good_atRisk', { now, need, pace: pace ?? tr(lang, 'pace_none') });
    }
  }
}

function heavyProgressText(r: Extract<Reason, { say: 'heavy-progress' }>, lang: Lang): string {
  const now = tr(lang, 'heavy_now', { heavy: r.heavy });
  const ceiling = ceilingText(r.ceiling, lang);
  switch (r.outcome.status) {
    case 'missed': return tr(lang, 'heavy_beyond', { now, ceiling });
    case 'met': return tr(lang, 'heavy_secured', { now, days: r.days });
    default: return tr(lang, 'heavy_allowance', { now, days: r.days, n: r.outcome.need, pace: paceText(r.outcome, lang, false, 1) ?? '' });
  }
}

const CLASS_VERDICT: Readonly<Record<TargetStatus, TextKey>> = {
  met: 'class_met', 'on-track': 'class_onTrack', 'at-risk': 'class_atRisk', missed: 'class_missed', 'no-data': 'class_noData',
};

/** The one-line message of a verdict in `lang` (its parts already rendered, for the reasons that quote them). */
function reasonText(v: Verdict, parts: readonly Evaluation[], lang: Lang): string {
  const r = v.reason;
  const joinParts = (labelled: boolean): string => parts
    .map((p) => (labelled ? `${p.label[lang]}${tr(lang, 'colon')}${p.message[lang]}` : p.message[lang]))
    .join(tr(lang, 'clauseSeparator'));
  const indexMessage = (): string => parts[0]?.message[lang] ?? '';
  switch (r.say) {
    case 'enter-value': return tr(lang, `enter_${r.what}`);
    case 'no-baseline': return tr(lang, 'verdict_noBaseline');
    case 'no-data': return tr(lang, 'verdict_noData', { from: r.from, to: r.to });
    case 'no-valid-day': return tr(lang, 'verdict_noValidDay');
    case 'good-official': {
      const byRatio = 'ratio' in r.bar;
      return tr(lang, byRatio ? 'good_officialRatio' : 'good_officialCount', {
        value: byRatio ? pct(r.value) : r.value, cmp: comparisonWord(r.strict, r.met, lang), bar: barText(r.bar, lang),
        status: finalStatus(r.met, lang),
      });
    }
    case 'good-finished':
      return tr(lang, 'good_finished', {
        now: goodNow(r.good, r.valid, lang), cmp: comparisonWord(r.strict, r.met, lang), bar: barText(r.bar, lang), status: finalStatus(r.met, lang),
      });
    case 'good-progress': return goodProgressText(r, lang);
    case 'heavy-cannot-fall': return tr(lang, 'heavy_cannotFall');
    case 'heavy-official': return tr(lang, 'heavy_official', { value: r.value, ceiling: ceilingText(r.ceiling, lang), status: finalStatus(r.met, lang) });
    case 'heavy-finished':
      return tr(lang, 'heavy_finished', { now: tr(lang, 'heavy_now', { heavy: r.heavy }), ceiling: ceilingText(r.ceiling, lang), status: finalStatus(r.met, lang) });
    case 'heavy-progress': return heavyProgressText(r, lang);
    case 'mean-finished':
      return tr(lang, 'mean_finished', { mean: formatFixed(r.mean, r.decimals), limit: r.limit, judged: tr(lang, r.met ? 'met' : 'notMet') });
    case 'mean-progress':
      return r.outcome.status === 'missed'
        ? tr(lang, 'mean_impossible', { mean: formatFixed(r.mean, r.decimals), limit: r.limit, days: r.days })
        : tr(lang, 'mean_allowance', {
          mean: formatFixed(r.mean, r.decimals), days: r.days, allowed: formatFixed(r.outcome.need, r.decimals),
          pace: paceText(r.outcome, lang, false, r.decimals) ?? '',
        });
    case 'percentile-finished':
      return tr(lang, 'percentile_finished', { p: pName(r.rank), value: r.value ?? '—', limit: r.limit, above: r.above });
    case 'percentile-progress':
      return r.outcome.status === 'missed'
        ? tr(lang, 'percentile_impossible', { p: pName(r.rank), limit: r.limit, above: r.above })
        : tr(lang, 'percentile_allowance', {
          p: pName(r.rank), value: r.value ?? '—', limit: r.limit, above: r.above, days: r.days, n: Math.max(0, r.outcome.need),
        });
    case 'class-no-valid-day': return tr(lang, 'class_noValidDay', { pollutant: r.pollutant });
    case 'class': {
      const verdict = tr(lang, CLASS_VERDICT[v.status], { pollutant: r.pollutant, cls: tr(lang, r.cls === 1 ? 'class1' : 'class2') });
      return `${verdict}${tr(lang, 'colon')}${joinParts(false)}`;
    }
    case 'pm25-official': return tr(lang, 'pm25_official', { value: r.value, target: r.target, status: finalStatus(r.met, lang) });
    case 'index':
      return tr(lang, r.sameDays ? 'index_sameDays' : 'index_lastYear', {
        actual: formatFixed(r.actual, 2), baseline: formatFixed(r.baseline, 2), change: signed(r.change, r.change.toFixed(1)),
        trend: tr(lang, r.improved ? 'index_improved' : 'index_notImproved'),
      });
    case 'index-no-baseline': return tr(lang, 'index_noBaseline', { actual: formatFixed(r.actual, 2) });
    case 'rank-final': return tr(lang, 'rank_final', { of: r.of, rank: r.rank, target: r.target, status: finalStatus(r.met, lang) });
    case 'rank-no-target': return tr(lang, 'rank_noTarget', { why: tr(lang, r.enter ? 'enter_rank' : 'rank_missing'), index: indexMessage() });
    case 'rank-pending': return tr(lang, 'rank_pending', { of: r.of, target: r.target, index: indexMessage() });
    case 'emission-enter': return tr(lang, 'emission_enter', { species: r.species });
    case 'emission':
      return tr(lang, 'emission_line', {
        species: r.species, previous: r.previous, current: r.current,
        change: `${r.change >= 0 ? '+' : ''}${formatFixed(r.change, 1)}`, ceiling: formatFixed(r.ceiling, 1),
      });
    case 'parts': return joinParts(r.labelled);
  }
}

const EDITION_STANDARDS: Readonly<Record<EditionId, string>> = {
  '2012': 'GB 3095-2012 / HJ 663-2013',
  '2026': 'GB 3095-2026 / HJ 663-2026',
};

/** A further line of a verdict in `lang`. */
function noteText(n: Note, lang: Lang): string {
  switch (n.note) {
    case 'figure-source': return tr(lang, 'note_figureSource', { citation: n.citation });
    case 'count-baseline': return tr(lang, 'note_countBaseline', { n: n.lastYearGood });
    case 'same-period':
      return tr(lang, 'note_samePeriod', {
        from: n.from, to: n.to, then: pct(n.ratioThen), now: pct(n.ratioNow),
        change: `${n.change >= 0 ? '+' : ''}${n.change.toFixed(1)}`, heavyThen: n.heavyThen, heavyNow: n.heavyNow,
      });
    case 'remaining-valid': return tr(lang, 'note_remainingValid');
    case 'invalid-days': return tr(lang, 'note_invalidDays', { n: n.days });
    case 'mean-rounding': return tr(lang, 'note_meanRounding', { decimals: n.decimals });
    case 'annual-validity': return tr(lang, 'note_annualValidity');
    case 'class-edition': return tr(lang, 'note_classEdition', { standards: EDITION_STANDARDS[n.edition] });
    case 'rank-indicative': return tr(lang, 'note_rankIndicative');
    case 'emissions-inventory': return tr(lang, 'note_emissionsInventory');
    case 'baseline':
      return tr(lang, 'note_baseline', { source: sourceLabel(n.source, lang), citation: n.citation ? parenthesized(n.citation, lang) : '' });
    case 'target': return n.text[lang];
  }
}

/**
 * A verdict as an evaluation: its one-line `message` and its `details` in both languages, its parts
 * rendered alike. The numbers are the verdict's own; nothing is recomputed.
 */
export function renderVerdict(v: Verdict): Evaluation {
  const {
    reason: _reason, notes, parts: partVerdicts,
    id, kind, label, source, period, asOf, finished, status, unit, actual, actualSource, target, baseline, ...later
  } = v;
  const parts = partVerdicts?.map(renderVerdict);
  const both = (make: (lang: Lang) => string): Message => ({ zh: make('zh'), en: make('en') });
  // Keys in the order the report JSON has always listed them.
  return {
    id, kind, label, source, period, asOf, finished, status, unit, actual, actualSource, target, baseline,
    message: both((lang) => reasonText(v, parts ?? [], lang)),
    details: notes.map((n) => both((lang) => noteText(n, lang))),
    ...later,
    ...(parts ? { parts } : {}),
  };
}
