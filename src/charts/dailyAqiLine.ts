/**
 * Daily AQI as a line over a period, in front of translucent bands of the six categories
 * (0–50, 50–100, 100–150, 150–200, 200–300, 300–500 in the official colours, HJ 633 Table 2 /
 * Appendix A). Points are coloured by their category; invalid days are gaps.
 */
import type { DayResult } from '../domain/types.ts';
import { axisStyle, baseOption, firstItem, frameMargins, tooltipBase } from './common.ts';
import { plainLabel } from './escape.ts';
import { areaPrefix, categoryName, editionLabel } from './labels.ts';
import { dateLabel, shortDateLabel } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import { dayTooltip } from './calendarAqi.ts';
import { aqiColor, categoryBounds, categoryColor } from './theme.ts';
import type { ChartTheme } from './theme.ts';

export interface DailyAqiModel {
  /** Days of the period in any order (every calendar day, invalid ones with aqi null). */
  days: readonly DayResult[];
}

/** Top of the AQI scale (HJ 633: AQI 0–500). */
const AQI_TOP = 500;

/** Line of the daily AQI with category bands (markArea) and category-coloured points. */
export function dailyAqiLine(model: DailyAqiModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const days = [...model.days].sort((a, b) => a.day - b.day);
  const dates = days.map((d) => d.date);
  const byDate = new Map(days.map((d) => [d.date, d] as const));
  const first = days[0];
  const last = days.at(-1);
  const area = opts.area ?? '';
  const period = first && last ? `${dateLabel(first.date, lang)}–${dateLabel(last.date, lang)}` : '';
  const title = tr(lang, 'title_dailyAqi', { area: areaPrefix(area, lang) });
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? editionLabel(days.length ? days.map((d) => d.edition) : ['2012'], 'aqi')}`;
  const base = baseOption(theme, opts, { title, subtitle: period, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);

  // The y axis ends at the first category bound at or above the highest AQI (at least 150).
  const bounds = categoryBounds();
  const maxAqi = Math.max(0, ...days.map((d) => d.aqi ?? 0));
  const yMax = [...bounds.map((b) => b.lte ?? AQI_TOP), AQI_TOP].find((v) => v >= Math.max(150, maxAqi)) ?? AQI_TOP;
  const showSymbols = days.length <= 120;

  const formatter = (p: TooltipParams): string => {
    const i = firstItem(p)?.dataIndex ?? -1;
    const date = dates[i] ?? '';
    return dayTooltip(byDate.get(date), date, lang, area || undefined);
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'axis', formatter),
    grid: { top: top + 8, bottom: bottom + theme.font.axis + 24, left: 56, right: 130 },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      ...axis,
      axisLabel: { ...axis.axisLabel, formatter: (v: string) => shortDateLabel(v, lang), hideOverlap: true },
    },
    yAxis: { type: 'value', name: tr(lang, 'aqi'), min: 0, max: yMax, ...axis, splitLine: { show: false } },
    series: [
      {
        type: 'line',
        name: tr(lang, 'dailyAqi'),
        connectNulls: false,
        showSymbol: showSymbols,
        showAllSymbol: true,
        symbol: 'circle',
        symbolSize: theme.lineWidth * 2.5,
        lineStyle: { width: theme.lineWidth, color: theme.color.text },
        data: days.map((d) =>
          d.aqi === null || !d.valid
            ? null
            : { value: d.aqi, itemStyle: { color: aqiColor(d.aqi), borderColor: theme.color.text, borderWidth: 0.5 } },
        ),
        markArea: {
          silent: true,
          label: {
            position: 'right',
            fontSize: theme.font.label,
            color: theme.color.subtext,
          },
          data: bounds
            .filter((b) => (b.gt ?? 0) < yMax)
            .map((b) => [
              {
                name: plainLabel(categoryName(b.id, lang)),
                yAxis: b.gt ?? 0,
                itemStyle: { color: categoryColor(b.id), opacity: theme.bandOpacity },
              },
              { yAxis: Math.min(b.lte ?? AQI_TOP, yMax) },
            ]),
        },
      },
    ],
  };
}
