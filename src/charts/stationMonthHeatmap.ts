/**
 * Station × month heatmap of one pollutant's monthly mean (GB 3095 §3 月平均: mean of the valid
 * daily values; O3: of the daily max 8-h). Stations are shown by name (from the station list when
 * one is loaded), their code in the tooltip; background stations (对照点, left out of the city value,
 * HJ 663) are marked ◇ and greyed. Station names are user data: escaped everywhere.
 */
import { concentrationLimit } from '../domain/standards/gb3095.ts';
import type { LimitPhase, Pollutant } from '../domain/types.ts';
import type { StationLabel } from '../domain/report/dashboard.ts';
import { axisStyle, baseOption, firstItem, frameMargins, legendStyle, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import { areaPrefix, limitPhaseLabel, unitOf } from './labels.ts';
import { formatConcentration, monthLabel, monthLabels } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import type { ChartTheme } from './theme.ts';

export interface StationMonthMean {
  station: string;
  month: number;
  mean: number | null;
  validDays: number;
}

export interface StationMonthModel {
  year: number;
  pollutant: Pollutant;
  cells: readonly StationMonthMean[];
  /** Display order of the stations (default: order of first appearance). */
  stations?: readonly string[];
  /** GB 3095 column for the reference limit shown in the legend (annual limit, or O3 8-h). */
  phase: LimitPhase;
  /** Name, code and background flag per station key (`cells[].station`); a key without one is shown as is. */
  labels?: Readonly<Record<string, StationLabel>>;
}

/** The mark before a background station's name (对照点). */
export const BACKGROUND_MARK = '◇';

/** Sequential light-to-dark scale (ColorBrewer YlOrBr), not the AQI colours: these are concentrations. */
const SEQUENTIAL = ['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#d95f0e', '#993404'];

/** Heatmap: x = month, y = station; colour = monthly mean; cell labels = published-precision means. */
export function stationMonthHeatmap(model: StationMonthModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const p = model.pollutant;
  const stations = model.stations ? [...model.stations] : [...new Set(model.cells.map((c) => c.station))];
  const stationIndex = new Map(stations.map((s, i) => [s, i] as const));
  const label = (key: string): StationLabel => model.labels?.[key] ?? { name: key };
  const shown = stations.map((k) => {
    const l = label(k);
    return l.background ? `${BACKGROUND_MARK} ${l.name}` : l.name;
  });
  const anyBackground = stations.some((k) => label(k).background);
  const unit = unitOf(p, lang);
  const cells = model.cells.filter((c) => stationIndex.has(c.station) && c.mean !== null);
  const maxMean = Math.max(0, ...cells.map((c) => c.mean as number));
  const limit = concentrationLimit(p, p === 'O3' ? '8h' : p === 'CO' ? 'daily' : 'annual', 2, model.phase);
  const area = opts.area ?? '';
  const stat = tr(lang, p === 'O3' ? 'stat_monthlyMeanOfMda8' : 'stat_monthlyMean');
  const title = tr(lang, 'title_stationMonthHeatmap', { area: areaPrefix(area, lang), year: model.year, pollutant: p, stat });
  const subtitle = `${unit}${limit !== null ? ` · ${tr(lang, 'class2Limit')} ${limit} (${limitPhaseLabel(model.phase, lang)})` : ''}`;
  // In the footnote, which the page shows too (its charts have no title block).
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? limitPhaseLabel(model.phase, lang)}`
    + (anyBackground ? ` · ${BACKGROUND_MARK} ${tr(lang, 'heatmap_backgroundNote')}` : '');
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);
  const longest = Math.max(4, ...shown.map((s) => s.length));
  const left = Math.min(260, Math.round(longest * theme.font.axis * 0.9) + 24);
  const byKey = new Map(model.cells.map((c) => [`${c.station}\u0000${c.month}`, c] as const));

  const formatter = (params: TooltipParams): string => {
    const v = firstItem(params)?.value as [number, number, number] | undefined;
    if (!v) return '';
    const station = stations[v[1]] ?? '';
    const l = label(station);
    const cell = byKey.get(`${station}\u0000${v[0] + 1}`);
    const code = l.code ?? (l.name !== station ? station : null);
    return joinHtml([
      code ? html`<b>${l.name}</b> (${code}) ${monthLabel(v[0] + 1, lang)}` : html`<b>${l.name}</b> ${monthLabel(v[0] + 1, lang)}`,
      ...(l.background ? [html`${BACKGROUND_MARK} ${tr(lang, 'heatmap_backgroundNote')}`] : []),
      html`${p} ${stat}: <b>${formatConcentration(p, cell?.mean ?? null, lang)}</b> ${unit}`,
      html`${tr(lang, 'validDays')}: ${cell?.validDays ?? 0}`,
    ]).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'item', formatter),
    grid: { top: top + 8, bottom: bottom + theme.font.axis + theme.font.legend + 44, left, right: 24 },
    xAxis: { type: 'category', data: monthLabels(lang), ...axis, splitArea: { show: false } },
    yAxis: {
      type: 'category',
      data: stations.map((k, i) => (label(k).background
        ? { value: plainLabel(shown[i]), textStyle: { color: theme.color.subtext, fontStyle: 'italic' as const } }
        : plainLabel(shown[i]))),
      inverse: true,
      ...axis,
      axisLabel: { ...axis.axisLabel, width: left - 16, overflow: 'truncate' },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: Math.max(1, Math.ceil(maxMean)),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: bottom + 4,
      itemHeight: 240,
      itemWidth: theme.font.legend,
      text: [`${formatConcentration(p, maxMean, lang)} ${unit}`, '0'],
      inRange: { color: SEQUENTIAL },
      textStyle: legendStyle(theme).textStyle,
    },
    series: [
      {
        type: 'heatmap',
        name: p,
        data: cells.map((c) => ({
          value: [c.month - 1, stationIndex.get(c.station) as number, c.mean as number],
          // Dark cells (upper part of the scale) get white text.
          label: { color: (c.mean as number) > 0.6 * maxMean ? '#ffffff' : theme.color.text },
        })),
        itemStyle: { borderColor: theme.color.background, borderWidth: 1 },
        label: {
          show: true,
          fontSize: theme.font.label,
          formatter: (q: { value?: unknown }) => formatConcentration(p, Array.isArray(q.value) ? Number(q.value[2]) : null, lang),
        },
      },
    ],
  };
}
