/**
 * Monthly dust fall per county (降尘量, t/(km²·month)) against the plan's line (§21 "降尘量高于9吨/月·
 * 平方公里的县(市、区)…专项行动"): one line per county over the months, a dashed markLine at the
 * line, the months above it drawn as solid points in the target colour; the counties above
 * the line named with how many months in the subtitle.
 */
import type { DustFallSummary } from '../domain/stats/dustFall.ts';
import { allItems, axisStyle, baseOption, dot, frameMargins, legendStyle, textWidth, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import { areaPrefix } from './labels.ts';
import { monthLabel } from '../domain/text/format.ts';
import { listOf, tr } from '../domain/text/text.ts';
import { dustTr } from '../domain/text/dustFall.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import type { ChartTheme } from './theme.ts';

export interface DustFallChartModel {
  summary: DustFallSummary;
}

/** County colours: a colour-blind-safe qualitative set (Okabe–Ito, then Tol's muted), repeated past 14 counties. */
const COUNTY_COLORS = [
  '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C6D31',
  '#332288', '#44AA99', '#999933', '#882255', '#117733', '#AA4499', '#555555',
];

/** The colour of the k-th county. */
export function countyColor(k: number): string {
  return COUNTY_COLORS[k % COUNTY_COLORS.length]!;
}

/** 'YYYY-MM' as the axis shows it: the month's name when all months are in one year, else 'YYYY-MM'. */
function monthText(month: string, oneYear: boolean, lang: Lang): string {
  return oneYear ? monthLabel(Number(month.slice(5, 7)), lang) : month;
}

/** The counties above the line with their months ('尖草坪区（4 个月）、小店区（2 个月）'), or that none is. */
export function dustFallAboveText(s: DustFallSummary, lang: Lang): string {
  const limit = s.limit.value;
  if (s.above.length === 0) return dustTr(lang, 'dustFall_noneAbove', { limit });
  const list = listOf(s.above.map((a) => dustTr(lang, 'dustFall_aboveItem', { county: a.county, n: a.months })), lang);
  return dustTr(lang, 'dustFall_above', { limit, list });
}

/** Lines of each county's monthly dust fall, with the plan's line. */
export function dustFallByCounty(model: DustFallChartModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const s = model.summary;
  const months = s.months;
  const oneYear = s.from.slice(0, 4) === s.to.slice(0, 4);
  const labels = months.map((m) => monthText(m, oneYear, lang));
  const limit = s.limit.value;
  const unit = dustTr(lang, 'dustFall_unit', {});
  const title = dustTr(lang, 'dustFall_chartTitle', { area: areaPrefix(opts.area ?? '', lang) });
  const subtitle = dustFallAboveText(s, lang);
  const footnote = `${tr(lang, 'standards')}: ${s.limit.plan[lang]} §${s.limit.task} · ${dustTr(lang, 'dustFall_limitLine', { limit: `${s.limit.relation} ${limit}` })} ${unit}`;
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);
  const highest = Math.max(limit, ...s.counties.flatMap((c) => c.months.map((m) => m.value)));
  const raw = highest * 1.15;
  const step = raw <= 12 ? 2 : raw <= 30 ? 5 : 10;
  const yMax = Math.ceil(raw / step) * step;
  const lineLabel = plainLabel(dustTr(lang, 'dustFall_limitLine', { limit }));
  const byCounty = s.counties.map((c) => new Map(c.months.map((m) => [m.month, m] as const)));

  const formatter = (p: TooltipParams): string => {
    const i = allItems(p)[0]?.dataIndex ?? -1;
    const month = months[i];
    if (month === undefined) return '';
    const rows = [html`<b>${labels[i]}</b> · ${dustTr(lang, 'dustFall_limitLine', { limit: `${s.limit.relation} ${limit}` })} ${unit}`];
    s.counties.forEach((c, k) => {
      const m = byCounty[k]!.get(month);
      if (!m) return;
      rows.push(m.above
        ? html`${dot(countyColor(k))}${c.county}: <b>${m.value}</b> ▲ ${dustTr(lang, 'dustFall_aboveColumn', {})}`
        : html`${dot(countyColor(k))}${c.county}: ${m.value}`);
    });
    return joinHtml(rows).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'axis', formatter),
    legend: { type: 'scroll', top: top - 4, left: 16, right: 16, ...legendStyle(theme) },
    grid: {
      top: top + theme.font.legend + theme.font.axis + 20, bottom: bottom + theme.font.axis + 20, left: 56,
      right: 24 + textWidth(lineLabel, theme.font.label),
    },
    xAxis: { type: 'category', data: labels, boundaryGap: false, ...axis },
    yAxis: { type: 'value', name: unit, min: 0, max: yMax, interval: step, ...axis },
    series: s.counties.map((c, k) => ({
      type: 'line' as const,
      name: plainLabel(c.county),
      connectNulls: false,
      symbolSize: theme.lineWidth * 3,
      lineStyle: { width: theme.lineWidth, color: countyColor(k) },
      itemStyle: { color: countyColor(k) },
      data: months.map((month) => {
        const m = byCounty[k]!.get(month);
        if (!m) return null;
        return m.above
          ? { value: m.value, symbol: 'circle', symbolSize: theme.lineWidth * 4, itemStyle: { color: theme.color.target } }
          : m.value;
      }),
      ...(k === 0 ? {
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: theme.color.target, type: 'dashed' as const, width: theme.lineWidth },
          label: { position: 'end' as const, fontSize: theme.font.label, color: theme.color.target, formatter: lineLabel },
          data: [{ yAxis: limit }],
        },
      } : {}),
    })),
  };
}
