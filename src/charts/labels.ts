/**
 * The chart vocabulary in zh-CN (CNEMC / MEE bulletin terms) and English, and number/date
 * formatting for each locale. Dates are the 'YYYY-MM-DD' strings of the core (China Standard Time
 * civil dates); they are never turned into a JS Date, so no machine time zone is involved.
 */
import { CATEGORY_INFO } from '../domain/aqi/categories.ts';
import { roundHalfEven } from '../domain/math/round.ts';
import { EDITIONS } from '../domain/standards/editions.ts';
import { publishedDecimals } from '../domain/standards/hj663.ts';
import type { CategoryId, EditionId, LimitPhase, Pollutant } from '../domain/types.ts';
import type { Lang } from './option.ts';

const ZH = {
  aqi: 'AQI',
  dailyAqi: '日AQI',
  date: '日期',
  month: '月份',
  days: '天数',
  dayUnit: '天',
  category: '类别',
  primaryPollutant: '首要污染物',
  none: '无',
  invalidDay: '无效天（数据不足）',
  noData: '无有效数据',
  goodDayRatio: '优良天数比例',
  cumulativeGoodRatio: '累计优良天数比例',
  goodDays: '优良天数',
  validDays: '有效天数',
  heavyDays: '重污染天数',
  heavyEpisode: '重污染过程',
  episodes: '重污染过程',
  peakAqi: '峰值AQI',
  episodesShadedNote: '阴影：重污染过程；柱顶：当月过程次数',
  compositeIndex: '综合指数',
  subIndex: '单项指数',
  yearToDate: '累计',
  yoy: '同比',
  thisYear: '本年',
  lastYear: '上年同期',
  target: '目标',
  monthlyMean: '月均浓度',
  annualMean: '年均浓度',
  percentile: '百分位数',
  class1Limit: '一级标准限值',
  class2Limit: '二级标准限值',
  class12Limit: '一级/二级标准限值',
  class1: '一级',
  class2: '二级',
  class12: '一级/二级',
  mda8: '日最大8小时平均',
  met: '达标',
  notMet: '超标',
  insufficient: '数据不足',
  station: '站点',
  coverage: '数据有效率',
  validHours: '有效小时数',
  expectedHours: '应有小时数',
  expectedDays: '应有天数',
  belowMonthlyMinimum: '低于月有效天数要求',
  dayOfYear: '年内日序',
  tiesNote: '并列首要污染物的日子计入每一个污染物',
  unitUg: 'μg/m³',
  unitMg: 'mg/m³',
  standards: '评价依据',
  dust: '沙尘影响',
} as const;

export type LabelKey = keyof typeof ZH;

const EN: Readonly<Record<LabelKey, string>> = {
  aqi: 'AQI',
  dailyAqi: 'Daily AQI',
  date: 'Date',
  month: 'Month',
  days: 'Days',
  dayUnit: 'days',
  category: 'Category',
  primaryPollutant: 'Primary pollutant',
  none: 'none',
  invalidDay: 'Invalid day (insufficient data)',
  noData: 'No valid data',
  goodDayRatio: 'Good-day ratio',
  cumulativeGoodRatio: 'Cumulative good-day ratio',
  goodDays: 'Good days',
  validDays: 'Valid days',
  heavyDays: 'Heavy-pollution days',
  heavyEpisode: 'Heavy-pollution episode',
  episodes: 'Heavy-pollution episodes',
  peakAqi: 'Peak AQI',
  episodesShadedNote: 'shading: episodes; ×n: episodes in the month',
  compositeIndex: 'Composite index',
  subIndex: 'Sub-index',
  yearToDate: 'Year to date',
  yoy: 'Year on year',
  thisYear: 'This year',
  lastYear: 'Same period last year',
  target: 'Target',
  monthlyMean: 'Monthly mean',
  annualMean: 'Annual mean',
  percentile: 'percentile',
  class1Limit: 'Class 1 limit',
  class2Limit: 'Class 2 limit',
  class12Limit: 'Class 1/2 limit',
  class1: 'class 1',
  class2: 'class 2',
  class12: 'class 1/2',
  mda8: 'Daily max 8-h mean',
  met: 'met',
  notMet: 'exceeded',
  insufficient: 'insufficient data',
  station: 'Station',
  coverage: 'Data coverage',
  validHours: 'Valid hours',
  expectedHours: 'Expected hours',
  expectedDays: 'Expected days',
  belowMonthlyMinimum: 'below the monthly minimum of valid days',
  dayOfYear: 'Day of year',
  tiesNote: 'Days with tied primary pollutants count for each of them',
  unitUg: 'µg/m³',
  unitMg: 'mg/m³',
  standards: 'Standards',
  dust: 'Dust-affected',
};

/** A chart term in the given language. */
export function t(key: LabelKey, lang: Lang): string {
  return lang === 'zh' ? ZH[key] : EN[key];
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Short month name, month 1..12: '3月' / 'Mar'. */
export function monthLabel(month: number, lang: Lang): string {
  return lang === 'zh' ? `${month}月` : (MONTHS_EN[month - 1] ?? String(month));
}

/** The twelve short month names. */
export function monthLabels(lang: Lang): string[] {
  return Array.from({ length: 12 }, (_, i) => monthLabel(i + 1, lang));
}

/** "Jan–Aug" / "1—8月", the CNEMC form for a cumulative period (月 range within one year). */
export function monthRangeLabel(fromMonth: number, toMonth: number, lang: Lang): string {
  if (fromMonth === toMonth) return monthLabel(fromMonth, lang);
  return lang === 'zh' ? `${fromMonth}—${toMonth}月` : `${monthLabel(fromMonth, 'en')}–${monthLabel(toMonth, 'en')}`;
}

function parts(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

/** '2021-03-05' → '2021年3月5日' / '5 Mar 2021'. */
export function dateLabel(date: string, lang: Lang): string {
  const { y, m, d } = parts(date);
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${monthLabel(m, 'en')} ${y}`;
}

/** '2021-03-05' → '3月5日' / '5 Mar'. */
export function shortDateLabel(date: string, lang: Lang): string {
  const { m, d } = parts(date);
  return lang === 'zh' ? `${m}月${d}日` : `${d} ${monthLabel(m, 'en')}`;
}

/** Category name: '轻度污染' / 'Lightly polluted' (HJ 633 Table 2). */
export function categoryName(id: CategoryId, lang: Lang): string {
  return CATEGORY_INFO[id].name[lang];
}

/** Concentration unit of a pollutant (GB 3095 Table 1: CO in mg/m³, the rest µg/m³). */
export function unitOf(p: Pollutant, lang: Lang): string {
  return p === 'CO' ? t('unitMg', lang) : t('unitUg', lang);
}

/** The Intl locale of each language (charts and page format numbers alike). */
export const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * A number for display, rounded half to even on its decimal value (GB/T 8170 数值修约, the rule
 * of HJ 663 statistics) and then grouped for the locale by Intl.NumberFormat.
 */
export function formatNumber(x: number | null | undefined, lang: Lang, decimals = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const r = roundHalfEven(x, decimals);
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(r);
}

/** A ratio 0..1 as a percentage with one decimal ('92.4%'), as in CNEMC bulletins. */
export function formatPercent(ratio: number | null | undefined, lang: Lang, decimals = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${formatNumber(ratio * 100, lang, decimals)}%`;
}

/** Concentration with the decimals of its published statistic (`publishedDecimals`: integers, CO one decimal, HJ 663). */
export function formatConcentration(p: Pollutant, x: number | null | undefined, lang: Lang): string {
  return formatNumber(x, lang, publishedDecimals(p));
}

/**
 * Which standards a number follows, from the edition table (`EDITIONS`): e.g.
 * 'HJ 633-2012 / GB 3095-2012'. `docs` picks the documents: 'aqi' = daily AQI and categories
 * (HJ 633), 'limits' = concentration limits (GB 3095), 'evaluation' = statistics (HJ 663).
 * Several editions (a period across 2026-03-01) are joined with ' + '.
 */
export function editionLabel(edition: EditionId | readonly EditionId[], ...docs: ('aqi' | 'limits' | 'evaluation')[]): string {
  const editions = [...new Set<EditionId>(typeof edition === 'string' ? [edition] : edition)].sort();
  const use = docs.length > 0 ? docs : (['aqi', 'limits'] as const);
  const name = (e: EditionId, d: 'aqi' | 'limits' | 'evaluation'): string => {
    const info = EDITIONS[e];
    const doc = d === 'aqi' ? info.hj633 : d === 'limits' ? info.gb3095 : info.hj663;
    return doc.replace(/[（(].*$/, '');
  };
  return editions.map((e) => use.map((d) => name(e, d)).join(' / ')).join(' + ');
}

/** The GB 3095 limit column as a label: 'GB 3095-2012', 'GB 3095-2026 过渡阶段' / '… transitional'. */
export function limitPhaseLabel(phase: LimitPhase, lang: Lang): string {
  if (phase === '2012') return 'GB 3095-2012';
  const stage = phase === '2026-transitional' ? (lang === 'zh' ? '过渡阶段' : 'transitional') : (lang === 'zh' ? '最终阶段' : 'final');
  return `GB 3095-2026 ${stage}`;
}
