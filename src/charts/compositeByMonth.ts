/**
 * Composite index (环境空气质量综合指数, 环办监测〔2018〕19号: I_sum = Σ C_i / S_i) by month and for
 * the year to date, as bars stacked by the six single-item indices I_i, with the total on top.
 */
import { POLLUTANTS } from '../domain/types.ts';
import type { PeriodStats } from '../domain/types.ts';
import { allItems, axisStyle, baseOption, dot, frameMargins, legendStyle, tooltipBase } from './common.ts';
import { html, joinHtml } from './escape.ts';
import { areaPrefix, editionLabel } from './labels.ts';
import { formatNumber, monthLabel, monthRangeLabel } from '../domain/text/format.ts';
import { listOf, tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import type { ChartTheme } from './theme.ts';
import { monthOf } from './categoryDaysByMonth.ts';

export interface CompositeModel {
  year: number;
  months: readonly PeriodStats[];
  /** Year to date (or the whole year): its composite is the last bar. */
  ytd: PeriodStats;
}

const TOP = POLLUTANTS[POLLUTANTS.length - 1];

/** Label of the limits S_i the composite uses (Settings.compositeLimits). */
function limitsNote(s: PeriodStats, lang: Lang): string {
  const c = s.composite;
  if (!c) return '';
  return tr(lang, 'compositeLimits', { limits: c.limits === 'gb3095-2012' ? 'GB 3095-2012' : editionLabel(s.edition, 'limits') });
}

/** Stacked bars of I_i per month plus a year-to-date bar; labels give I_sum to 2 decimals. */
export function compositeByMonth(model: CompositeModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const ytdLabel = monthRangeLabel(monthOf(model.ytd), Number(model.ytd.to.slice(5, 7)), lang);
  const periods = [...model.months, model.ytd];
  const labels = [...model.months.map((m) => monthLabel(monthOf(m), lang)), ytdLabel];
  const area = opts.area ?? '';
  const ytdIndex = model.ytd.composite?.index ?? null;
  const title = tr(lang, 'title_compositeByMonth', { area: areaPrefix(area, lang), year: model.year });
  const max = model.ytd.composite?.max;
  const subtitle = tr(lang, 'subtitle_compositeByMonth', { ytd: ytdLabel, index: formatNumber(ytdIndex, lang, 2) })
    + (max ? tr(lang, 'subtitle_compositeMax', { pollutants: listOf(max.pollutants, lang), value: formatNumber(max.value, lang, 2) }) : '');
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? `${tr(lang, 'compositeRule')}; ${limitsNote(model.ytd, lang)}; ${editionLabel(model.ytd.edition, 'evaluation')}`}`;
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);

  const formatter = (p: TooltipParams): string => {
    const i = allItems(p)[0]?.dataIndex ?? -1;
    const s = periods[i];
    if (!s) return '';
    const c = s.composite;
    if (!c) return joinHtml([html`<b>${labels[i]}</b>`, html`${tr(lang, 'insufficient')}`]).value;
    const rows = [html`<b>${labels[i]}</b> ${tr(lang, 'compositeIndex')} <b>${formatNumber(c.index, lang, 2)}</b>`];
    for (const q of [...POLLUTANTS].reverse()) {
      rows.push(html`${dot(theme.pollutant[q])}${q}: ${formatNumber(c.subIndices[q], lang, 2)}`);
    }
    return joinHtml(rows).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'axis', formatter),
    legend: { bottom: bottom + 2, left: 'center', data: [...POLLUTANTS], ...legendStyle(theme) },
    grid: { top: top + 12, bottom: bottom + theme.font.legend + theme.font.axis + 36, left: 56, right: 24 },
    xAxis: {
      type: 'category',
      data: labels.map((l, i) => (i === labels.length - 1 ? { value: l, textStyle: { fontWeight: 'bold' } } : l)),
      ...axis,
    },
    yAxis: { type: 'value', name: tr(lang, 'compositeIndex'), min: 0, ...axis },
    series: [
      ...POLLUTANTS.map((q) => ({
        type: 'bar' as const,
        name: q,
        stack: 'composite',
        barMaxWidth: 56,
        itemStyle: { color: theme.pollutant[q] },
        // The top segment carries the total I_sum (as published, 2 decimals) above the stack.
        ...(q === TOP
          ? {
              label: {
                show: true,
                position: 'top' as const,
                fontSize: theme.font.label,
                fontWeight: 'bold' as const,
                color: theme.color.text,
                formatter: (p: { dataIndex?: number }) => formatNumber(periods[p.dataIndex ?? -1]?.composite?.index ?? null, lang, 2),
              },
            }
          : {}),
        data: periods.map((s, i) => ({
          value: s.composite ? s.composite.subIndices[q] : null,
          // The year-to-date bar is set apart with a dark outline.
          ...(i === periods.length - 1 ? { itemStyle: { borderColor: theme.color.text, borderWidth: 1 } } : {}),
        })),
      })),
    ],
  };
}
