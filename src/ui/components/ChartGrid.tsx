/** The chart grid: one panel per chart, with its heading; a failing builder shows a message, not a blank. */
import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ChartTheme } from '../../charts/theme.ts';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { ChartSpec } from '../charts.ts';
import type { ChartOption } from '../../charts/option.ts';
import type { Lang } from '../../domain/text/text.ts';
import { useI18n } from '../i18n/i18n.ts';
import { EChart } from './EChart.tsx';

export function ChartGrid({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="charts-h">
      <h2 id="charts-h">{t('chartsHeading')}</h2>
      <div className="charts">{children}</div>
    </section>
  );
}

export function ChartPanel({ spec, model, theme, lang, seq, onDrawn, controls }: {
  spec: ChartSpec;
  /** Extra controls shown beside the heading (e.g. the pollutant of a heatmap). */
  controls?: ReactNode;
  model: DashboardModel;
  theme: ChartTheme;
  lang: Lang;
  seq: number;
  onDrawn: (id: string) => void;
}) {
  const { t } = useI18n();
  /** The option on show and its JSON: a new model that draws the same chart keeps it (no redraw). */
  const shown = useRef<{ json: string; option: ChartOption } | null>(null);
  const built = useMemo(() => {
    try {
      const option = spec.build(model, theme, lang);
      // A switch that changes other parts of the page only (e.g. the ranking's period) leaves this chart
      // as it is: the same option object, so EChart does not draw it again.
      const json = option ? JSON.stringify(option) : '';
      if (option && shown.current?.json === json) return { option: shown.current.option, error: null, same: true };
      shown.current = option ? { json, option } : null;
      return { option, error: null, same: false };
    } catch (e) {
      shown.current = null;
      return { option: null, error: e instanceof Error ? e.message : String(e), same: false };
    }
  }, [spec, model, theme, lang]);
  const title = t(spec.titleKey);
  const failed = built.error !== null;
  const empty = built.option === null;
  // A chart that cannot be drawn, or is kept as drawn, still counts as settled for "all charts drawn".
  useEffect(() => {
    if (empty || built.same) onDrawn(spec.id);
  }, [empty, built, seq, onDrawn, spec.id]);
  return (
    <figure className={`chart${spec.wide ? ' wide' : ''}`} data-chart={spec.id} data-failed={failed ? 'true' : undefined}
      style={{ margin: 0 }}>
      <div className="chart-head">
        <h3>{title}</h3>
        {controls}
      </div>
      {built.option ? (
        <EChart option={built.option} label={title} onDrawn={() => onDrawn(spec.id)} height={spec.height?.(model, theme)} />
      ) : failed ? (
        <p className="chart-failed" role="alert">
          {t('chartFailed')}: {built.error}
        </p>
      ) : (
        <p className="empty">{t('status_no_data')}</p>
      )}
    </figure>
  );
}
