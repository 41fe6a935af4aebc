/**
 * Cumulative good-day ratio through the year (优良天数比例 to date = good days so far / valid
 * days so far, HJ 663; 优良 = AQI ≤ 100, HJ 633 Table 2), this year against the same days of
 * last year and the plan target.
 */
import { dayNumber } from '../domain/calendar.ts';
import type { DayResult } from '../domain/types.ts';
import { allItems, axisStyle, baseOption, dot, frameMargins, legendStyle, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import { areaPrefix, editionLabel } from './labels.ts';
import { dateLabel, formatNumber, formatPercent, monthLabel, yearLabel } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import type { ChartTheme } from './theme.ts';

export interface CumulativePoint {
  /** Day of year, 1 = 1 January. */
  dayOfYear: number;
  date: string;
  good: number;
  valid: number;
  /** good / valid so far (0..1); null until the first valid day. */
  ratio: number | null;
}

/**
 * Running good-day ratio over the days of `year` present in `days`, in date order. A valid day
 * (AQI not NA) counts in the denominator; a valid day of category 优 or 良 also in the numerator.
 * An invalid day leaves the ratio unchanged.
 * @example days 优, 轻度, invalid, 良, 中度 → 1/1, 1/2, 1/2, 2/3, 2/4
 */
export function cumulativeGoodRatioSeries(days: readonly DayResult[], year: number): CumulativePoint[] {
  const jan1 = dayNumber(year, 1, 1);
  const sorted = days.filter((d) => d.date.startsWith(`${year}-`)).sort((a, b) => a.day - b.day);
  let good = 0;
  let valid = 0;
  return sorted.map((d) => {
    if (d.valid && d.aqi !== null) {
      valid++;
      if (d.category === 'excellent' || d.category === 'good') good++;
    }
    return { dayOfYear: d.day - jan1 + 1, date: d.date, good, valid, ratio: valid > 0 ? good / valid : null };
  });
}

export interface CumulativeGoodRatioModel {
  year: number;
  days: readonly DayResult[];
  /** Days of `year − 1` (optional). */
  lastYearDays?: readonly DayResult[];
  /** Target good-day ratio for the year, 0..1 (optional). */
  target?: number | null;
}

/** Line chart of the cumulative good-day ratio (%), this year vs last year, with the target as a markLine. */
export function cumulativeGoodRatio(model: CumulativeGoodRatioModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const cur = cumulativeGoodRatioSeries(model.days, model.year);
  const prev = model.lastYearDays ? cumulativeGoodRatioSeries(model.lastYearDays, model.year - 1) : [];
  const editions = [...model.days, ...(model.lastYearDays ?? [])].map((d) => d.edition);
  const last = cur.at(-1);
  const area = opts.area ?? '';
  const thisName = yearLabel(model.year, lang);
  const prevName = yearLabel(model.year - 1, lang);
  const targetName = tr(lang, 'target');
  const title = tr(lang, 'title_cumulativeGoodRatio', { area: areaPrefix(area, lang), year: model.year });
  const subtitle = last
    ? tr(lang, 'subtitle_cumulativeGoodRatio', { date: dateLabel(last.date, lang), good: last.good, valid: last.valid, ratio: formatPercent(last.ratio, lang) })
    : '';
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? editionLabel(editions.length ? editions : ['2012'], 'aqi', 'evaluation')}`;
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, subtitle !== '');
  const axis = axisStyle(theme);

  // Month ticks at the first day of each month of this year.
  const jan1 = dayNumber(model.year, 1, 1);
  const monthStarts = Array.from({ length: 12 }, (_, i) => dayNumber(model.year, i + 1, 1) - jan1 + 1);
  const yearDays = dayNumber(model.year, 12, 31) - jan1 + 1;
  const monthOfDoy = new Map(monthStarts.map((doy, i) => [doy, i + 1] as const));

  const pct = (r: number | null) => (r === null ? null : r * 100);
  const all = [...cur, ...prev].map((p) => p.ratio).filter((r): r is number => r !== null);
  if (model.target != null) all.push(model.target);
  const lowest = all.length ? Math.min(...all) * 100 : 0;
  const yMin = Math.max(0, Math.floor((lowest - 5) / 10) * 10);

  const byDoyCur = new Map(cur.map((p) => [p.dayOfYear, p] as const));
  const byDoyPrev = new Map(prev.map((p) => [p.dayOfYear, p] as const));
  const formatter = (p: TooltipParams): string => {
    const doy = Number((allItems(p)[0]?.value as [number, number] | undefined)?.[0]);
    const rows: string[] = [];
    const c = byDoyCur.get(doy);
    const q = byDoyPrev.get(doy);
    if (c) rows.push(html`<b>${dateLabel(c.date, lang)}</b>`, html`${dot(theme.color.current)}${thisName}: <b>${formatPercent(c.ratio, lang)}</b> (${c.good}/${c.valid})`);
    if (q) rows.push(html`${dot(theme.color.previous)}${prevName} (${dateLabel(q.date, lang)}): ${formatPercent(q.ratio, lang)} (${q.good}/${q.valid})`);
    if (model.target != null) rows.push(html`${dot(theme.color.target)}${targetName}: ${formatPercent(model.target, lang)}`);
    return joinHtml(rows).value;
  };

  const legendNames = [thisName, ...(prev.length ? [prevName] : [])];
  return {
    ...base,
    tooltip: tooltipBase(theme, 'axis', formatter),
    legend: { top: top - 4, right: 16, data: legendNames, ...legendStyle(theme) },
    grid: { top: top + theme.font.legend + theme.font.axis + 20, bottom: bottom + theme.font.axis + 20, left: 64, right: 90 },
    xAxis: {
      type: 'value',
      min: 1,
      max: yearDays,
      ...axis,
      splitLine: { show: false },
      axisTick: { ...axis.axisTick, customValues: monthStarts },
      axisLabel: { ...axis.axisLabel, customValues: monthStarts, formatter: (v: number) => monthLabel(monthOfDoy.get(v) ?? 0, lang) },
    },
    yAxis: {
      type: 'value',
      min: yMin,
      max: 100,
      name: `${tr(lang, 'goodDayRatio')} (%)`,
      ...axis,
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => `${formatNumber(v, lang)}%` },
    },
    series: [
      {
        type: 'line',
        name: thisName,
        data: cur.map((p) => [p.dayOfYear, pct(p.ratio)]),
        showSymbol: false,
        lineStyle: { width: theme.lineWidth * 1.25, color: theme.color.current },
        itemStyle: { color: theme.color.current },
        endLabel: {
          show: true,
          formatter: () => formatPercent(last?.ratio ?? null, lang),
          fontSize: theme.font.label,
          color: theme.color.current,
          fontWeight: 'bold',
        },
        ...(model.target != null
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: theme.color.target, type: 'dashed', width: theme.lineWidth },
                label: {
                  position: 'insideStartTop',
                  formatter: plainLabel(`${targetName} ${formatPercent(model.target, lang)}`),
                  fontSize: theme.font.label,
                  color: theme.color.target,
                },
                data: [{ yAxis: model.target * 100 }],
              },
            }
          : {}),
      },
      ...(prev.length
        ? [{
            type: 'line' as const,
            name: prevName,
            data: prev.map((p) => [p.dayOfYear, pct(p.ratio)]),
            showSymbol: false,
            lineStyle: { width: theme.lineWidth, color: theme.color.previous, type: 'dotted' as const },
            itemStyle: { color: theme.color.previous },
          }]
        : []),
    ],
  };
}
