/**
 * Headline figures of the chosen year (or year to date) from the core's PeriodStats, with the
 * same period of the previous year beside them. Concentrations and the ratio are shown as
 * published (GB/T 8170 rounding via the core's functions; the composite index is already rounded
 * to 2 decimals by the core). `data-stat`/`data-value` carry the shown numbers (the browser tests
 * compare them with the CLI).
 */
import { publishConc } from '../../domain/report/report.ts';
import type { Change, compareStats } from '../../domain/stats/compare.ts';
import type { PeriodStats } from '../../domain/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { TextKey } from '../../domain/text/text.ts';

interface Item {
  stat: string;
  label: TextKey;
  /** The value as computed (unrounded) and as published (rounded by the standard's rule, shown). */
  value: number | null;
  previous: number | null;
  text: (v: number | null) => string;
  /** The core's year-on-year change (同比), when the same period of last year is loaded. */
  change: Change | null;
}

type Comparison = ReturnType<typeof compareStats>;

export function SummaryStrip({ current, previous, compare, area }: {
  current: PeriodStats; previous: PeriodStats | null; compare: Comparison | null; area: string | null;
}) {
  const i = useI18n();
  /** 同比 as the bulletins phrase it (standards.md §5): pp for ratios, days for counts, % for concentrations and the index. */
  const yoy = (c: Change | null): string | null => {
    if (!c || c.delta === null) return null;
    const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
    const n = Math.abs(c.delta);
    switch (c.unit) {
      case 'pp': return i.t('yoy_pp', { sign, n: i.num(n, 1) });
      case 'days': return i.t('yoy_days', { sign, n: i.num(n, 0) });
      default: return i.t('yoy_percent', { sign, n: i.num(n, 1) });
    }
  };
  const days = (v: number | null): string => (v === null ? '—' : i.t('kpi_days', { n: i.num(v, 0) }));
  const items: Item[] = [
    { stat: 'goodDays', label: 'metric_goodDays', value: current.goodDays, previous: previous?.goodDays ?? null, text: days, change: compare?.goodDays ?? null },
    { stat: 'validDays', label: 'metric_validDays', value: current.validDays, previous: previous?.validDays ?? null, text: days, change: null },
    {
      // the core's published percent (54.2: rounded once, half-even, from good / valid), as the report JSON's
      stat: 'goodDayRatio', label: 'goodDayRatio', value: current.goodDayRatioPercent,
      previous: previous?.goodDayRatioPercent ?? null, text: (v) => (v === null ? '—' : `${i.num(v, 1)}%`),
      change: compare?.goodDayRatio ?? null,
    },
    { stat: 'heavyDays', label: 'heavyDays', value: current.heavyDays, previous: previous?.heavyDays ?? null, text: days, change: compare?.heavyDays ?? null },
    {
      stat: 'pm25Mean', label: 'kpi_pm25Mean', value: publishConc('PM2.5', current.pollutants['PM2.5'].mean),
      previous: publishConc('PM2.5', previous?.pollutants['PM2.5'].mean ?? null), text: (v) => (v === null ? '—' : `${i.num(v, 0)} µg/m³`),
      change: compare?.pollutants['PM2.5'] ?? null,
    },
    {
      stat: 'compositeIndex', label: 'compositeIndex', value: current.composite?.index ?? null,
      previous: previous?.composite?.index ?? null, text: (v) => i.num(v, 2),
      change: compare?.composite ?? null,
    },
  ];
  return (
    <section className="summary" aria-label={i.t('kpi_period', { from: current.from, to: current.to })}>
      {items.map((it) => (
        <div key={it.stat} className="kpi" data-stat={it.stat} data-value={it.value ?? ''}>
          <div className="kpi-label">{i.t(it.label)}</div>
          <div className="kpi-value">{it.text(it.value)}</div>
          {previous && (
            <div className="kpi-prev muted">
              {i.t('lastYearShort')} {it.text(it.previous)}
              {yoy(it.change) && <span className="kpi-yoy" data-yoy={it.change?.delta ?? ''}> · {yoy(it.change)}</span>}
            </div>
          )}
        </div>
      ))}
      <div className="kpi-period muted">
        {area} · {current.from} – {current.to}
        {previous && i.t('kpi_lastYearPeriod', { from: previous.from, to: previous.to })}
      </div>
    </section>
  );
}
