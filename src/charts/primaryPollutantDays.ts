/**
 * Days on which each pollutant was the primary pollutant (首要污染物, HJ 633 §5.1.3 / 2026 §3:
 * the largest IAQI on a day with AQI > 50, ties counted for each tied pollutant), as bars.
 */
import { POLLUTANTS } from '../domain/types.ts';
import type { PeriodStats, Pollutant } from '../domain/types.ts';
import { axisStyle, baseOption, dot, firstItem, frameMargins, tooltipBase } from './common.ts';
import { html, joinHtml } from './escape.ts';
import { dateLabel, editionLabel, formatPercent, t } from './labels.ts';
import type { ChartOption, CommonChartOptions, Lang, TooltipParams } from './option.ts';
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
  const title = lang === 'zh' ? `${area}${t('primaryPollutant', lang)}天数` : `${area ? `${area}: ` : ''}Days by primary pollutant`;
  const subtitle = lang === 'zh'
    ? `${period}，AQI>50 的有效天 ${daysAbove50} 天`
    : `${period}; ${daysAbove50} valid days with AQI > 50`;
  const footnote = `${t('standards', lang)}: ${opts.editionLabel ?? editionLabel(s.edition, 'aqi')} · ${t('tiesNote', lang)}`;
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
      html`${t('days', lang)}: <b>${s.primaryDays[p]}</b> (${formatPercent(share(p), lang)})`,
    ]).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'item', formatter),
    grid: { top: top + 8, bottom: bottom + theme.font.axis + 24, left: 80, right: 120 },
    xAxis: { type: 'value', name: t('days', lang), minInterval: 1, ...axis },
    yAxis: { type: 'category', data: order, ...axis, splitLine: { show: false } },
    series: [
      {
        type: 'bar',
        name: t('primaryPollutant', lang),
        barMaxWidth: 40,
        data: order.map((p) => ({ value: s.primaryDays[p], itemStyle: { color: theme.pollutant[p] } })),
        label: {
          show: true,
          position: 'right',
          fontSize: theme.font.label,
          color: theme.color.text,
          formatter: (q: { dataIndex?: number }) => {
            const p = order[q.dataIndex ?? -1];
            return p ? `${s.primaryDays[p]} ${t('dayUnit', lang)} (${formatPercent(share(p), lang)})` : '';
          },
        },
      },
    ],
  };
}
