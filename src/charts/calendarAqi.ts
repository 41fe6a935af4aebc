/**
 * Calendar heatmap of the daily AQI for one year (cf. openair's calendarPlot): each day coloured
 * with the official category colour of HJ 633 (Table 2 / 2026 Table 1, Appendix A), invalid days
 * (no AQI: HJ 633-2026 §5.3.1 NA, or too few hours per HJ 663) in grey, days without any row left
 * blank.
 */
import type { DayResult } from '../domain/types.ts';
import { axisStyle, baseOption, dot, firstItem, frameMargins, legendStyle, textWidth, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import { areaPrefix, categoryName, editionLabel } from './labels.ts';
import { dateLabel, formatNumber, monthLabels, weekdayLabels } from '../domain/text/format.ts';
import { listOf, tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import { categoryBounds, categoryColor } from './theme.ts';
import type { ChartTheme } from './theme.ts';

export interface CalendarAqiModel {
  year: number;
  /** Days of the year (any subset; days absent are drawn blank). */
  days: readonly DayResult[];
}

/** visualMap pieces of the six categories: ≤50, 51–100, 101–150, 151–200, 201–300, >300 (HJ 633 Table 2). */
export function categoryPieces(lang: Lang): { gt?: number; lte?: number; color: string; label: string }[] {
  return categoryBounds().map(({ id, gt, lte }) => {
    const range = gt === null ? `≤${lte}` : lte === null ? `>${gt}` : `${gt + 1}–${lte}`;
    return {
      ...(gt === null ? {} : { gt }),
      ...(lte === null ? {} : { lte }),
      color: categoryColor(id),
      label: `${categoryName(id, lang)} ${range}`,
    };
  });
}

/** The daily-AQI tooltip body of one day (shared with dailyAqiLine). */
export function dayTooltip(day: DayResult | undefined, date: string, lang: Lang, area?: string): string {
  const head = area ? html`<b>${area}</b> ${dateLabel(date, lang)}` : html`<b>${dateLabel(date, lang)}</b>`;
  if (!day || day.aqi === null || !day.valid) return joinHtml([head, html`${tr(lang, 'invalidDay')}`]).value;
  const rows = [
    head,
    html`${tr(lang, 'aqi')}: <b>${formatNumber(day.aqi, lang)}</b>`,
    day.category
      ? html`${dot(categoryColor(day.category))}${tr(lang, 'category')}: ${categoryName(day.category, lang)}`
      : '',
    html`${tr(lang, 'primaryPollutant')}: ${day.primary.length > 0 ? listOf(day.primary, lang) : tr(lang, 'none')}`,
    day.dust ? html`${tr(lang, 'dust')}` : '',
  ];
  return joinHtml(rows.filter((r) => r !== '')).value;
}

/**
 * Layout of the calendar: square-ish cells sized by the theme's type size; the legend stands in a
 * column to the right (six categories, then "no valid data"), so the chart is only as tall as the
 * calendar plus the title and the footnote.
 */
function calendarGeometry(theme: ChartTheme, opts: CommonChartOptions) {
  const { top } = frameMargins(theme, opts, true);
  const cell = Math.round(theme.font.axis * 1.75);
  const calendarTop = top + theme.font.axis + 10;
  const itemGap = 6;
  const row = Math.max(Math.round(theme.font.legend * 0.9), Math.round(theme.font.legend * 1.2)) + itemGap;
  const height = Math.max(7 * cell, 7 * row);
  return { calendarTop, cell, row, itemGap, height };
}

/** Height in px the calendar chart needs (title, calendar, footnote) for a theme; the width is free. */
export function calendarAqiHeight(theme: ChartTheme, opts: CommonChartOptions = {}): number {
  const g = calendarGeometry(theme, opts);
  return g.calendarTop + g.height + 10 + theme.font.footnote + 10;
}

/**
 * Calendar heatmap option. Series 0 = valid days (value = AQI, coloured by the category pieces),
 * series 1 = invalid days (grey). The footnote names the HJ 633 / GB 3095 edition(s) of the days.
 */
export function calendarAqi(model: CalendarAqiModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const days = model.days.filter((d) => d.date.startsWith(`${model.year}-`));
  const byDate = new Map(days.map((d) => [d.date, d] as const));
  const valid = days.filter((d) => d.valid && d.aqi !== null);
  const invalid = days.filter((d) => !(d.valid && d.aqi !== null));
  const editions = days.length > 0 ? days.map((d) => d.edition) : (['2012'] as const);
  const area = opts.area ?? '';
  const title = tr(lang, 'title_calendarAqi', { area: areaPrefix(area, lang), year: model.year });
  const subtitle = tr(lang, 'subtitle_calendarAqi', { valid: valid.length, total: days.length });
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? editionLabel(editions, 'aqi', 'evaluation')}`;
  const legend = legendStyle(theme);
  const axis = axisStyle(theme);
  const pieces = categoryPieces(lang);
  const noData = plainLabel(tr(lang, 'noValidData'));
  const { calendarTop, cell, row, itemGap, height } = calendarGeometry(theme, opts);
  const legendWidth = legend.itemWidth + 8 + Math.max(...[...pieces.map((p) => p.label), noData].map((l) => textWidth(l, theme.font.legend)));
  const base = baseOption(theme, opts, { title, subtitle, footnote, footnoteTop: calendarTop + height + 10 });

  const formatter = (p: TooltipParams): string => {
    const item = firstItem(p);
    const value = item?.value as [string, number] | undefined;
    const date = value?.[0] ?? '';
    return dayTooltip(byDate.get(date), date, lang, area || undefined);
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'item', formatter),
    calendar: {
      range: String(model.year),
      top: calendarTop,
      left: theme.font.axis * 3 + 16,
      right: legendWidth + 36,
      cellSize: ['auto', cell],
      orient: 'horizontal',
      splitLine: { show: true, lineStyle: { color: theme.color.axisLine, width: 1.5 } },
      itemStyle: { color: theme.color.background, borderColor: theme.color.splitLine, borderWidth: 1 },
      yearLabel: { show: false },
      monthLabel: { nameMap: monthLabels(lang), fontSize: theme.font.axis, color: theme.color.text, fontFamily: theme.fontFamily },
      dayLabel: {
        firstDay: 1,
        nameMap: weekdayLabels(lang),
        fontSize: theme.font.axis,
        color: theme.color.subtext,
        fontFamily: theme.fontFamily,
      },
    },
    visualMap: [
      {
        type: 'piecewise',
        seriesIndex: 0,
        dimension: 1,
        orient: 'vertical',
        right: 16,
        top: calendarTop,
        itemGap,
        pieces,
        ...legend,
        textStyle: { ...legend.textStyle },
      },
      {
        type: 'piecewise',
        seriesIndex: 1,
        dimension: 1,
        orient: 'vertical',
        right: 16,
        top: calendarTop + 6 * row,
        itemGap,
        pieces: [{ value: 0, color: theme.color.invalid, label: noData }],
        ...legend,
        textStyle: { ...legend.textStyle, color: axis.nameTextStyle.color },
      },
    ],
    series: [
      {
        type: 'heatmap',
        name: tr(lang, 'dailyAqi'),
        coordinateSystem: 'calendar',
        data: valid.map((d) => [d.date, d.aqi as number]),
      },
      {
        type: 'heatmap',
        name: tr(lang, 'noValidData'),
        coordinateSystem: 'calendar',
        data: invalid.map((d) => [d.date, 0]),
      },
    ],
  };
}
