/**
 * Composite index (环境空气质量综合指数, 环办监测〔2018〕19号: I_sum = Σ C_i / S_i) by month and for
 * the year to date, as bars stacked by the six single-item indices I_i, with the total on top.
 */
import { POLLUTANTS } from '../domain/types.ts';
import type { PeriodStats } from '../domain/types.ts';
import { allItems, axisStyle, baseOption, dot, frameMargins, legendStyle, tooltipBase } from './common.ts';
import { html, joinHtml } from './escape.ts';
import { editionLabel, formatNumber, monthLabel, monthRangeLabel, t } from './labels.ts';
import type { ChartOption, CommonChartOptions, Lang, TooltipParams } from './option.ts';
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
  if (c.limits === 'gb3095-2012') return lang === 'zh' ? 'S_i = GB 3095-2012 二级标准限值' : 'S_i = GB 3095-2012 class 2 limits';
  return lang === 'zh' ? `S_i = ${editionLabel(s.edition, 'limits')} 二级标准限值` : `S_i = ${editionLabel(s.edition, 'limits')} class 2 limits`;
}

/** Stacked bars of I_i per month plus a year-to-date bar; labels give I_sum to 2 decimals. */
export function compositeByMonth(model: CompositeModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const ytdLabel = monthRangeLabel(monthOf(model.ytd), Number(model.ytd.to.slice(5, 7)), lang);
  const periods = [...model.months, model.ytd];
  const labels = [...model.months.map((m) => monthLabel(monthOf(m), lang)), ytdLabel];
  const area = opts.area ?? '';
  const ytdIndex = model.ytd.composite?.index ?? null;
  const title = lang === 'zh' ? `${area}${model.year}年${t('compositeIndex', lang)}` : `${area ? `${area}: ` : ''}${t('compositeIndex', lang)} ${model.year}`;
  const max = model.ytd.composite?.max;
  const subtitle = lang === 'zh'
    ? `${ytdLabel}${t('compositeIndex', lang)} ${formatNumber(ytdIndex, lang, 2)}${max ? `，最大单项指数 ${max.pollutants.join('、')} ${formatNumber(max.value, lang, 2)}` : ''}`
    : `${ytdLabel}: ${formatNumber(ytdIndex, lang, 2)}${max ? `; largest sub-index ${max.pollutants.join(', ')} ${formatNumber(max.value, lang, 2)}` : ''}`;
  const footnote = `${t('standards', lang)}: ${opts.editionLabel ?? `${lang === 'zh' ? '环办监测〔2018〕19号' : 'MEE city ranking rule 2018 No. 19'}; ${limitsNote(model.ytd, lang)}; ${editionLabel(model.ytd.edition, 'evaluation')}`}`;
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);

  const formatter = (p: TooltipParams): string => {
    const i = allItems(p)[0]?.dataIndex ?? -1;
    const s = periods[i];
    if (!s) return '';
    const c = s.composite;
    if (!c) return joinHtml([html`<b>${labels[i]}</b>`, html`${t('insufficient', lang)}`]).value;
    const rows = [html`<b>${labels[i]}</b> ${t('compositeIndex', lang)} <b>${formatNumber(c.index, lang, 2)}</b>`];
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
    yAxis: { type: 'value', name: t('compositeIndex', lang), min: 0, ...axis },
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
