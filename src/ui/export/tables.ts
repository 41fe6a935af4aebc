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
import { STATUS_TEXT } from '../../domain/targets/messages.ts';
import type { Evaluation } from '../../domain/targets/types.ts';
import { POLLUTANTS } from '../../domain/types.ts';
import type { Message, PeriodStats } from '../../domain/types.ts';
import { bilingual, tr } from '../../domain/text/text.ts';
import type { Lang } from '../../domain/text/text.ts';
import { toCsv, type CsvCell } from '../../domain/report/csv.ts';

export type TableId = 'daily' | 'monthly' | 'annual' | 'targets';
export const TABLE_IDS: readonly TableId[] = ['daily', 'monthly', 'annual', 'targets'];

export interface Table {
  header: string[];
  rows: CsvCell[][];
}

/** Names of the tables, for buttons and file names. */
export const TABLE_NAMES: Readonly<Record<TableId, Message>> = {
  daily: bilingual('table_daily'),
  monthly: bilingual('table_monthly'),
  annual: bilingual('table_annual'),
  targets: bilingual('table_targets'),
};

const yesNo = (lang: Lang, b: boolean | null | undefined): string => (b === null || b === undefined ? '' : b ? tr(lang, 'csv_yes') : tr(lang, 'csv_no'));
/** One row per calendar day of the shown year: AQI, category, primary pollutants, daily statistics. */
export function dailyTable(m: DashboardModel, lang: Lang): Table {
  const header = [
    tr(lang, 'csv_date'), tr(lang, 'csv_area'), 'AQI', tr(lang, 'csv_category'),
    tr(lang, 'csv_primaryPollutant'),
    'SO2 (µg/m³)', 'NO2 (µg/m³)', 'PM10 (µg/m³)', 'PM2.5 (µg/m³)', 'CO (mg/m³)',
    tr(lang, 'csv_o3Max8HGM'), tr(lang, 'csv_o3Max1HGM'),
    tr(lang, 'csv_valid'), tr(lang, 'csv_stations'), tr(lang, 'csv_dust'), tr(lang, 'csv_edition'),
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
    first, tr(lang, 'csv_area'), tr(lang, 'csv_from'), tr(lang, 'csv_to'),
    tr(lang, 'csv_validDays'), tr(lang, 'csv_goodDays'), tr(lang, 'csv_goodDayRatio'),
    tr(lang, 'csv_heavyDays'),
    ...POLLUTANTS.map((p) => (p === 'CO' ? 'CO p95 (mg/m³)' : p === 'O3' ? 'O3 p90 (µg/m³)' : `${p} ${tr(lang, 'csv_mean')} (µg/m³)`)),
    tr(lang, 'csv_compositeIndex'),
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
    header: statsHeader(lang, tr(lang, 'csv_month')),
    rows: m.months.map((s) => statsRow(s.from.slice(0, 7), s)),
  };
}

/** The calendar year, the year to date and the same period of the previous year. */
export function annualTable(m: DashboardModel, lang: Lang): Table {
  const rows: CsvCell[][] = [];
  if (m.annual) rows.push(statsRow(tr(lang, 'csv_fullYear', { year: m.year }), m.annual));
  if (m.ytd && m.ytd !== m.annual) rows.push(statsRow(tr(lang, 'csv_yearToDate', { year: m.year }), m.ytd));
  if (m.ytdLastYear) rows.push(statsRow(tr(lang, 'csv_samePeriod', { year: m.year - 1 }), m.ytdLastYear));
  return { header: statsHeader(lang, tr(lang, 'csv_period')), rows };
}

/** One row per target (and per part of a composite target). */
export function targetTable(m: DashboardModel, lang: Lang): Table {
  const header = [
    tr(lang, 'csv_target'), tr(lang, 'csv_status'), tr(lang, 'csv_actual'), tr(lang, 'csv_targetValue'),
    tr(lang, 'csv_unit'), tr(lang, 'csv_samePeriodLastYear'), tr(lang, 'csv_asOf'),
    tr(lang, 'csv_periodFrom'), tr(lang, 'csv_periodTo'), tr(lang, 'csv_verdict'), tr(lang, 'csv_source'),
  ];
  const rows: CsvCell[][] = [];
  const add = (e: Evaluation, prefix: string): void => {
    rows.push([
      prefix + e.label[lang], tr(lang, STATUS_TEXT[e.status]), e.actual, e.target, e.unit, e.baseline?.value ?? null,
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
