/**
 * The row of target cards: actual, target, status colour + word, the same period last year, what
 * the rest of the period must deliver, and where the baseline comes from. Renders the core's
 * `TargetEvaluation`s as they are; computes nothing.
 */
import { roundHalfEven } from '../../domain/math/round.ts';
import type { RemainingNeed, TargetEvaluation, TargetStatus, TargetUnit } from '../../domain/targets/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { useI18n } from '../i18n/i18n.ts';

/** The dictionary word of each status: the cards, the slides and the PowerPoint deck say the same. */
export const STATUS_KEY: Readonly<Record<TargetStatus, MessageKey>> = {
  met: 'status_met',
  'on-track': 'status_on_track',
  'at-risk': 'status_at_risk',
  missed: 'status_missed',
  'no-data': 'status_no_data',
};

/**
 * A value in its unit, for the language. Ratios (one decimal of a percentage), µg/m³ and mg/m³
 * (at most one decimal) are rounded half-even (GB/T 8170, the core's `roundHalfEven`) before
 * `Intl.NumberFormat` writes them, so a tie never rounds the other way than in the report.
 * A ratio is rounded once, from the fraction as given (good / valid unrounded, or an official
 * figure as published); a good-day ratio with known counts is shown by `ratioFigures` instead.
 */
export function formatValue(v: number | null | undefined, unit: TargetUnit, i: I18n): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const zh = i.lang === 'zh';
  switch (unit) {
    case 'ratio': return i.pct(v, 1);
    case 'days': return zh ? `${i.num(v, 0)} 天` : `${i.num(v, 0)} days`;
    case 'ug/m3': return `${i.num(roundHalfEven(v, 1))} µg/m³`;
    case 'mg/m3': return `${i.num(roundHalfEven(v, 1))} mg/m³`;
    case 'rank': return zh ? `第 ${i.num(v, 0)} 名` : `#${i.num(v, 0)}`;
    case 't/a': return zh ? `${i.num(v, 0)} 吨` : `${i.num(v, 0)} t`;
    case 'index': return i.num(v, 2);
  }
}

/** A published percentage (already rounded to 1 decimal by the core) as text: 54.2 → '54.2%'. */
function percentText(p: number | null | undefined, i: I18n): string {
  return p === null || p === undefined || !Number.isFinite(p) ? '—' : `${i.num(p, 1)}%`;
}

export interface RatioFigures {
  actual: string;
  target: string;
  lastYear: string | null;
}

/**
 * The shown texts of a ratio card, from counts and published percents wherever the model has them
 * (never by re-rounding a rounded fraction): the actual good-day ratio from the year-to-date
 * `goodDayRatioPercent` (rounded once from good / valid by the core) when the evaluation covers the
 * same days (its period starts with the year-to-date window and ends at the same `asOf`); the
 * previous year's ratio from its good and valid day counts (`goodDayRatioPercent`). Other values as
 * `formatValue`.
 */
export function ratioFigures(ev: TargetEvaluation, i: I18n): RatioFigures {
  const actual = typeof ev.actualPercent === 'number' ? percentText(ev.actualPercent, i) : formatValue(ev.actual, ev.unit, i);
  const b = ev.baseline;
  const lastYear = !b ? null : typeof b.percent === 'number' ? percentText(b.percent, i) : formatValue(b.value, ev.unit, i);
  // The target of 'above / at least last year' is last year's ratio itself: shown like it.
  const target = typeof b?.percent === 'number' && ev.target === b.value ? lastYear ?? '—' : formatValue(ev.target, ev.unit, i);
  return { actual, target, lastYear };
}

function remainingText(ev: TargetEvaluation, r: RemainingNeed, i: I18n): string {
  const zh = i.lang === 'zh';
  const days = i.num(r.days, 0);
  if (r.value === null) return zh ? `剩余 ${days} 天：已无法达成` : `${days} days left: can no longer be met`;
  const n = i.num(r.value, 0);
  switch (ev.kind) {
    case 'good-day-ratio':
      return zh ? `剩余 ${days} 天中至少还需 ${n} 个优良天` : `at least ${n} good days in the remaining ${days}`;
    case 'heavy-days':
      return zh ? `剩余 ${days} 天中至多还可有 ${n} 个重污染天` : `at most ${n} more heavy days in the remaining ${days}`;
    default: {
      const mean = formatValue(r.value, ev.unit === 'mg/m3' ? 'mg/m3' : 'ug/m3', i);
      const ex = r.exceedanceDaysAllowed;
      const exText = ex === undefined || ex === null ? '' : zh ? `，超标天数至多 ${i.num(ex, 0)} 天` : `, at most ${i.num(ex, 0)} days above the 24-h limit`;
      return zh ? `剩余 ${days} 天均值不高于 ${mean}${exText}` : `remaining ${days} days must average ≤ ${mean}${exText}`;
    }
  }
}

function baselineText(ev: TargetEvaluation, i: I18n): string | null {
  const b = ev.baseline;
  if (!b || b.source === null) return null;
  const from = b.source === 'data' ? i.t('fromData') : b.source === 'user' ? (i.lang === 'zh' ? '用户输入' : 'entered by the user') : i.t('official');
  return `${b.year}：${from}${b.citation ? ` — ${b.citation}` : ''}`;
}

export function TargetCard({ ev }: { ev: TargetEvaluation }) {
  const i = useI18n();
  const { t, pick } = i;
  const base = ev.baseline;
  const baseSrc = baselineText(ev, i);
  const shown = ratioFigures(ev, i);
  return (
    <article className={`card status-${ev.status}`} data-target={ev.id} data-status={ev.status}>
      <h3>{pick(ev.label)}</h3>
      <div className="status">
        {t(STATUS_KEY[ev.status])}
        {ev.asOf && !ev.finished && <span className="muted"> · {i.lang === 'zh' ? `截至 ${ev.asOf}` : `to ${ev.asOf}`}</span>}
      </div>
      <div className="actual" data-value={ev.actual ?? ''}>
        {shown.actual}
        <small>{t('actual')}</small>
      </div>
      <dl>
        <dt>{t('target')}</dt>
        <dd>{shown.target}</dd>
        {base && (
          <>
            <dt>{t('lastYearSame')}</dt>
            <dd>
              {shown.lastYear}
              {base.goodDays !== undefined && base.goodDays !== null && ev.unit === 'ratio' && (
                <span className="muted"> ({formatValue(base.goodDays, 'days', i)})</span>
              )}
            </dd>
          </>
        )}
        {ev.remaining && (
          <>
            <dt>{t('remaining')}</dt>
            <dd>{remainingText(ev, ev.remaining, i)}</dd>
          </>
        )}
      </dl>
      <div className="verdict">{pick(ev.message)}</div>
      {ev.details.length > 0 && (
        <details>
          <summary className="muted">{i.lang === 'zh' ? '说明' : 'Details'}</summary>
          <ul>
            {ev.details.map((d, k) => (
              <li key={k}>{pick(d)}</li>
            ))}
          </ul>
        </details>
      )}
      {baseSrc && (
        <div className="source">
          {t('baselineSource')}: {baseSrc}
        </div>
      )}
    </article>
  );
}

export interface TargetScope {
  /** The plan the targets come from, its city and year. */
  plan: { zh: string; en: string };
  city: string;
  year: number;
  /** What the page shows (area and year), to flag targets that concern something else. */
  area: string | null;
  shownYear: number | null;
}

export function TargetCards({ evaluations, scope }: { evaluations: readonly TargetEvaluation[]; scope: TargetScope | null }) {
  const { t, pick, lang } = useI18n();
  const elsewhere = scope !== null && (scope.year !== scope.shownYear || (scope.area !== null && scope.area !== scope.city));
  return (
    <section aria-labelledby="targets-h">
      <div className="section-head">
        <h2 id="targets-h">{t('targetsHeading')}</h2>
        {scope && (
          <span className="muted">
            {pick(scope.plan)} · {scope.city} · {scope.year}
          </span>
        )}
        {scope && elsewhere && (
          <span className="scope-note" role="note">
            {lang === 'zh'
              ? `这些目标针对${scope.city} ${scope.year} 年；图表显示的是${scope.area ?? ''} ${scope.shownYear ?? ''} 年`
              : `These targets concern ${scope.city} in ${scope.year}; the charts show ${scope.area ?? ''} in ${scope.shownYear ?? ''}`}
          </span>
        )}
      </div>
      <div className="cards">
        {evaluations.map((ev) => (
          <TargetCard key={ev.id} ev={ev} />
        ))}
      </div>
    </section>
  );
}
