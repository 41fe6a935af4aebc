/**
 * The CLI's default output: a readable bilingual summary of a report (the JSON has everything).
 */
import { CATEGORIES } from '../domain/types.ts';
import type { Report } from '../domain/report/report.ts';
import { statusLabel } from '../domain/targets/messages.ts';

const pad = (s: string | number | null, n: number): string => {
  const t = s === null ? '—' : String(s);
  return t.length >= n ? t : ' '.repeat(n - t.length) + t;
};

/** Text summary: edition, per area a table of years, targets, and the first issues. */
export function textSummary(r: Report, daily: boolean): string {
  const L: string[] = [];
  const ed = r.edition.standards.map((s) => `${s.gb3095} / ${s.hj633} / ${s.hj663}`).join(' + ');
  L.push(`Lantian 蓝天 report — 标准 edition: ${ed || '—'} (${r.edition.mode}${r.edition.mixed ? ', mixed 跨版本' : ''})`);
  L.push(`Rounding 修约: GB/T 8170 half-even; concentrations µg/m³ integers, CO mg/m³ 1 decimal; composite 2 decimals`);
  for (const a of r.areas) {
    L.push('');
    const what = a.source === 'daily' ? 'daily table 日报表' : `${a.stations.length} station(s) 站点`;
    L.push(`■ ${a.name} — ${what}, data 数据 ${a.dataFrom ?? '—'} .. ${a.dataTo ?? '—'}`);
    if (a.absentIndicatorsNote) {
      // HJ 633-2026 §5.3.2: the AQI of this area is computed without these indicators; say so.
      L.push(`  ! 缺少整列 absent: ${a.absentIndicators.join(', ')}`, `    ${a.absentIndicatorsNote.zh}`, `    ${a.absentIndicatorsNote.en}`);
    }
    L.push(`  year  valid  good  ratio%  heavy  ${CATEGORIES.map((c) => c.slice(0, 4)).join(' ')}   PM2.5  PM10  SO2  NO2  CO95  O3-90  composite   rank`);
    for (const y of a.years) {
      // The published percent (rounded once from good/valid, GB/T 8170), not the 4-decimal fraction:
      // 198/365 = 54.2466 % → 54.2, whereas 0.5425 × 100 → 54.3 (double rounding; docs/correctness.md).
      const ratio = y.goodDayRatioPercent === null ? null : y.goodDayRatioPercent.toFixed(1);
      L.push(`  ${y.year}  ${pad(y.validDays, 5)}  ${pad(y.goodDays, 4)}  ${pad(ratio, 6)}  ${pad(y.heavyDays, 5)}  ${CATEGORIES.map((c) => pad(y.categoryDays[c], 4)).join(' ')}   ${pad(y['PM2.5'].mean, 5)}  ${pad(y.PM10.mean, 4)}  ${pad(y.SO2.mean, 3)}  ${pad(y.NO2.mean, 3)}  ${pad(y.CO.p95, 4)}  ${pad(y.O3.p90, 5)}  ${pad(y.compositeIndex === null ? null : y.compositeIndex.toFixed(2), 9)}  ${pad(y.rankAmongLoaded === null ? null : `${y.rankAmongLoaded}/${r.ranking.find((k) => k.year === y.year)?.areas.length ?? 1}`, 5)}${y.annualDataSufficient ? '' : '  (partial year 数据不足一年)'}`);
    }
    for (const t of a.targets ?? []) {
      L.push(`  ▸ ${t.label.zh} / ${t.label.en}: ${statusLabel(t.status, 'zh')} ${statusLabel(t.status, 'en')}`);
      L.push(`      ${t.message.zh}`);
      L.push(`      ${t.message.en}`);
    }
    if (daily && a.daily) L.push(`  daily table 日数据: ${a.daily.length} rows (use --format json or csv to see them)`);
  }
  if (r.targets) L.push('', `Targets 目标: ${r.targets.plan.zh} (${r.targets.year})`);
  const shown = r.issues.slice(0, 10);
  if (r.issues.length > 0) {
    L.push('', `Issues 数据问题 (${r.issues.length}${r.issues.length > shown.length ? `, first ${shown.length}` : ''}):`);
    for (const i of shown) L.push(`  [${i.severity}] ${i.file}${i.row ? `:${i.row}` : ''}${i.column ? ` (${i.column})` : ''}${i.count && i.count > 1 ? ` ×${i.count}` : ''} — ${i.message.en}`);
  }
  return L.join('\n') + '\n';
}
