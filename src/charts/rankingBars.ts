/**
 * The composite-index ranking of a scope as bars (issue 9 §3): one bar per ranked city in rank order
 * (cleanest first), the target city's bar in the target colour with its rank written above it; the
 * subtitle names the scope, the period and the city's place. City names are user data: escaped in
 * the tooltip, plain labels elsewhere.
 */
import type { CityRanking } from '../domain/ranking/cityRanking.ts';
import { cityKey } from '../domain/ranking/keyCities.ts';
import { formatNumber } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import { natTr } from '../domain/text/national.ts';
import type { Lang } from '../domain/text/text.ts';
import { axisStyle, baseOption, firstItem, frameMargins, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { ChartTheme } from './theme.ts';

export interface RankingBarsModel {
  ranking: CityRanking;
  /** The scope's name in the chart's language. */
  scope: string;
  from: string;
  to: string;
  /** The city to mark (the target city); null: none. */
  city: string | null;
}

/** Bars of the scope's ranked cities by composite index, the city marked. */
export function rankingBars(model: RankingBarsModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const rows = model.ranking.rows;
  const marked = model.city === null ? -1 : rows.findIndex((r) => cityKey(r.area) === cityKey(model.city!));
  const row = marked >= 0 ? rows[marked]! : null;
  const title = natTr(lang, 'rankingChart_title', { scope: model.scope });
  const place = row
    ? natTr(lang, 'rankingChart_place', { city: row.area, rank: row.rank ?? '', n: rows.length })
    : model.city !== null ? natTr(lang, 'rankingChart_notRanked', { city: model.city }) : '';
  const subtitle = [`${model.from} – ${model.to}`, place].filter(Boolean).join(' · ');
  const footnote = tr(lang, 'ranking_dustNote');
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);
  // Every name fits below its bar up to about 40 cities; beyond that only every few are written.
  const interval = rows.length <= 40 ? 0 : 'auto';

  const formatter = (p: TooltipParams): string => {
    const r = rows[firstItem(p)?.dataIndex ?? -1];
    if (!r) return '';
    const change = r.changePercent === null ? '—' : `${r.changePercent > 0 ? '+' : ''}${formatNumber(r.changePercent, lang, 1)}%`;
    return joinHtml([
      html`<b>${r.area}</b> · ${tr(lang, 'ranking_rank')} ${r.rank ?? '—'}`,
      html`${tr(lang, 'ranking_index')}: <b>${formatNumber(r.index, lang, 2)}</b>`,
      html`${tr(lang, 'ranking_change')}: ${change}`,
    ]).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'item', formatter),
    grid: { top: top + theme.font.label + 12, bottom: bottom + 80, left: 56, right: 24 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => plainLabel(r.area)),
      ...axis,
      axisLabel: { ...axis.axisLabel, rotate: 90, interval },
    },
    yAxis: { type: 'value', name: tr(lang, 'ranking_index'), min: 0, ...axis },
    series: [
      {
        type: 'bar',
        name: tr(lang, 'ranking_index'),
        barCategoryGap: '20%',
        data: rows.map((r, k) => (k === marked
          ? {
            value: r.index,
            itemStyle: { color: theme.color.target },
            label: {
              show: true, position: 'top' as const, fontSize: theme.font.label, fontWeight: 'bold' as const, color: theme.color.target,
              formatter: plainLabel(`${r.area} ${r.rank ?? ''}`),
            },
          }
          : { value: r.index, itemStyle: { color: theme.color.previous } })),
      },
    ],
  };
}
