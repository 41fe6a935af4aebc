/**
 * Dust fall against the plan's line (§21): the rule with its source, the counties above the line
 * named with how many months (`data-testid="dust-fall-above"`, items with `data-county` and
 * `data-months`), the chart of every county's months, the per-county table and the CSV of every
 * county-month. Shown only when a dust-fall table is loaded (the model's `dustFall`); the line is the
 * page's task register's (`pageDustFallLimit`).
 */
import { useMemo } from 'react';
import { dustFallSummary, type DustFallTable } from '../../domain/stats/dustFall.ts';
import { DUST_FALL_COUNTY_HEADER, DUST_FALL_MONTH_HEADER, dustFallCountyRows, dustFallMonthRows } from '../../domain/stats/dustFallTable.ts';
import type { PlanTasks } from '../../domain/plan/types.ts';
import { dustTr } from '../../domain/text/dustFall.ts';
import { pageDustFallLimit } from '../dustFallLine.ts';
import { toCsv } from '../../domain/report/csv.ts';
import { dustFallByCounty } from '../../charts/dustFallByCounty.ts';
import { THEMES } from '../../charts/theme.ts';
import type { Lang } from '../../domain/text/text.ts';
import { useI18n } from '../i18n/i18n.ts';
import { downloadText } from '../export/download.ts';
import { exportFileName } from '../export/fileName.ts';
import { EChart } from './EChart.tsx';

export function DustFallSection({ table, plan, lang }: { table: DustFallTable; plan: PlanTasks | null; lang: Lang }) {
  const i = useI18n();
  const s = useMemo(() => dustFallSummary(table, pageDustFallLimit(plan)), [table, plan]);
  const option = useMemo(() => (s ? dustFallByCounty({ summary: s }, THEMES.screen, lang, { title: false }) : null), [s, lang]);
  if (!s || !option) return null;
  const heading = dustTr(lang, 'dustFall_heading', {});
  const rows = dustFallCountyRows(s);
  const limit = s.limit.value;
  return (
    <section className="panel dust-fall" aria-labelledby="dust-fall-h" data-testid="dust-fall-section">
      <div className="section-head">
        <h2 id="dust-fall-h">{heading}</h2>
        <button type="button" data-testid="dust-fall-csv" onClick={() => {
          const text = toCsv(DUST_FALL_MONTH_HEADER.map((h) => i.pick(h)), dustFallMonthRows(s));
          downloadText(text, exportFileName([heading, s.from, s.to], 'csv'), 'text/csv');
        }}>{dustTr(lang, 'dustFall_csv', {})}</button>
      </div>
      <p className="muted">
        {dustTr(lang, 'dustFall_rule', { limit, source: `${i.pick(s.limit.plan)} §${s.limit.task}` })}
        {' · '}{dustTr(lang, 'dustFall_span', { from: s.from, to: s.to, n: s.counties.length })}
      </p>
      {s.above.length === 0 ? (
        <p data-testid="dust-fall-above" data-count="0">{dustTr(lang, 'dustFall_noneAbove', { limit })}</p>
      ) : (
        <p data-testid="dust-fall-above" data-count={s.above.length}>
          {dustTr(lang, 'dustFall_above', { limit, list: '' })}
          {s.above.map((a, k) => (
            <span key={a.county}>
              {k > 0 ? i.t('listSeparator') : ''}
              <b className="status-missed" data-county={a.county} data-months={a.months}>{dustTr(lang, 'dustFall_aboveItem', { county: a.county, n: a.months })}</b>
            </span>
          ))}
        </p>
      )}
      <figure className="chart wide" data-chart="dustFallByCounty" style={{ margin: 0 }}>
        <EChart option={option} label={heading} height={Math.max(320, 280 + 12 * s.counties.length)} />
      </figure>
      <div className="table-wrap">
        <table data-testid="dust-fall-table">
          <thead><tr>{DUST_FALL_COUNTY_HEADER.map((h, k) => <th key={k}>{i.pick(h)}</th>)}</tr></thead>
          <tbody>
            {s.counties.map((c, r) => (
              <tr key={c.county} data-county={c.county} data-above={c.monthsAbove.length}>
                {rows[r]!.map((cell, k) => (k === 0 || k === 3 || k === 4
                  ? <td key={k}>{cell}</td>
                  : <td key={k} className="num">{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
