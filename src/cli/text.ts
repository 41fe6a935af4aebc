/**
 * The CLI's default output: a readable bilingual summary of a report (the JSON has everything).
 */
import { CATEGORIES } from '../domain/types.ts';
import type { Report } from '../domain/report/report.ts';
import { statusLabel } from '../domain/targets/messages.ts';
import { cliTr, enZh, zhEn } from '../domain/text/cli.ts';
import { listOf, tr } from '../domain/text/text.ts';

const pad = (s: string | number | null, n: number): string => {
  const t = s === null ? '—' : String(s);
  return t.length >= n ? t : ' '.repeat(n - t.length) + t;
};

/** Text summary: edition, per area a table of years, targets, and the first issues. */
export function textSummary(r: Report, daily: boolean): string {
  const L: string[] = [];
  const ed = r.edition.standards.map((s) => `${s.gb3095} / ${s.hj633} / ${s.hj663}`).join(' + ');
  const mixed = r.edition.mixed ? `, ${enZh('cli_mixed', {})}` : '';
  L.push(`${tr('en', 'appName')} ${tr('zh', 'appName')} ${cliTr('en', 'cli_report', {})} — ${zhEn('cli_edition', {})}: ${ed || '—'} (${r.edition.mode}${mixed})`);
  L.push(`${enZh('cli_rounding', {})}: ${cliTr('en', 'cli_roundingRule', {})}`);
  for (const a of r.areas) {
    L.push('');
    const what = a.source === 'daily' ? enZh('cli_dailyTable', {}) : `${a.stations.length} ${enZh('cli_stations', {})}`;
    L.push(`■ ${a.name} — ${what}, ${enZh('cli_data', {})} ${a.dataFrom ?? '—'} .. ${a.dataTo ?? '—'}`);
    if (a.absentIndicatorsNote) {
      // HJ 633-2026 §5.3.2: the AQI of this area is computed without these indicators; say so.
      L.push(`  ! ${zhEn('cli_absent', {})}: ${listOf(a.absentIndicators, 'en')}`, `    ${a.absentIndicatorsNote.zh}`, `    ${a.absentIndicatorsNote.en}`);
    }
    L.push(`  ${cliTr('en', 'cli_tableHeader', { categories: CATEGORIES.map((c) => c.slice(0, 4)).join(' ') })}`);
    for (const y of a.years) {
      // The published percent (rounded once from good/valid, GB/T 8170), not the 4-decimal fraction:
      // 198/365 = 54.2466 % → 54.2, whereas 0.5425 × 100 → 54.3 (double rounding; docs/correctness.md).
      const ratio = y.goodDayRatioPercent === null ? null : y.goodDayRatioPercent.toFixed(1);
      L.push(`  ${y.year}  ${pad(y.validDays, 5)}  ${pad(y.goodDays, 4)}  ${pad(ratio, 6)}  ${pad(y.heavyDays, 5)}  ${CATEGORIES.map((c) => pad(y.categoryDays[c], 4)).join(' ')}   ${pad(y['PM2.5'].mean, 5)}  ${pad(y.PM10.mean, 4)}  ${pad(y.SO2.mean, 3)}  ${pad(y.NO2.mean, 3)}  ${pad(y.CO.p95, 4)}  ${pad(y.O3.p90, 5)}  ${pad(y.compositeIndex === null ? null : y.compositeIndex.toFixed(2), 9)}  ${pad(y.rankAmongLoaded === null ? null : `${y.rankAmongLoaded}/${r.ranking.find((k) => k.year === y.year)?.areas.length ?? 1}`, 5)}${y.annualDataSufficient ? '' : `  (${enZh('cli_partialYear', {})})`}`);
    }
    for (const t of a.targets ?? []) {
      L.push(`  ▸ ${t.label.zh} / ${t.label.en}: ${statusLabel(t.status, 'zh')} ${statusLabel(t.status, 'en')}`);
      L.push(`      ${t.message.zh}`);
      L.push(`      ${t.message.en}`);
    }
    if (daily && a.daily) L.push(`  ${enZh('cli_dailyData', {})}: ${cliTr('en', 'cli_dailyRows', { rows: a.daily.length })}`);
  }
  if (r.targets) L.push('', `${enZh('cli_targets', {})}: ${r.targets.plan.zh} (${r.targets.year})`);
  if (r.dustFall) {
    // Plan §21: counties above the line run a special campaign; name them with how many months.
    const d = r.dustFall;
    const line = { relation: d.limit.relation, limit: d.limit.value, task: d.limit.task };
    L.push('', `${enZh('cli_dustFall', {})} ${d.from} .. ${d.to}, ${cliTr('en', 'cli_dustFallCounties', { n: d.counties.length })}; ${cliTr('en', 'cli_dustFallLine', line)}`);
    if (d.above.length === 0) L.push(`  ${enZh('cli_dustFallNoneAbove', {})}`);
    for (const a of d.above) L.push(`  ▲ ${a.county}: ${cliTr('en', 'cli_dustFallAbove', { n: a.months, month: a.worst.month, value: a.worst.value })}`);
  }
  const shown = r.issues.slice(0, 10);
  if (r.issues.length > 0) {
    const first = r.issues.length > shown.length ? `, ${cliTr('en', 'cli_firstIssues', { shown: shown.length })}` : '';
    L.push('', `${enZh('cli_issues', {})} (${r.issues.length}${first}):`);
    for (const i of shown) L.push(`  [${i.severity}] ${i.file}${i.row ? `:${i.row}` : ''}${i.column ? ` (${i.column})` : ''}${i.count && i.count > 1 ? ` ×${i.count}` : ''} — ${i.message.en}`);
  }
  return L.join('\n') + '\n';
}
