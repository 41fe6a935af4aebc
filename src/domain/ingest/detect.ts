/**
 * Format detection: the header (or, header-less, the first rows) decides which format reads the
 * file — long station-hourly, national wide hourly, daily table, station list, dust days, dust fall. A new
 * format is one file under `formats/` plus one rule in `detect`.
 */
import type { IssueCode } from '../types.ts';
import { parseDateTime, DT_NOT_A_DATE, DT_OK, isMissingText } from './values.ts';
import { dailyFieldOf, readHeader } from './headers.ts';
import type { HeaderField, HeaderInfo } from './headers.ts';
import { scratchDate } from './context.ts';
import type { Ctx, RowHandler } from './context.ts';
import type { ColumnMapping, DailyField } from './options.ts';
import { validateColumnMapping } from './columnMapping.ts';
import { DailyHandler } from './formats/dailyTable.ts';
import { DustDaysHandler } from './formats/dustDays.ts';
import { detectDustFall } from './formats/dustFall.ts';
import { LongHourlyHandler } from './formats/longHourly.ts';
import { StationListHandler } from './formats/stationList.ts';
import { WideHourlyHandler } from './formats/wideHourly.ts';
import { issueText, issueTr } from '../text/issues.ts';
import type { Lang } from '../text/text.ts';

/** Rows `detect` is given (blank rows left out): enough for the header-less layouts. */
export const SAMPLE_ROWS = 200;
/**
 * Rows of the sample `detect` reads when the first row has a recognised header cell (the header,
 * then rows 1..49 for the date-time check); the other SAMPLE_ROWS are for header-less tables.
 */
export const HEADER_SAMPLE_ROWS = 50;

/** True when every cell is empty after trim. */
export function isBlankRow(r: readonly string[]): boolean {
  for (const c of r) if (c.trim() !== '') return false;
  return true;
}

/**
 * Suggests a mapping for a header-less daily table from sample rows, for the known layouts:
 * tianqihoubao (11 columns: idx, date, category, AQI, rank, PM2.5, PM10, SO2, NO2, CO, O3) and
 * aqistudy (12 columns: City, Date, AQI, range, level, PM2.5, PM10, SO2, CO, NO2, O3, Rank).
 * Returns null when fewer than 80 % of the rows fit one layout.
 */
export function suggestColumnMapping(sampleRows: string[][]): ColumnMapping | null {
  const rows = sampleRows.filter((r) => !isBlankRow(r));
  if (rows.length === 0) return null;
  const fitShare = (fits: (r: string[]) => boolean) => rows.filter(fits).length / rows.length;
  const dt = scratchDate();
  const isDate = (c: string | undefined) => c !== undefined && parseDateTime(c, dt) === DT_OK && dt.hour === -1;
  const isNum = (c: string | undefined) => c !== undefined && c.trim() !== '' && Number.isFinite(Number(c));
  const isNumOrMissing = (c: string | undefined) => c !== undefined && (isNum(c) || isMissingText(c));
  const isCategory = (c: string | undefined) => c !== undefined && (/优|良|污染|严重/.test(c) || isMissingText(c));
  const concentrations = (r: string[]) => r.slice(5, 11).every(isNumOrMissing);

  const tianqihoubao = (r: string[]) =>
    r.length === 11 && isNum(r[0]) && isDate(r[1]) && isCategory(r[2]) && isNumOrMissing(r[3]) && concentrations(r);
  const aqistudy = (r: string[]) =>
    r.length === 12 && !isNum(r[0]) && isDate(r[1]) && isNumOrMissing(r[2]) && isCategory(r[4]) && concentrations(r);

  if (fitShare(tianqihoubao) >= 0.8) {
    return { 0: 'ignore', 1: 'date', 2: 'category', 3: 'aqi', 4: 'ignore', 5: 'PM2.5', 6: 'PM10', 7: 'SO2', 8: 'NO2', 9: 'CO', 10: 'O3_8h' };
  }
  if (fitShare(aqistudy) >= 0.8) {
    return { 0: 'area', 1: 'date', 2: 'aqi', 3: 'ignore', 4: 'category', 5: 'PM2.5', 6: 'PM10', 7: 'SO2', 8: 'CO', 9: 'NO2', 10: 'O3_8h', 11: 'ignore' };
  }
  return null;
}

const POLLUTANT_FIELDS: ReadonlySet<HeaderField> = new Set(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3', 'O3_1h', 'O3_8h']);

/** What a user can do with a table the detector cannot read: the page's dialog, the CLI's option. */
const tellMapping = (lang: Lang): string => issueTr(lang, 'issue_tellMapping', {});

export type Detected = { handler: RowHandler; headerConsumed: boolean } | { reject: true; code: IssueCode; zh: string; en: string };

/**
 * The format of a file from its first non-blank rows (`sample[0]`: the header, if any). After a
 * recognised header only the date cell of the rows is read (the plain reader splits them no
 * further: reading another cell here means changing `Ingest.detectPlain` too).
 */
export function detect(ctx: Ctx, sample: string[][], mapping: ColumnMapping | undefined): Detected {
  const first = sample[0]!;
  const infos = first.map(readHeader);
  const dt = scratchDate();
  const dateLike = (c: string) => parseDateTime(c, dt) !== DT_NOT_A_DATE;

  if (mapping) return headerless(ctx, sample, mapping, true);

  const recognised = infos.filter((i) => i.field !== null).length;
  const firstIsData = recognised === 0 && first.some(dateLike);
  if (firstIsData) {
    const suggested = suggestColumnMapping(sample.slice(0, SAMPLE_ROWS));
    if (suggested) return headerless(ctx, sample, suggested, false);
    const nonEmpty = first.map((c, i) => (c.trim() !== '' ? i : -1)).filter((i) => i >= 0);
    if (nonEmpty.length === 1 && dateLike(first[nonEmpty[0]!]!)) {
      return { handler: new DustDaysHandler(ctx, nonEmpty[0]!, `第 ${nonEmpty[0]! + 1} 列`), headerConsumed: false };
    }
    return {
      reject: true, code: 'needs-column-mapping',
      ...issueText('issue_needsColumnMapping', (lang) => ({ tellMapping: tellMapping(lang) })),
    };
  }

  const has = (f: HeaderField) => infos.some((i) => i.field === f);
  const idx = (f: HeaderField) => infos.findIndex((i) => i.field === f);
  const pollutantCols = infos.filter((i) => i.field !== null && POLLUTANT_FIELDS.has(i.field)).length;
  const unknownCols = infos.filter((i) => i.field === null && i.label !== '').length;
  reportDuplicateColumns(ctx, infos);

  if (has('dustFall')) return detectDustFall(ctx, infos);
  if (has('type') && has('date') && pollutantCols === 0 && unknownCols > 0) {
    return { handler: new WideHourlyHandler(ctx, infos), headerConsumed: true };
  }
  if (pollutantCols > 0 || (has('aqi') && has('date'))) {
    const hasYmd = has('year') && has('month') && has('day');
    let hourly = has('hour') && (has('date') || hasYmd);
    if (!hourly && has('date')) {
      // A date-time column (`2021-01-05 00:00`) makes the table hourly.
      const dc = idx('date');
      hourly = sample.slice(1, HEADER_SAMPLE_ROWS).some((r) => parseDateTime(r[dc] ?? '', dt) === DT_OK && dt.hour >= 0);
    }
    if (hourly) {
      const isUci = hasYmd && has('station') && infos.some((i) => /^(pres|dewp)$/i.test(i.label));
      return { handler: new LongHourlyHandler(ctx, infos, isUci), headerConsumed: true };
    }
    if (has('date')) {
      const fields: (DailyField | null)[] = infos.map((i) => dailyFieldOf(i.field, infos));
      const coCol = fields.indexOf('CO');
      const coUnit = coCol >= 0 ? infos[coCol]!.unit : null;
      return { handler: new DailyHandler(ctx, fields, infos.map((i) => i.label), coUnit), headerConsumed: true };
    }
    return {
      reject: true, code: 'no-date-column',
      ...issueText('issue_noDateColumn', {}),
    };
  }
  if ((has('stationCode') || has('station')) && (has('city') || has('lon') || has('background') || (has('stationCode') && has('station')))) {
    return { handler: new StationListHandler(ctx, infos), headerConsumed: true };
  }
  if (has('date') && !has('station') && !has('hour')) {
    return { handler: new DustDaysHandler(ctx, idx('date'), infos[idx('date')]!.label), headerConsumed: true };
  }
  return {
    reject: true, code: 'unknown-format',
    ...issueText('issue_unknownFormat', (lang) => ({ header: first.slice(0, 8).join(',').slice(0, 80), tellMapping: tellMapping(lang) })),
  };
}

/**
 * Two columns with the same meaning (two `PM2.5`, or two site columns `1001A` in a wide table):
 * only the first is read; the user is told which.
 */
function reportDuplicateColumns(ctx: Ctx, infos: HeaderInfo[]): void {
  const first = new Map<string, number>();
  infos.forEach((info, c) => {
    if (info.field === 'ignore' || (info.field === null && info.label === '')) return;
    const key = info.field ?? `label:${info.label}`;
    const a = first.get(key);
    if (a === undefined) { first.set(key, c); return; }
    const label = info.label;
    ctx.log.add('warning', 'duplicate-column', label, 1, () => issueText('issue_duplicateColumn', { column: label, first: a + 1, second: c + 1 }), `duplicate-column\u0000${c}`);
  });
}

function headerless(ctx: Ctx, sample: string[][], mapping: ColumnMapping, userGiven: boolean): Detected {
  const first = sample[0]!;
  const width = Math.max(first.length, ...Object.keys(mapping).map((k) => Number(k) + 1));
  const fields: (DailyField | null)[] = [];
  for (let c = 0; c < width; c++) {
    const f = mapping[c];
    fields.push(f === undefined || f === 'ignore' ? null : f);
  }
  const problems = validateColumnMapping(mapping);
  if (problems.length > 0) {
    return {
      reject: true, code: 'invalid-column-mapping',
      ...issueText('issue_invalidColumnMapping', (lang) => ({ problems: problems.map((m) => m[lang]).join(issueTr(lang, 'issue_problemSeparator', {})) })),
    };
  }
  const dateCol = fields.indexOf('date');
  const labelOf = (c: number) => {
    const f = fields[c];
    return f ? `${f}（第 ${c + 1} 列）` : `第 ${c + 1} 列`;
  };
  const labels = fields.map((_f, c) => labelOf(c));
  const dt = scratchDate();
  const headerConsumed = parseDateTime(first[dateCol] ?? '', dt) === DT_NOT_A_DATE;
  ctx.log.add('info', 'column-mapping', undefined, undefined, () => issueText(userGiven ? 'issue_columnMappingGiven' : 'issue_columnMappingRecognised', (lang) => ({
    mapping: fields.map((f, c) => (f ? `${c + 1}=${f}` : '')).filter(Boolean).join(issueTr(lang, 'issue_columnMappingSeparator', {})),
  })));
  return { handler: new DailyHandler(ctx, fields, labels, null), headerConsumed };
}

