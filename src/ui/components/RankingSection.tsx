/**
 * The composite-index ranking of the loaded cities (the core's DashboardRanking): scope and period
 * pickers, the table with the target city highlighted and scrolled into view, the cities listed
 * apart for too few valid days, the scope's cities not loaded, and the notes (dust days, the
 * editable key-city list). `data-testid="ranking"` rows carry `data-area` and `data-rank`.
 */
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { rankingBars } from '../../charts/rankingBars.ts';
import { THEMES } from '../../charts/theme.ts';
import { EChart } from './EChart.tsx';
import type { DashboardRanking } from '../../domain/report/dashboard.ts';
import type { RankingPeriodChoice } from '../../domain/report/datasetIndex.ts';
import { RANKING_HEADER, rankingRows } from '../../domain/ranking/rankingTable.ts';
import { cityKey } from '../../domain/ranking/keyCities.ts';
import { toCsv } from '../../domain/report/csv.ts';
import { useI18n } from '../i18n/i18n.ts';
import { natTr } from '../../domain/text/national.ts';
import { downloadText } from '../export/download.ts';
import { exportFileName } from '../export/fileName.ts';

/** Memoised: an area switch leaves the ranking as it was (App keeps its identity), and the table is not rendered again. */
export const RankingSection = memo(function RankingSection({ ranking, onPeriod }: { ranking: DashboardRanking; onPeriod: (p: RankingPeriodChoice) => void }) {
  const i = useI18n();
  const ids = { scope: useId(), period: useId() };
  const [scopeId, setScopeId] = useState(ranking.defaultScope);
  const scope = ranking.scopes.find((s) => s.id === scopeId) ?? ranking.scopes.find((s) => s.id === ranking.defaultScope)!;
  const r = scope.ranking;
  const cityRow = useRef<HTMLTableRowElement>(null);
  const isCity = (area: string): boolean => ranking.city !== null && cityKey(area) === cityKey(ranking.city);

  useEffect(() => {
    cityRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [scope, ranking]);

  const chart = useMemo(() => (r.rows.length > 0
    ? rankingBars({ ranking: r, scope: i.pick(scope.name), from: ranking.from, to: ranking.to, city: ranking.city }, THEMES.screen, i.lang, { title: false })
    : null), [r, scope, ranking, i]);
  const periodValue = String(ranking.period);
  const required = r.insufficient[0]?.requiredDays ?? r.rows[0]?.requiredDays ?? null;
  return (
    <section className="panel ranking" data-testid="ranking-section">
      <div className="section-head">
        <h2>{i.t('ranking_title')}</h2>
        <label htmlFor={ids.scope}>
          {i.t('ranking_scope')}{' '}
          <select id={ids.scope} data-testid="ranking-scope" value={scope.id} onChange={(e) => setScopeId(e.target.value)}>
            {ranking.scopes.map((s) => <option key={s.id} value={s.id}>{i.pick(s.name)}</option>)}
          </select>
        </label>
        <label htmlFor={ids.period}>
          {i.t('ranking_period')}{' '}
          <select id={ids.period} data-testid="ranking-period" value={periodValue}
            onChange={(e) => onPeriod(e.target.value === 'year' || e.target.value === 'ytd' ? e.target.value : Number(e.target.value))}>
            <option value="ytd">{i.t('ranking_period_ytd')}</option>
            <option value="year">{i.t('ranking_period_year')}</option>
            {ranking.months.map((m) => <option key={m} value={String(m)}>{i.t('ranking_period_month', { month: m })}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => {
          const text = toCsv(RANKING_HEADER.map((h) => i.pick(h)), rankingRows(r));
          downloadText(text, exportFileName([i.t('ranking_title'), i.pick(scope.name), ranking.from, ranking.to], 'csv'), 'text/csv');
        }}>{i.t('ranking_csv')}</button>
      </div>
      <p className="muted">{i.t('ranking_covers', { from: ranking.from, to: ranking.to, n: r.rows.length, size: r.scopeSize })}</p>
      {r.rows.length === 0 && <p>{i.t('ranking_none')}</p>}
      <div className="ranking-scroll">
        <table data-testid="ranking">
          <thead>
            <tr>
              <th>{i.t('ranking_rank')}</th><th>{i.t('ranking_city')}</th><th>{i.t('ranking_index')}</th><th>{i.t('ranking_change')}</th>
              <th>{i.t('ranking_pm25')}</th><th>{i.t('ranking_goodRatio')}</th><th>{i.t('ranking_improvement')}</th><th>{i.t('ranking_validDays')}</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.area} data-area={row.area} data-rank={row.rank ?? ''} className={isCity(row.area) ? 'highlight' : undefined}
                ref={isCity(row.area) ? cityRow : undefined}>
                <td>{row.rank}</td><td>{row.area}</td><td>{i.num(row.index, 2)}</td>
                <td>{row.changePercent === null ? '—' : `${row.changePercent > 0 ? '+' : ''}${i.num(row.changePercent, 1)}`}</td>
                <td>{i.num(row.pm25, 0)}</td><td>{i.num(row.goodDayRatioPercent, 1)}</td>
                <td>{row.improvementRank ?? '—'}</td><td>{row.validDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart && (
        <figure className="chart wide" data-chart="rankingBars" data-testid="ranking-chart" style={{ margin: 0 }}>
          <EChart option={chart} label={natTr(i.lang, 'rankingChart_title', { scope: i.pick(scope.name) })} height={420} />
        </figure>
      )}
      {r.insufficient.length > 0 && (
        <p data-testid="ranking-insufficient">
          {i.t('ranking_insufficient', { days: required ?? '' })}{' '}
          {r.insufficient.map((x) => `${x.area}（${x.validDays}）`).join('、')}
        </p>
      )}
      {r.missing.length > 0 && (
        <p className="muted" data-testid="ranking-missing">
          {i.t('ranking_missing', { n: r.missing.length })} {r.missing.join('、')}
        </p>
      )}
      <p className="muted">{i.t('ranking_dustNote')}</p>
      <p className="muted">{i.t('ranking_listNote')} {i.pick(ranking.listNote)}</p>
    </section>
  );
});
