/**
 * Heavy-pollution days (重污染天数 = 重度 + 严重, AQI > 200, HJ 633 Table 2) per month, stacked in
 * the official colours, with the heavy-pollution episodes (consecutive heavy days) marked as
 * shaded areas over the months they span.
 */
import type { Episode } from '../domain/types.ts';
import { allItems, axisStyle, baseOption, dot, frameMargins, legendStyle, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import { areaPrefix, categoryName, editionLabel } from './labels.ts';
import { monthLabel } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import { categoryColor } from './theme.ts';
import type { ChartTheme } from './theme.ts';
import { monthOf } from './categoryDaysByMonth.ts';
import type { MonthlyStatsModel } from './categoryDaysByMonth.ts';

export interface HeavyDaysModel extends MonthlyStatsModel {
  episodes: readonly Episode[];
}

const md = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

/** 'M/D–M/D' (or 'M/D' for one day), the same in both languages. */
export function episodeRange(e: Episode): string {
  return e.start === e.end ? md(e.start) : `${md(e.start)}–${md(e.end)}`;
}

/** Groups episodes whose month spans overlap: each group becomes one shaded area. */
function groupByMonths(episodes: readonly Episode[], year: number): { from: number; to: number; list: Episode[] }[] {
  const month = (date: string) => {
    const y = Number(date.slice(0, 4));
    return y < year ? 1 : y > year ? 12 : Number(date.slice(5, 7));
  };
  const spans = episodes
    .map((e) => ({ from: month(e.start), to: month(e.end), e }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const groups: { from: number; to: number; list: Episode[] }[] = [];
  for (const s of spans) {
    const g = groups.at(-1);
    if (g && s.from <= g.to) {
      g.to = Math.max(g.to, s.to);
      g.list.push(s.e);
    } else {
      groups.push({ from: s.from, to: s.to, list: [s.e] });
    }
  }
  return groups;
}

/** Episodes that have at least one day in `month` of `year` (an episode may span several months). */
function episodesInMonth(episodes: readonly Episode[], year: number, month: number): Episode[] {
  const mm = `${year}-${String(month).padStart(2, '0')}`;
  return episodes.filter((e) => e.start.slice(0, 7) <= mm && e.end.slice(0, 7) >= mm);
}

/** The one compact label above a month's bar: how many episodes touch the month ('2次' / '×2'). */
export function monthEpisodeLabel(n: number, lang: Lang): string {
  return n <= 0 ? '' : tr(lang, 'episodesInMonth', { n });
}

/**
 * Stacked bars of 重度 and 严重 days per month on a month axis (1..12), with a translucent
 * markArea (no text) over the months of each episode and one compact label per month above its
 * bar — the number of episodes touching that month — so busy months never stack text; the dates
 * and peak AQI of each episode are listed in the month's tooltip.
 */
export function heavyDaysByMonth(model: HeavyDaysModel, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const months = model.months;
  const episodes = model.episodes.filter((e) => e.start <= `${model.year}-12-31` && e.end >= `${model.year}-01-01`);
  const area = opts.area ?? '';
  const heavyTotal = months.reduce((s, m) => s + m.categoryDays.heavy + m.categoryDays.severe, 0);
  const title = tr(lang, 'title_heavyDaysByMonth', { area: areaPrefix(area, lang), year: model.year });
  const subtitle = tr(lang, 'subtitle_heavyDaysByMonth', {
    heavy: heavyTotal, count: episodes.length, episodeWord: tr(lang, episodes.length === 1 ? 'episodeWord_one' : 'episodeWord_other'),
  });
  const editions = months.length ? months.map((m) => m.edition) : (['2012'] as const);
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? editionLabel(editions, 'aqi', 'evaluation')}`
    + (episodes.length ? ` · ${tr(lang, 'episodesShadedNote')}` : '');
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);
  const byMonth = new Map(months.map((m) => [monthOf(m), m] as const));
  const maxBar = Math.max(1, ...months.map((m) => m.categoryDays.heavy + m.categoryDays.severe));
  const groups = groupByMonths(episodes, model.year);
  const perMonth = Array.from({ length: 12 }, (_, k) => episodesInMonth(episodes, model.year, k + 1).length);
  // Headroom above the bars for the one-line episode count.
  const rawMax = maxBar * 1.15 + 1;
  const step = rawMax <= 10 ? 2 : 5;
  const yMax = Math.ceil(rawMax / step) * step;

  const formatter = (p: TooltipParams): string => {
    const v = allItems(p)[0]?.value as [number, number] | undefined;
    const month = Number(v?.[0]);
    const m = byMonth.get(month);
    if (!m) return '';
    const rows = [
      html`<b>${monthLabel(month, lang)}</b>`,
      html`${dot(categoryColor('heavy'))}${categoryName('heavy', lang)}: ${m.categoryDays.heavy}`,
      html`${dot(categoryColor('severe'))}${categoryName('severe', lang)}: ${m.categoryDays.severe}`,
    ];
    for (const e of episodesInMonth(episodes, model.year, month)) {
      rows.push(html`${tr(lang, 'heavyEpisode')} ${episodeRange(e)}: ${e.days} ${tr(lang, 'dayUnit')}, ${tr(lang, 'peakAqi')} ${e.peakAqi} (${md(e.peakDate)})`);
    }
    return joinHtml(rows).value;
  };

  const bar = (id: 'heavy' | 'severe') => ({
    type: 'bar' as const,
    name: plainLabel(categoryName(id, lang)),
    stack: 'heavy',
    barWidth: '55%',
    itemStyle: { color: categoryColor(id) },
    label: {
      show: true,
      color: '#ffffff',
      fontSize: theme.font.label,
      formatter: (q: { value?: unknown }) => {
        const n = Array.isArray(q.value) ? Number(q.value[1]) : 0;
        return n > 0 ? String(n) : '';
      },
    },
    data: months.map((m) => [monthOf(m), m.categoryDays[id]]),
  });

  const heavy = bar('heavy');
  const severe = bar('severe');
  return {
    ...base,
    tooltip: tooltipBase(theme, 'axis', formatter),
    legend: { top: top - 4, right: 16, ...legendStyle(theme), data: [heavy.name, severe.name] },
    grid: { top: top + theme.font.legend + theme.font.axis + 20, bottom: bottom + theme.font.axis + 20, left: 56, right: 24 },
    xAxis: {
      type: 'value',
      min: 0.5,
      max: 12.5,
      interval: 1,
      ...axis,
      splitLine: { show: false },
      axisTick: { ...axis.axisTick, customValues: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      axisLabel: { ...axis.axisLabel, customValues: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], formatter: (v: number) => monthLabel(v, lang) },
    },
    yAxis: { type: 'value', name: tr(lang, 'days'), minInterval: 1, max: yMax, interval: step, ...axis },
    series: [
      {
        ...heavy,
        markArea: {
          silent: true,
          itemStyle: { color: categoryColor('heavy'), opacity: theme.bandOpacity * 0.7 },
          label: { show: false },
          data: groups.map((g) => [
            { name: plainLabel(g.list.map(episodeRange).join(', ')), xAxis: g.from - 0.45 },
            { xAxis: g.to + 0.45 },
          ]),
        },
      },
      severe,
      {
        // Zero-height top of the stack that carries the month's episode count above the bar.
        type: 'bar' as const,
        name: plainLabel(tr(lang, 'episodes')),
        stack: 'heavy',
        barWidth: '55%',
        silent: true,
        tooltip: { show: false },
        itemStyle: { color: 'transparent' },
        label: {
          show: true,
          position: 'top',
          fontSize: theme.font.label,
          fontWeight: 'bold',
          color: categoryColor('heavy'),
          formatter: (q: { dataIndex?: number }) => monthEpisodeLabel(perMonth[q.dataIndex ?? -1] ?? 0, lang),
        },
        data: perMonth.map((_, k) => [k + 1, 0]),
      },
    ],
  };
}
