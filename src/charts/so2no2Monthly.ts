/**
 * SO2 and NO2 monthly means (月平均, HJ 663) against the GB 3095 annual limits of class 1 and
 * class 2 (markLines labelled with the edition/phase), with the annual evaluation (annual mean and
 * 98th percentile of daily means, HJ 663 年评价) in the subtitle.
 */
import { concentrationLimit } from '../domain/standards/gb3095.ts';
import type { ClassEvaluation, LimitPhase, PeriodStats, Pollutant } from '../domain/types.ts';
import { allItems, axisStyle, baseOption, dot, frameMargins, legendStyle, textWidth, tooltipBase } from './common.ts';
import { html, joinHtml, plainLabel } from './escape.ts';
import { areaPrefix, editionLabel, limitPhaseLabel, unitOf } from './labels.ts';
import { dateLabel, formatConcentration, monthLabel } from '../domain/text/format.ts';
import { tr } from '../domain/text/text.ts';
import type { ChartOption, CommonChartOptions, TooltipParams } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import type { ChartTheme } from './theme.ts';
import { monthOf } from './categoryDaysByMonth.ts';

export interface So2No2Model {
  year: number;
  months: readonly PeriodStats[];
  /** Statistics of the year (or year to date) for the evaluation. */
  annual: PeriodStats;
  /** GB 3095 limit column the limit lines come from. */
  phase: LimitPhase;
}

const GASES = ['SO2', 'NO2'] as const satisfies readonly Pollutant[];

export interface LimitLine {
  pollutant: Pollutant;
  classes: (1 | 2)[];
  value: number;
}

/**
 * The annual-limit lines to draw: class 1 and class 2 of each gas, merged when equal (NO2 40/40;
 * SO2 20/20 under the final 2026 column). @see GB 3095-2012 Table 1; GB 3095-2026 Table 1
 */
export function annualLimitLines(phase: LimitPhase): LimitLine[] {
  const out: LimitLine[] = [];
  for (const p of GASES) {
    const c1 = concentrationLimit(p, 'annual', 1, phase);
    const c2 = concentrationLimit(p, 'annual', 2, phase);
    if (c1 !== null && c1 === c2) out.push({ pollutant: p, classes: [1, 2], value: c1 });
    else {
      if (c1 !== null) out.push({ pollutant: p, classes: [1], value: c1 });
      if (c2 !== null) out.push({ pollutant: p, classes: [2], value: c2 });
    }
  }
  return out;
}

function verdict(c1: ClassEvaluation, c2: ClassEvaluation, lang: Lang): string {
  if (c2.met === null || !c2.dataSufficient) return tr(lang, 'insufficient');
  if (c1.met) return tr(lang, 'class_meets1');
  if (c2.met) return tr(lang, 'class_meets2');
  return tr(lang, 'class_exceeds2');
}

/** Lines of the monthly means of SO2 and NO2 with the annual limit lines. */
export function so2no2Monthly(model: So2No2Model, theme: ChartTheme, lang: Lang, opts: CommonChartOptions = {}): ChartOption {
  const months = model.months;
  const labels = months.map((m) => monthLabel(monthOf(m), lang));
  const area = opts.area ?? '';
  const unit = unitOf('SO2', lang);
  const a = model.annual;
  const evalText = GASES.map((p) => {
    const s = a.pollutants[p];
    const mean = formatConcentration(p, s.mean, lang);
    const pct = formatConcentration(p, s.percentile, lang);
    return tr(lang, 'so2no2Evaluation', { pollutant: p, mean, rank: s.percentileRank, percentile: pct, unit, verdict: verdict(a.class1[p], a.class2[p], lang) });
  }).join(tr(lang, 'clauseSeparator'));
  const period = `${dateLabel(a.from, lang)}–${dateLabel(a.to, lang)}`;
  const title = tr(lang, 'title_so2no2Monthly', { area: areaPrefix(area, lang), year: model.year });
  const subtitle = `${evalText}`;
  const limitsLabel = limitPhaseLabel(model.phase, lang);
  const footnote = `${tr(lang, 'standards')}: ${opts.editionLabel ?? `${limitsLabel} / ${editionLabel(a.edition, 'evaluation')}`} · ${tr(lang, 'evaluationPeriod')} ${period}`;
  const base = baseOption(theme, opts, { title, subtitle, footnote });
  const { top, bottom } = frameMargins(theme, opts, true);
  const axis = axisStyle(theme);
  const lines = annualLimitLines(model.phase);
  const yMax = Math.max(
    ...lines.map((l) => l.value),
    ...months.flatMap((m) => GASES.map((p) => m.pollutants[p].mean ?? 0)),
  ) * 1.15;

  const classText = (l: LimitLine) =>
    l.classes.length === 2 ? tr(lang, 'class12') : l.classes[0] === 1 ? tr(lang, 'class1') : tr(lang, 'class2');

  const formatter = (p: TooltipParams): string => {
    const i = allItems(p)[0]?.dataIndex ?? -1;
    const m = months[i];
    if (!m) return '';
    const rows = [html`<b>${labels[i]}</b>`];
    for (const g of GASES) {
      rows.push(html`${dot(theme.pollutant[g])}${g} ${tr(lang, 'monthlyMean')}: <b>${formatConcentration(g, m.pollutants[g].mean, lang)}</b> ${unit} (${tr(lang, 'validDays')} ${m.pollutants[g].validDays})`);
    }
    return joinHtml(rows).value;
  };

  return {
    ...base,
    tooltip: tooltipBase(theme, 'axis', formatter),
    legend: { top: top - 4, right: 16, ...legendStyle(theme) },
    grid: { top: top + theme.font.legend + theme.font.axis + 20, bottom: bottom + theme.font.axis + 20, left: 64, right: 16 + Math.max(...lines.flatMap((l) => [textWidth(`${l.pollutant} ${classText(l)} ${l.value}`, theme.font.label), textWidth(limitsLabel, theme.font.label)])) },
    xAxis: { type: 'category', data: labels, ...axis },
    yAxis: { type: 'value', name: unit, min: 0, max: Math.ceil(yMax / 10) * 10, ...axis },
    series: GASES.map((g) => ({
      type: 'line' as const,
      name: g,
      data: months.map((m) => m.pollutants[g].mean),
      connectNulls: false,
      symbolSize: theme.lineWidth * 3,
      lineStyle: { width: theme.lineWidth, color: theme.pollutant[g] },
      itemStyle: { color: theme.pollutant[g] },
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { color: theme.pollutant[g], type: 'dashed', width: theme.lineWidth * 0.75 },
        label: { position: 'end', fontSize: theme.font.label, color: theme.pollutant[g], lineHeight: Math.round(theme.font.label * 1.25) },
        data: lines.filter((l) => l.pollutant === g).map((l) => ({
          yAxis: l.value,
          label: { formatter: plainLabel(`${g} ${classText(l)} ${l.value}\n${limitsLabel}`) },
        })),
      },
    })),
  };
}
