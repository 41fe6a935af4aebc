/**
 * Numbers, percentages, concentrations and dates as text in a language: the one set of formatters for
 * the page, the charts, the slides, the exports and the CLI. Numbers are rounded half to even on their
 * decimal value (GB/T 8170 数值修约, the rule of HJ 663 statistics) before `Intl.NumberFormat` groups
 * them, so Intl (half away from zero) has nothing left to round. Dates are the core's 'YYYY-MM-DD'
 * strings (China Standard Time civil dates); they never become a JS Date, so no machine time zone is
 * involved.
 */
import { roundHalfEven } from '../math/round.ts';
import { publishedDecimals } from '../standards/hj663.ts';
import type { Pollutant } from '../types.ts';
import { LOCALES, tr } from './text.ts';
import type { Lang } from './text.ts';
import type { TextKey } from './zh-CN.ts';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const k = `${lang}:${minDecimals}:${maxDecimals}`;
  let f = formats.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    formats.set(k, f);
  }
  return f;
}

const missing = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || !Number.isFinite(x);

/**
 * A number with exactly `decimals` decimals, rounded half-even (GB/T 8170), grouped for the locale;
 * '—' when missing.
 * @example formatNumber(6.125, 'en', 2) → '6.12'; formatNumber(34427, 'en') → '34,427'
 */
export function formatNumber(x: number | null | undefined, lang: Lang, decimals = 0): string {
  if (missing(x)) return '—';
  return numberFormat(lang, decimals, decimals).format(roundHalfEven(x, decimals));
}

/** A number with at most `maxDecimals` decimals (trailing zeros dropped), rounded half-even; '—' when missing. */
export function formatNumberUpTo(x: number | null | undefined, lang: Lang, maxDecimals = 2): string {
  if (missing(x)) return '—';
  return numberFormat(lang, 0, maxDecimals).format(roundHalfEven(x, maxDecimals));
}

/**
 * A ratio 0..1 as a percentage, rounded once half-even on the percentage ('92.4%'), as in CNEMC
 * bulletins. 189/336 = 56.25 % → '56.2%'.
 */
export function formatPercent(ratio: number | null | undefined, lang: Lang, decimals = 1): string {
  if (missing(ratio)) return '—';
  return `${formatNumber(ratio * 100, lang, decimals)}%`;
}

/** A percentage already rounded by the core (e.g. `goodDayRatioPercent`): 54.2 → '54.2%'. */
export function formatPercentValue(percent: number | null | undefined, lang: Lang, decimals = 1): string {
  if (missing(percent)) return '—';
  return `${formatNumber(percent, lang, decimals)}%`;
}

/** Concentration with the decimals of its published statistic (`publishedDecimals`: integers, CO one decimal, HJ 663). */
export function formatConcentration(p: Pollutant, x: number | null | undefined, lang: Lang): string {
  return formatNumber(x, lang, publishedDecimals(p));
}

/** Short month name, month 1..12: '3月' / 'Mar'. */
export function monthLabel(month: number, lang: Lang): string {
  return month >= 1 && month <= 12 ? tr(lang, `month_${month}` as TextKey) : String(month);
}

/** The twelve short month names. */
export function monthLabels(lang: Lang): string[] {
  return Array.from({ length: 12 }, (_, i) => monthLabel(i + 1, lang));
}

/** The seven weekday names from Sunday: '日'…'六' / 'Sun'…'Sat'. */
export function weekdayLabels(lang: Lang): string[] {
  return Array.from({ length: 7 }, (_, i) => tr(lang, `weekday_${i}` as TextKey));
}

/** "1—8月" / "Jan–Aug", the CNEMC form for a cumulative period (a month range within one year). */
export function monthRangeLabel(fromMonth: number, toMonth: number, lang: Lang): string {
  if (fromMonth === toMonth) return monthLabel(fromMonth, lang);
  return tr(lang, 'fmt_monthRange', {
    fromNum: fromMonth, toNum: toMonth, fromName: monthLabel(fromMonth, lang), toName: monthLabel(toMonth, lang),
  });
}

function dateParts(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

/** '2021-03-05' → '2021年3月5日' / '5 Mar 2021'. */
export function dateLabel(date: string, lang: Lang): string {
  const { y, m, d } = dateParts(date);
  return tr(lang, 'fmt_date', { y, month: monthLabel(m, lang), d });
}

/** '2021-03-05' → '3月5日' / '5 Mar'. */
export function shortDateLabel(date: string, lang: Lang): string {
  const { m, d } = dateParts(date);
  return tr(lang, 'fmt_shortDate', { month: monthLabel(m, lang), d });
}

/** A calendar year as a label: '2021年' / '2021'. */
export function yearLabel(year: number, lang: Lang): string {
  return tr(lang, 'fmt_year', { y: year });
}

/**
 * A number in a sentence of the report (target verdicts): rounded half-even to `decimals`, written
 * with a plain '.' and no grouping, the same in both languages (the JSON report and the CLI carry
 * these sentences).
 * @example formatFixed(12098.45, 1) → '12098.4'
 */
export function formatFixed(x: number, decimals: number): string {
  return roundHalfEven(x, decimals).toFixed(Math.max(0, decimals));
}

/** A ratio 0..1 as a percentage in a sentence of the report ('61.4%', no grouping). */
export function formatFixedPercent(ratio: number, decimals = 1): string {
  return `${formatFixed(ratio * 100, decimals)}%`;
}
