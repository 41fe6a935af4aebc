/**
 * Days per air-quality category per month as stacked bars in the official colours (HJ 633
 * Table 2, Appendix A), with the invalid days (no valid AQI) on top in grey.
 */
import { CATEGORIES } from '../domain/types.ts';
import type { PeriodStats } from '../domain/types.ts';
import { allItems, axisStyle, baseOption, dot, frameMargins, legendStyle, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import { areaPrefix, categoryName, editionLabel } from './labels.ts';
import { formatPercent, monthLabel } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import { categoryColor } from './theme.ts';
import type { ChartTheme } from './theme.ts';

export interface MonthlyStatsModel {
  year: number;
  /** Statistics of the months January..December (fewer for a year in progress). */
  months: readonly PeriodStats[];
}

/** Month (1..12) of a PeriodStats, read from its 'YYYY-MM-DD' start. */
export function monthOf(s: PeriodStats): number {
  return Number(s.from.slice(5, 7));
}

/** Dark category colours get white labels, light ones black. */
const DARK_CATEGORY = new Set(['moderate', 'heavy', 'severe']);

/** Stacked bars: one series per category (best at the bottom) plus the invalid days. */
export function categoryDaysByMonth(model: MonthlyStatsModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const months = model.months;
  const labels = months.map((m) => monthLabel(monthOf(m), lang));
  const area = opts.area ?? '';
  const totalGood = months.reduce((s, m) => s + m.goodDays, 0);
  const totalValid = months.reduce((s, m) => s + m.validDays, 0);
  const title = tr(lang, 'title_categoryDaysByMonth', { area: areaPrefix(area, lang), year: model.year });
  const subtitle = tr(lang, 'subtitle_categoryDaysByMonth', {
    good: totalGood, valid: totalValid, ratio: formatPercent(totalValid ? totalGood / totalValid : null, lang),
  });
  const editions = months.length ? months.map((m) => m.edition) : (['2012'] as const);
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? editionLabel(editions, 'aqi', 'evaluation')}`;
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);
  const invalidName = tr(lang, 'noValidData');

  const formatter = (p: TooltipParams): string => {
    const i = allItems(p)[0]?.dataIndex ?? -1;
    const m = months[i];
    if (!m) return '';
    const rows = [html`<b>${labels[i]}</b>`];
    for (const c of [...CATEGORIES].reverse()) {
      if (m.categoryDays[c] > 0) rows.push(html`${dot(categoryColor(c))}${categoryName(c, lang)}: ${m.categoryDays[c]}`);
    }
    const invalid = m.calendarDays - m.validDays;
    if (invalid > 0) rows.push(html`${dot(theme.color.invalid)}${invalidName}: ${invalid}`);
    rows.push(html`${tr(lang, 'goodDayRatio')}: <b>${formatPercent(m.goodDayRatio, lang)}</b> (${m.goodDays}/${m.validDays})`);
    return joinHtml(rows).value;
  };

  const label = (dark: boolean) => ({
    show: true,
    fontSize: theme.font.label,
    color: dark ? '#ffffff' : '#000000',
    // A segment under two days is too thin for its number; the tooltip still has it.
    formatter: (q: { value?: unknown }) => (Number(q.value) >= 2 ? String(q.value) : ''),
  });

  return {
    ...base,
    tooltip: tooltipBase(theme, 'axis', formatter),
    legend: { bottom: bottom + 2, left: 'center', ...legendStyle(theme) },
    grid: { top: top + 8, bottom: bottom + theme.font.legend + theme.font.axis + 36, left: 56, right: 24 },
    xAxis: { type: 'category', data: labels, ...axis },
    yAxis: { type: 'value', name: tr(lang, 'days'), minInterval: 1, ...axis },
    series: [
      ...CATEGORIES.map((c) => ({
        type: 'bar' as const,
        name: plainLabel(categoryName(c, lang)),
        stack: 'days',
        barMaxWidth: 56,
        itemStyle: { color: categoryColor(c) },
        label: label(DARK_CATEGORY.has(c)),
        // 0 → null: no zero-height segment is drawn (the tooltip still lists the month).
        data: months.map((m) => m.categoryDays[c] || null),
      })),
      {
        type: 'bar' as const,
        name: plainLabel(invalidName),
        stack: 'days',
        barMaxWidth: 56,
        itemStyle: { color: theme.color.invalid },
        label: label(false),
        data: months.map((m) => m.calendarDays - m.validDays || null),
      },
    ],
  };
}
