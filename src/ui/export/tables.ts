/**
 * The tables behind the dashboard as CSV for Excel/WPS: the daily table, the monthly and annual
 * summaries and the target evaluation. Values are rounded as bulletins publish them (integers in
 * µg/m³, CO to 0.1 mg/m³, GB/T 8170 via the report's `publishConc`), the daily AQI as computed.
 * The CSV itself (BOM, quoting, formula neutralisation) is H4's writer `toCsv`.
 */
import { CATEGORY_INFO } from '../../domain/aqi/categories.ts';
import { publishConc } from '../../domain/report/report.ts';
import { evaluationStatistic } from '../../domain/stats/period.ts';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import { TARGET_STATUS_LABEL } from '../../domain/targets/types.ts';
import type { TargetEvaluation } from '../../domain/targets/types.ts';
import { POLLUTANTS } from '../../domain/types.ts';
import type { Message, PeriodStats } from '../../domain/types.ts';
import type { Lang } from '../i18n/i18n.ts';
import { toCsv, type CsvCell } from '../../domain/report/csv.ts';

export type TableId = 'daily' | 'monthly' | 'annual' | 'targets';
export const TABLE_IDS: readonly TableId[] = ['daily', 'monthly', 'annual', 'targets'];

export interface Table {
  header: string[];
  rows: CsvCell[][];
}

/** Names of the tables, for buttons and file names. */
export const TABLE_NAMES: Readonly<Record<TableId, Message>> = {
  daily: { zh: '逐日空气质量', en: 'daily air quality' },
  monthly: { zh: '月度汇总', en: 'monthly summary' },
  annual: { zh: '年度汇总', en: 'annual summary' },
  targets: { zh: '目标评估', en: 'target evaluation' },
};


const h = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);
const yesNo = (lang: Lang, b: boolean | null | undefined): string => (b === null || b === undefined ? '' : b ? h(lang, '是', 'yes') : h(lang, '否', 'no'));
/** One row per calendar day of the shown year: AQI, category, primary pollutants, daily statistics. */
export function dailyTable(m: DashboardModel, lang: Lang): Table {
  const header = [
    h(lang, '日期', 'date'), h(lang, '区域', 'area'), 'AQI', h(lang, '空气质量类别', 'category'),
    h(lang, '首要污染物', 'primary pollutant'),
    'SO2 (µg/m³)', 'NO2 (µg/m³)', 'PM10 (µg/m³)', 'PM2.5 (µg/m³)', 'CO (mg/m³)',
    h(lang, 'O3 日最大8小时 (µg/m³)', 'O3 max 8-h (µg/m³)'), h(lang, 'O3 日最大1小时 (µg/m³)', 'O3 max 1-h (µg/m³)'),
    h(lang, '有效', 'valid'), h(lang, '站点数', 'stations'), h(lang, '沙尘', 'dust'), h(lang, '标准版本', 'edition'),
  ];
  const rows = m.days.map((d): CsvCell[] => [
    d.date, m.area, d.aqi, d.category ? CATEGORY_INFO[d.category].name[lang] : '', d.primary.join('/'),
    publishConc('SO2', d.conc.SO2), publishConc('NO2', d.conc.NO2), publishConc('PM10', d.conc.PM10),
    publishConc('PM2.5', d.conc['PM2.5']), publishConc('CO', d.conc.CO),
    publishConc('O3', d.conc.O3_8h), publishConc('O3', d.conc.O3_1h),
    yesNo(lang, d.valid), d.stations, yesNo(lang, d.dust), d.edition,
  ]);
  return { header, rows };
}

function statsHeader(lang: Lang, first: string): string[] {
  return [
    first, h(lang, '区域', 'area'), h(lang, '起', 'from'), h(lang, '止', 'to'),
    h(lang, '有效天数', 'valid days'), h(lang, '优良天数', 'good days'), h(lang, '优良天数比例 (%)', 'good-day ratio (%)'),
    h(lang, '重污染天数', 'heavy days'),
    ...POLLUTANTS.map((p) => (p === 'CO' ? 'CO p95 (mg/m³)' : p === 'O3' ? 'O3 p90 (µg/m³)' : `${p} ${h(lang, '均值', 'mean')} (µg/m³)`)),
    h(lang, '综合指数', 'composite index'),
  ];
}

function statsRow(label: CsvCell, s: PeriodStats): CsvCell[] {
  return [
    // The published percent (rounded once from the counts by the core), as the report JSON and CLI CSV.
    label, s.area, s.from, s.to, s.validDays, s.goodDays, s.goodDayRatioPercent, s.heavyDays,
    ...POLLUTANTS.map((p) => publishConc(p, evaluationStatistic(s.pollutants[p], p))),
    s.composite?.index ?? null,
  ];
}

/** One row per month of the shown year (January to the last month with data). */
export function monthlyTable(m: DashboardModel, lang: Lang): Table {
  return {
    header: statsHeader(lang, h(lang, '月份', 'month')),
    rows: m.months.map((s) => statsRow(s.from.slice(0, 7), s)),
  };
}

/** The calendar year, the year to date and the same period of the previous year. */
export function annualTable(m: DashboardModel, lang: Lang): Table {
  const rows: CsvCell[][] = [];
  if (m.annual) rows.push(statsRow(h(lang, `${m.year} 全年`, `${m.year} full year`), m.annual));
  if (m.ytd && m.ytd !== m.annual) rows.push(statsRow(h(lang, `${m.year} 年初至今`, `${m.year} year to date`), m.ytd));
  if (m.ytdLastYear) rows.push(statsRow(h(lang, `${m.year - 1} 同期`, `${m.year - 1} same period`), m.ytdLastYear));
  return { header: statsHeader(lang, h(lang, '期间', 'period')), rows };
}

/** One row per target (and per part of a composite target). */
export function targetTable(m: DashboardModel, lang: Lang): Table {
  const header = [
    h(lang, '目标', 'target'), h(lang, '状态', 'status'), h(lang, '实际', 'actual'), h(lang, '目标值', 'target value'),
    h(lang, '单位', 'unit'), h(lang, '去年同期', 'same period last year'), h(lang, '截至', 'as of'),
    h(lang, '期间起', 'period from'), h(lang, '期间止', 'period to'), h(lang, '结论', 'verdict'), h(lang, '依据', 'source'),
  ];
  const rows: CsvCell[][] = [];
  const add = (e: TargetEvaluation, prefix: string): void => {
    rows.push([
      prefix + e.label[lang], TARGET_STATUS_LABEL[e.status][lang], e.actual, e.target, e.unit, e.baseline?.value ?? null,
      e.asOf, e.period.from, e.period.to, e.message[lang], e.source,
    ]);
    for (const p of e.parts ?? []) add(p, `${e.label[lang]} / `);
  };
  for (const e of m.targets) add(e, '');
  return { header, rows };
}

const BUILDERS: Readonly<Record<TableId, (m: DashboardModel, lang: Lang) => Table>> = {
  daily: dailyTable, monthly: monthlyTable, annual: annualTable, targets: targetTable,
};

/** The CSV text of one table (UTF-8 BOM, CRLF, formula-like text neutralised by `toCsv`). */
export function tableCsv(id: TableId, m: DashboardModel, lang: Lang): string {
  const t = BUILDERS[id](m, lang);
  return toCsv(t.header, t.rows);
}
