/** The chart grid: one panel per chart, with its heading; a failing builder shows a message, not a blank. */
import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { ChartTheme } from '../../charts/theme.ts';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { ChartSpec } from '../charts.ts';
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
  const built = useMemo(() => {
    try {
      return { option: spec.build(model, theme, lang), error: null };
    } catch (e) {
      return { option: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [spec, model, theme, lang]);
  const title = t(spec.titleKey);
  const failed = built.error !== null;
  const empty = built.option === null;
  // A chart that cannot be drawn still counts as settled for "all charts drawn".
  useEffect(() => {
    if (empty) onDrawn(spec.id);
  }, [empty, seq, onDrawn, spec.id]);
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
