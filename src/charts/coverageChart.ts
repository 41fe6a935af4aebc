/**
 * Data coverage per pollutant and month: valid days / expected (calendar) days in %, summed over
 * the stations given (GB 3095 Table 4: a valid day has ≥ 20 hourly values; O3 a valid MDA8). Cells
 * of a single station below the monthly minimum for an annual statistic (27 days, 25 in
 * February) are flagged with "!".
 */
import type { CoverageCell } from '../domain/aggregate/coverage.ts';
import { VALIDITY } from '../domain/standards/hj663.ts';
import { POLLUTANTS } from '../domain/types.ts';
import { axisStyle, baseOption, firstItem, frameMargins, tooltipBase } from './common.ts';
import { html, joinHtml } from './escape.ts';
import { areaPrefix, editionLabel } from './labels.ts';
import { formatNumber, monthLabel } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import type { ChartTheme } from './theme.ts';
import type { EditionId } from '../domain/types.ts';

export interface CoverageModel {
  cells: readonly CoverageCell[];
  edition?: EditionId;
}

export interface CoverageSummary {
  year: number;
  month: number;
  pollutant: (typeof POLLUTANTS)[number];
  validHours: number;
  expectedHours: number;
  validDays: number;
  expectedDays: number;
  /** validDays / expectedDays × 100. */
  percent: number | null;
  /** Stations whose valid days fall below the monthly minimum (27; February 25). */
  stationsBelowMinimum: number;
  stations: number;
}

/** Sums the station cells per pollutant and month. */
export function summariseCoverage(cells: readonly CoverageCell[]): CoverageSummary[] {
  const map = new Map<string, CoverageSummary>();
  for (const c of cells) {
    const key = `${c.year}-${c.month}-${c.pollutant}`;
    let s = map.get(key);
    if (!s) {
      s = { year: c.year, month: c.month, pollutant: c.pollutant, validHours: 0, expectedHours: 0, validDays: 0, expectedDays: 0, percent: null, stationsBelowMinimum: 0, stations: 0 };
      map.set(key, s);
    }
    s.validHours += c.validHours;
    s.expectedHours += c.expectedHours;
    s.validDays += c.validDays;
    s.expectedDays += c.expectedDays;
    s.stations += 1;
    const min = c.month === 2 ? VALIDITY.februaryMinDays : VALIDITY.monthMinDays;
    if (c.validDays < min) s.stationsBelowMinimum += 1;
  }
  for (const s of map.values()) s.percent = s.expectedDays > 0 ? (s.validDays / s.expectedDays) * 100 : null;
  return [...map.values()];
}

const PIECES = [
  { lt: 75, color: '#d73027' },
  { gte: 75, lt: 90, color: '#fdae61' },
  { gte: 90, lt: 100, color: '#abd9e9' },
  { gte: 100, color: '#2c7bb6' },
];

/** Small heatmap: x = month, y = pollutant, value = % valid days. */
export function coverageChart(model: CoverageModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const summary = summariseCoverage(model.cells);
  const periods = [...new Set(summary.map((s) => s.year * 100 + s.month))].sort((a, b) => a - b);
  const multiYear = new Set(periods.map((p) => Math.floor(p / 100))).size > 1;
  const xLabels = periods.map((p) => (multiYear ? `${Math.floor(p / 100)}-${p % 100}` : monthLabel(p % 100, lang)));
  const xIndex = new Map(periods.map((p, i) => [p, i] as const));
  const pollutants = POLLUTANTS.filter((p) => summary.some((s) => s.pollutant === p));
  const yIndex = new Map(pollutants.map((p, i) => [p, i] as const));
  const byCell = new Map(summary.map((s) => [`${xIndex.get(s.year * 100 + s.month)}-${yIndex.get(s.pollutant)}`, s] as const));
  const area = opts.area ?? '';
  const title = tr(lang, 'title_coverageChart', { area: areaPrefix(area, lang) });
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? `${editionLabel(model.edition ?? '2012', 'limits')} ${tr(lang, 'gb3095Table4')} / ${editionLabel(model.edition ?? '2012', 'evaluation')}`} · ! = ${tr(lang, 'belowMonthlyMinimum')} (${VALIDITY.monthMinDays}/${VALIDITY.februaryMinDays})`;
  const base = baseOption(theme, opts, { title, footnote });
  const { top, bottom } = frameMargins(theme, opts, false);
  const axis = axisStyle(theme);

  const formatter = (p: TooltipParams): string => {
    const v = firstItem(p)?.value as [number, number, number] | undefined;
    const s = v ? byCell.get(`${v[0]}-${v[1]}`) : undefined;
    if (!s) return '';
    const rows = [
      html`<b>${s.pollutant}</b> ${s.year} ${monthLabel(s.month, lang)}`,
      html`${tr(lang, 'validDays')} / ${tr(lang, 'expectedDays')}: ${s.validDays} / ${s.expectedDays} (${formatNumber(s.percent, lang, 1)}%)`,
      html`${tr(lang, 'validHours')} / ${tr(lang, 'expectedHours')}: ${s.validHours} / ${s.expectedHours}`,
    ];
    if (s.stationsBelowMinimum > 0) rows.push(html`! ${s.stationsBelowMinimum}/${s.stations} ${tr(lang, 'station')}: ${tr(lang, 'belowMonthlyMinimum')}`);
    return joinHtml(rows).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'item', formatter),
    // The legend runs in one line above the grid (at 1366 px a legend beside the grid ran into the cells).
    grid: { top: top + theme.font.legend + 18, bottom: bottom + theme.font.axis + 16, left: 64, right: 24 },
    xAxis: { type: 'category', data: xLabels, ...axis, splitLine: { show: false } },
    yAxis: { type: 'category', data: pollutants, inverse: true, ...axis, splitLine: { show: false } },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      right: 16,
      top: top - 4,
      itemGap: 14,
      pieces: PIECES.map((p) => ({ ...p, label: 'lt' in p && !('gte' in p) ? `<${p.lt}%` : 'gte' in p && 'lt' in p ? `${p.gte}–${p.lt}%` : '100%' })),
      textStyle: { fontSize: theme.font.legend, color: theme.color.text, fontFamily: theme.fontFamily },
      itemWidth: theme.font.legend,
      itemHeight: theme.font.legend,
    },
    series: [
      {
        type: 'heatmap',
        name: tr(lang, 'coverageRate'),
        data: summary
          .filter((s) => s.percent !== null)
          .map((s) => [xIndex.get(s.year * 100 + s.month) as number, yIndex.get(s.pollutant) as number, s.percent as number]),
        itemStyle: { borderColor: theme.color.background, borderWidth: 2 },
        label: {
          show: true,
          fontSize: theme.font.label,
          color: theme.color.text,
          formatter: (q: { value?: unknown }) => {
            const v = q.value as [number, number, number];
            const s = byCell.get(`${v[0]}-${v[1]}`);
            return `${formatNumber(v[2], lang, 0)}${s && s.stationsBelowMinimum > 0 ? '!' : ''}`;
          },
        },
      },
    ],
  };
}
