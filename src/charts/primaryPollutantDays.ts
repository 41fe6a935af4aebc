/**
 * Days on which each pollutant was the primary pollutant (首要污染物, HJ 633 §5.1.3 / 2026 §3:
 * the largest IAQI on a day with AQI > 50, ties counted for each tied pollutant), as bars.
 */
import { POLLUTANTS } from '../domain/types.ts';
import type { PeriodStats, Pollutant } from '../domain/types.ts';
import { axisStyle, baseOption, dot, firstItem, frameMargins, tooltipBase } from './common.ts';
import { html, joinHtml } from './escape.ts';
import { areaPrefix, editionLabel } from './labels.ts';
import { dateLabel, formatPercent } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import type { ChartTheme } from './theme.ts';

export interface PrimaryPollutantModel {
  stats: PeriodStats;
}

/** Pollutants by primary days, most first (ties in the fixed order SO2, NO2, PM10, PM2.5, CO, O3). */
export function primaryOrder(stats: PeriodStats): Pollutant[] {
  return [...POLLUTANTS].sort((a, b) => stats.primaryDays[b] - stats.primaryDays[a]);
}

/** Horizontal bars of primary-pollutant days; share = days / days with AQI > 50. */
export function primaryPollutantDays(model: PrimaryPollutantModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const s = model.stats;
  const order = primaryOrder(s).reverse(); // largest at the top of a horizontal bar chart
  const daysAbove50 = s.validDays - s.categoryDays.excellent;
  const area = opts.area ?? '';
  const period = `${dateLabel(s.from, lang)}–${dateLabel(s.to, lang)}`;
  const title = tr(lang, 'title_primaryPollutantDays', { area: areaPrefix(area, lang) });
  const subtitle = tr(lang, 'subtitle_primaryPollutantDays', { period, n: daysAbove50 });
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? editionLabel(s.edition, 'aqi')} · ${tr(lang, 'tiesNote')}`;
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);
  const share = (p: Pollutant) => (daysAbove50 > 0 ? s.primaryDays[p] / daysAbove50 : null);

  const formatter = (params: TooltipParams): string => {
    const item = firstItem(params);
    const p = order[item?.dataIndex ?? -1];
    if (!p) return '';
    return joinHtml([
      html`${dot(theme.pollutant[p])}<b>${p}</b>`,
      html`${tr(lang, 'days')}: <b>${s.primaryDays[p]}</b> (${formatPercent(share(p), lang)})`,
    ]).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'item', formatter),
    grid: { top: top + 8, bottom: bottom + theme.font.axis + 24, left: 80, right: 120 },
    xAxis: { type: 'value', name: tr(lang, 'days'), minInterval: 1, ...axis },
    yAxis: { type: 'category', data: order, ...axis, splitLine: { show: false } },
    series: [
      {
        type: 'bar',
        name: tr(lang, 'primaryPollutant'),
        barMaxWidth: 40,
        data: order.map((p) => ({ value: s.primaryDays[p], itemStyle: { color: theme.pollutant[p] } })),
        label: {
          show: true,
          position: 'right',
          fontSize: theme.font.label,
          color: theme.color.text,
          formatter: (q: { dataIndex?: number }) => {
            const p = order[q.dataIndex ?? -1];
            return p ? `${s.primaryDays[p]} ${tr(lang, 'dayUnit')} (${formatPercent(share(p), lang)})` : '';
          },
        },
      },
    ],
  };
}
