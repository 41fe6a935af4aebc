/**
 * Pieces shared by the builders: the option skeleton (white background, fonts, title, footnote
 * with the standards label), axis styling and the tooltip frame. Pure data, no echarts runtime.
 */
import { plainLabel, TrustedHtml } from './escape.ts';
import type { ChartOption, CommonChartOptions, TooltipItem, TooltipParams } from './option.ts';
import type { ChartTheme } from './theme.ts';

type TitleOption = Exclude<NonNullable<ChartOption['title']>, readonly unknown[]>;

export interface Frame {
  title: string;
  subtitle?: string;
  /** Standards label and notes, printed small at the bottom left of every chart. */
  footnote: string;
  /** Put the footnote at this y (px) instead of the bottom edge (charts of fixed height). */
  footnoteTop?: number;
}

/** Space reserved at the top for the title block and at the bottom for the footnote, px. */
export function frameMargins(theme: ChartTheme, opts: CommonChartOptions, hasSubtitle: boolean): { top: number; bottom: number } {
  const showTitle = opts.title !== false;
  const top = showTitle ? theme.font.title + (hasSubtitle ? theme.font.subtitle + 14 : 0) + 22 : 12;
  const bottom = theme.font.footnote + 14;
  return { top, bottom };
}

/**
 * The option skeleton every chart starts from: white background, the theme's font, the title
 * (unless switched off) and the footnote. All text passes through `plainLabel`.
 */
export function baseOption(theme: ChartTheme, opts: CommonChartOptions, frame: Frame): ChartOption {
  const titles: TitleOption[] = [];
  if (opts.title !== false) {
    titles.push({
      text: plainLabel(frame.title),
      subtext: frame.subtitle === undefined ? '' : plainLabel(frame.subtitle),
      left: 'center',
      top: 6,
      itemGap: 6,
      textStyle: { fontSize: theme.font.title, fontWeight: 'bold', color: theme.color.text, fontFamily: theme.fontFamily },
      subtextStyle: { fontSize: theme.font.subtitle, color: theme.color.subtext, fontFamily: theme.fontFamily },
    });
  }
  titles.push({
    text: plainLabel(frame.footnote),
    left: 8,
    ...(frame.footnoteTop === undefined ? { bottom: 4 } : { top: frame.footnoteTop }),
    textStyle: { fontSize: theme.font.footnote, fontWeight: 'normal', color: theme.color.subtext, fontFamily: theme.fontFamily },
  });
  return {
    backgroundColor: theme.color.background,
    textStyle: { fontFamily: theme.fontFamily, fontSize: theme.font.label, color: theme.color.text },
    animationDuration: 300,
    title: titles,
  };
}

/** Axis styling of the theme (category or value axes). */
export function axisStyle(theme: ChartTheme) {
  return {
    axisLine: { lineStyle: { color: theme.color.axisLine } },
    axisTick: { lineStyle: { color: theme.color.axisLine } },
    axisLabel: { fontSize: theme.font.axis, color: theme.color.text, fontFamily: theme.fontFamily },
    splitLine: { lineStyle: { color: theme.color.splitLine } },
    nameTextStyle: { fontSize: theme.font.axis, color: theme.color.subtext, fontFamily: theme.fontFamily },
  } as const;
}

/** Legend styling of the theme (names must already be `plainLabel`-safe). */
export function legendStyle(theme: ChartTheme) {
  return {
    textStyle: { fontSize: theme.font.legend, color: theme.color.text, fontFamily: theme.fontFamily },
    itemWidth: Math.round(theme.font.legend * 1.6),
    itemHeight: Math.round(theme.font.legend * 0.9),
  } as const;
}

/** Tooltip frame; `formatter` must build its HTML with `html`/`escapeHtml` from escape.ts. */
export function tooltipBase(theme: ChartTheme, trigger: 'item' | 'axis', formatter: (p: TooltipParams) => string) {
  return {
    trigger,
    confine: true,
    textStyle: { fontSize: theme.font.tooltip, fontFamily: theme.fontFamily, color: theme.color.text },
    formatter: formatter as (p: TooltipParams) => string,
  } as const;
}

/** The first item of tooltip params (trigger 'axis' passes an array). */
export function firstItem(p: TooltipParams): TooltipItem | undefined {
  return Array.isArray(p) ? (p[0] as TooltipItem | undefined) : (p as TooltipItem);
}

/** All items of tooltip params. */
export function allItems(p: TooltipParams): TooltipItem[] {
  return (Array.isArray(p) ? p : [p]) as TooltipItem[];
}

/** A coloured dot for tooltip rows (colour from our own theme, never from user data). */
export function dot(color: string): TrustedHtml {
  const safe = /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d.,\s]+\)$/.test(color) ? color : '#999';
  return new TrustedHtml(`<span style="display:inline-block;margin-right:6px;border-radius:50%;width:9px;height:9px;background:${safe}"></span>`);
}

/** Rough width of a one-line text in px (CJK 1 em, other characters 0.6 em), for margins. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return Math.ceil(em * fontSize);
}
