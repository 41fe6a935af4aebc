/**
 * One input file → a one-file Dataset. Bytes are decoded incrementally (UTF-8 with/without BOM,
 * GB18030, UTF-16 with BOM), cut at the last record boundary (a newline outside quotes, quote
 * parity tracked across chunks) and the complete part is parsed with papaparse into arrays.
 * The header decides the family (long station-hourly, national wide hourly, daily city table,
 * station list, dust-day list); header-less daily tables use a column mapping.
 *
 * Storage follows `types.ts`: hourly values at `values[hour * 6 + POLLUTANT_INDEX[p]]`, µg/m³
 * except CO in mg/m³ (GB 3095-2012 Table 1). Hours are the exports' labels 0..23.
 */
import Papa from 'papaparse';
import { POLLUTANTS, POLLUTANT_INDEX } from '../types.ts';
import type { DailyIndicator, DailyRow, Dataset, FileSummary, FormatId, Settings, Station, StationDay } from '../types.ts';
import { isoDate } from '../calendar.ts';
import { sniffEncoding } from './decode.ts';
import type { Sniffed } from './decode.ts';
import { emptyDataset, formatDailyRow, formatHour, newStationDay, sameDailyRow } from './dataset.ts';
import { dailyFieldOf, isSiteCode, readHeader, readWideType } from './headers.ts';
import type { HeaderField, HeaderInfo } from './headers.ts';
import { IssueLog, MissingCounter } from './issues.ts';
import { validateColumnMapping } from './columnMapping.ts';
import { EMPTY_HASH, Row, isTrimmed } from './row.ts';
import {
  CELL_MISSING, CELL_TEXT, DT_INVALID, DT_NOT_A_DATE, DT_OK, isMissingText, parseDateTime,
} from './values.ts';
import type { DateTimeOut } from './values.ts';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export type DailyField =
  | 'date' | 'area' | 'aqi' | 'category' | 'primary'
  | 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3_8h' | 'O3_1h' | 'ignore';

/** Header-less daily tables: column index → field. */
export interface ColumnMapping {
  [column: number]: DailyField;
}

export interface IngestOptions {
  settings: Settings;
  /** User mapping for header-less daily tables. */
  columnMapping?: ColumnMapping;
  onProgress?: (p: { bytesRead: number; totalBytes: number; rows: number }) => void;
  /** Checked between chunks; when true, `push` throws IngestCancelled. */
  shouldCancel?: () => boolean;
  /** Characters of complete records to collect before parsing a batch (default 1 Mi; tests use 1). */
  batchChars?: number;
  /**
   * 'papaparse' parses every batch with papaparse, as before the in-place reader of plain batches
   * existed (tests compare the two; default 'auto').
   */
  parser?: 'auto' | 'papaparse';
}

export class IngestCancelled extends Error {
  constructor() {
    super('ingest cancelled');
    this.name = 'IngestCancelled';
  }
}

/**
 * One file → a one-file Dataset (files[0] is its summary, issues carry the file name). Never throws
 * for bad input: unreadable files give rejected=true and an error issue with a zh/en message.
 * Values are stored in the units of GB 3095-2012 Table 1 (µg/m³; CO mg/m³, converted when the file
 * has µg/m³), hours as the national exports label them (0..23, HJ 633 hourly data).
 */
export function ingestBytes(name: string, bytes: Uint8Array, opts: IngestOptions): Dataset {
  const s = createStreamingIngest(name, bytes.length, opts);
  s.push(bytes);
  return s.finish();
}

/**
 * Streaming form for big files: feed byte chunks in order, then finish(). Memory stays bounded
 * by the batch size plus the dataset being built: the text is never held whole.
 */
export function createStreamingIngest(name: string, totalBytes: number, opts: IngestOptions): { push(chunk: Uint8Array): void; finish(): Dataset } {
  const ingest = new Ingest(name, totalBytes, opts);
  return { push: (chunk) => ingest.push(chunk), finish: () => ingest.finish() };
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

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const SNIFF_BYTES = 64 * 1024;
const MAX_PIECE = 65536;
const DEFAULT_BATCH = 1 << 20;
/** Largest plausible concentration: µg/m³ for SO2, NO2, PM10, PM2.5, O3; mg/m³ for CO. */
const MAX_UG = 10_000;
const MAX_CO_MG = 150;
const SAMPLE_ROWS = 200;
/**
 * Rows of the sample `detect` reads when the first row has a recognised header cell (the header,
 * then rows 1..49 for the date-time check); the other SAMPLE_ROWS are for header-less tables.
 */
const HEADER_SAMPLE_ROWS = 50;

function scratchDate(): DateTimeOut {
  return { day: 0, hour: -1, year: 0, month: 0, dayOfMonth: 0 };
}

function isBlankRow(r: readonly string[]): boolean {
  for (const c of r) if (c.trim() !== '') return false;
  return true;
}

function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}

const CO_INDEX = POLLUTANT_INDEX.CO;

/** CO unit: fixed by setting/header/format, or decided at the end from magnitudes. */
class CoUnit {
  fixed: 'mg/m3' | 'ug/m3' | null;
  how: 'header' | 'magnitude' | 'setting' | 'format';
  total = 0;
  above20 = 0;
  /** Values in (150, 150000]: impossible if the unit turns out to be mg/m³. */
  ambiguous = 0;
  ambiguousRows: number[] = [];
  ambiguousExample = '';
  ambiguousColumn = 'CO';
  seen = false;

  constructor(setting: Settings['coUnit'], header: 'mg/m3' | 'ug/m3' | null, format: 'mg/m3' | 'ug/m3' | null) {
    if (setting !== 'auto') { this.fixed = setting; this.how = 'setting'; }
    else if (header) { this.fixed = header; this.how = 'header'; }
    else if (format) { this.fixed = format; this.how = 'format'; }
    else { this.fixed = null; this.how = 'magnitude'; }
  }

  /** Checks one raw CO value (≥ 0). Returns the value to store (raw unit) or NaN when impossible. */
  check(v: number, line: number, column: string, log: IssueLog): number {
    this.seen = true;
    const limit = this.fixed === 'mg/m3' ? MAX_CO_MG : MAX_CO_MG * 1000;
    if (v > limit) {
      log.add('warning', 'impossible-value', column, line, () => ({
        zh: `第 ${line} 行 ${column} 列的值 ${v} 超出可能范围（CO > ${MAX_CO_MG} mg/m³），已剔除`,
        en: `Row ${line}, ${column}: value ${v} is impossible (CO > ${MAX_CO_MG} mg/m³); excluded`,
      }));
      return NaN;
    }
    if (this.fixed === null) {
      this.total++;
      if (v > 20) this.above20++;
      if (v > MAX_CO_MG) {
        if (this.ambiguous === 0) { this.ambiguousExample = String(v); this.ambiguousColumn = column; }
        this.ambiguous++;
        if (this.ambiguousRows.length < 10) this.ambiguousRows.push(line);
      }
    }
    return v;
  }

  /** The unit: fixed, or µg/m³ when the median of the CO values exceeds 20 (more than half above 20). */
  decide(): { unit: 'mg/m3' | 'ug/m3'; how: 'header' | 'magnitude' | 'setting' | 'format' } {
    if (this.fixed) return { unit: this.fixed, how: this.how };
    return { unit: this.above20 * 2 > this.total ? 'ug/m3' : 'mg/m3', how: 'magnitude' };
  }
}

/** µg/m³ → mg/m³ at full precision without binary noise (300 → 0.3, not 0.30000000000000004). */
export function ugToMg(v: number): number {
  return Math.round(v * 1000) / 1e6;
}

/** Shared state of one file's ingest, handed to the format handlers. */
interface Ctx {
  name: string;
  stem: string;
  settings: Settings;
  ds: Dataset;
  log: IssueLog;
  missing: MissingCounter;
  dt: DateTimeOut;
  rows: number;
  rowsUsed: number;
  minDay: number;
  maxDay: number;
}

interface RowHandler {
  readonly format: FormatId;
  row(r: Row, line: number): void;
  finish(): { unit: 'mg/m3' | 'ug/m3'; how: 'header' | 'magnitude' | 'setting' | 'format' } | undefined;
}

function noteDay(ctx: Ctx, day: number): void {
  if (day < ctx.minDay) ctx.minDay = day;
  if (day > ctx.maxDay) ctx.maxDay = day;
}

/**
 * Reads a concentration cell; problems are reported (missing: aggregated info per column;
 * text/negative/impossible: warnings with row and column) and give NaN. CO goes through `co`.
 */
function readConc(ctx: Ctx, r: Row, i: number, col: number, line: number, label: string, isCo: boolean, co: CoUnit): number {
  const v = r.conc(i);
  if (v >= 0) {
    if (isCo) return co.check(v, line, label, ctx.log);
    if (v > MAX_UG) {
      const cell = r.get(i);
      ctx.log.add('warning', 'impossible-value', label, line, () => ({
        zh: `第 ${line} 行 ${label} 列的值 ${cell.trim()} 超出可能范围（> ${MAX_UG} µg/m³），已剔除`,
        en: `Row ${line}, ${label}: value ${cell.trim()} is impossible (> ${MAX_UG} µg/m³); excluded`,
      }));
      return NaN;
    }
    return v;
  }
  const cell = r.get(i);
  if (v === CELL_MISSING) {
    ctx.missing.hit(col, line, cell);
  } else if (v === CELL_TEXT) {
    ctx.log.add('warning', 'non-numeric', label, line, () => ({
      zh: `第 ${line} 行 ${label} 列不是数值（“${cell.trim().slice(0, 40)}”），已剔除`,
      en: `Row ${line}, ${label}: not a number ("${cell.trim().slice(0, 40)}"); excluded`,
    }));
  } else {
    ctx.log.add('warning', 'negative-value', label, line, () => ({
      zh: `第 ${line} 行 ${label} 列为负值（${cell.trim()}），不可能的浓度，已剔除`,
      en: `Row ${line}, ${label}: negative value (${cell.trim()}), an impossible concentration; excluded`,
    }));
  }
  return NaN;
}

function reportBadDate(ctx: Ctx, code: number, cell: string, column: string, line: number): void {
  if (code === DT_INVALID) {
    ctx.log.add('warning', 'invalid-date', column, line, () => ({
      zh: `第 ${line} 行 ${column} 列的日期/时间“${cell.trim()}”不存在，该行已舍弃`,
      en: `Row ${line}, ${column}: "${cell.trim()}" is not a real date/time; row dropped`,
    }));
  } else {
    ctx.log.add('warning', 'unreadable-date', column, line, () => ({
      zh: `第 ${line} 行 ${column} 列无法识别为日期（“${cell.trim().slice(0, 40)}”），该行已舍弃`,
      en: `Row ${line}, ${column}: "${cell.trim().slice(0, 40)}" is not a date; row dropped`,
    }));
  }
}

function reportBadHour(ctx: Ctx, cell: string, column: string, line: number): void {
  ctx.log.add('warning', 'invalid-hour', column, line, () => ({
    zh: `第 ${line} 行 ${column} 列的小时“${cell.trim()}”无效（应为 0–23），该行已舍弃`,
    en: `Row ${line}, ${column}: hour "${cell.trim()}" is invalid (expected 0–23); row dropped`,
  }));
}

/** Hourly records of one file, with a cache for the station-day of the previous row. */
class HourlyStore {
  readonly map: Map<string, Map<number, StationDay>>;
  private lastKey = '\u0000';
  private lastDays: Map<number, StationDay> | null = null;
  private lastDay = NaN;
  private lastSD: StationDay | null = null;

  constructor(map: Map<string, Map<number, StationDay>>) {
    this.map = map;
  }

  get(key: string, day: number): StationDay {
    if (key === this.lastKey && day === this.lastDay && this.lastSD) return this.lastSD;
    if (key !== this.lastKey || !this.lastDays) {
      let days = this.map.get(key);
      if (!days) { days = new Map(); this.map.set(key, days); }
      this.lastDays = days;
      this.lastKey = key;
    }
    let sd = this.lastDays.get(day);
    if (!sd) { sd = newStationDay(); this.lastDays.set(day, sd); }
    this.lastDay = day;
    this.lastSD = sd;
    return sd;
  }

  /** Converts CO from µg/m³ to mg/m³, or drops CO above the mg/m³ limit. */
  fixCo(mode: 'ug-to-mg' | 'drop-over-mg-limit'): void {
    for (const days of this.map.values()) {
      for (const sd of days.values()) {
        const v = sd.values;
        for (let i = CO_INDEX; i < 144; i += 6) {
          const x = v[i]!;
          if (x !== x) continue;
          if (mode === 'ug-to-mg') v[i] = ugToMg(x);
          else if (x > MAX_CO_MG) v[i] = NaN;
        }
      }
    }
  }
}

function hourLabel(day: number, hour: number): string {
  return `${isoDate(day)} ${String(hour).padStart(2, '0')}:00`;
}

/**
 * Flags stations whose every hour repeats one identical set of values (a frozen or decommissioned
 * point, e.g. the zzy95 上兰 rows) and stations without a single value. Nothing is dropped: the
 * warning lets the user decide.
 */
function checkStations(ctx: Ctx, store: HourlyStore): void {
  for (const [key, days] of store.map) {
    let first: Float64Array | null = null, firstOff = 0, hours = 0, constant = true, any = false;
    for (const sd of days.values()) {
      for (let h = 0; h < 24; h++) {
        if (!sd.seen[h]) continue;
        hours++;
        const off = h * 6;
        for (let p = 0; p < 6; p++) if (sd.values[off + p]! === sd.values[off + p]!) any = true;
        if (!first) { first = sd.values; firstOff = off; continue; }
        if (constant) {
          for (let p = 0; p < 6; p++) {
            const x = first[firstOff + p]!, y = sd.values[off + p]!;
            if (x !== y && !(x !== x && y !== y)) { constant = false; break; }
          }
        }
      }
    }
    if (hours === 0) continue;
    if (!any) {
      ctx.log.add('info', 'station-without-values', key, undefined, () => ({
        zh: `站点 ${key} 在本文件中没有任何有效数值（${hours} 个小时全部缺测）`,
        en: `Station ${key} has no valid value in this file (all ${hours} hours missing)`,
      }), `station-without-values\u0000${key}`);
    } else if (constant && hours >= 24 && first) {
      const vals = formatHour(first, firstOff);
      ctx.log.add('warning', 'constant-values', key, undefined, () => ({
        zh: `站点 ${key} 的 ${hours} 个小时数值完全相同（${vals}），可能是停用或冻结的点位，请核实后再使用`,
        en: `Station ${key} repeats identical values in all ${hours} hours (${vals}); probably a frozen or decommissioned point — check before use`,
      }), `constant-values\u0000${key}`);
    }
  }
}

/** Finishes CO for hourly data: report the unit, convert or drop impossible values. */
function finishCoHourly(ctx: Ctx, co: CoUnit, store: HourlyStore, hasCo: boolean) {
  if (!hasCo) return undefined;
  const d = co.decide();
  if (d.unit === 'ug/m3') {
    store.fixCo('ug-to-mg');
    reportCoUg(ctx, d.how);
  } else if (co.fixed === null && co.ambiguous > 0) {
    store.fixCo('drop-over-mg-limit');
    reportCoAmbiguous(ctx, co);
  }
  return d;
}

function reportCoUg(ctx: Ctx, how: string): void {
  const why = { header: '表头注明', magnitude: '按数值大小判断', setting: '按设置', format: '按数据来源格式' }[how] ?? how;
  const whyEn = { header: 'stated in the header', magnitude: 'judged from the magnitudes', setting: 'from the settings', format: 'known for this file format' }[how] ?? how;
  ctx.log.add('info', 'co-unit', 'CO', undefined, () => ({
    zh: `CO 单位识别为 µg/m³（${why}），已换算为 mg/m³`,
    en: `CO unit recognised as µg/m³ (${whyEn}); converted to mg/m³`,
  }));
}

function reportCoAmbiguous(ctx: Ctx, co: CoUnit): void {
  ctx.log.addAggregate('warning', 'impossible-value', co.ambiguousColumn, co.ambiguous, co.ambiguousRows, {
    zh: `${co.ambiguousColumn} 列有超出可能范围的值（例 ${co.ambiguousExample} mg/m³ > ${MAX_CO_MG}），已剔除`,
    en: `${co.ambiguousColumn}: impossible values (e.g. ${co.ambiguousExample} mg/m³ > ${MAX_CO_MG}); excluded`,
  });
}

/** Records duplicate station-hours inside one file (identical: info; different: warning, first kept). */
function reportDuplicate(ctx: Ctx, identical: boolean, line: number, station: string, day: number, hour: number, first: Float64Array, firstOff: number, again: Float64Array, againOff: number): void {
  if (identical) {
    ctx.log.add('info', 'duplicate-rows', undefined, line, () => ({
      zh: `重复的站点小时（第 ${line} 行起，如 ${station} ${hourLabel(day, hour)}），数值相同，只计一次`,
      en: `Repeated station-hours with identical values (from row ${line}, e.g. ${station} ${hourLabel(day, hour)}); counted once`,
    }));
  } else {
    ctx.log.add('warning', 'duplicate-conflict', undefined, line, () => ({
      zh: `第 ${line} 行：${station} ${hourLabel(day, hour)} 重复且数值不同，保留先出现的 [${formatHour(first, firstOff)}]，舍弃 [${formatHour(again, againOff)}]`,
      en: `Row ${line}: ${station} ${hourLabel(day, hour)} repeated with different values; kept the first [${formatHour(first, firstOff)}], dropped [${formatHour(again, againOff)}]`,
    }));
  }
}

// ---------------------------------------------------------------------------------------------
// a. Long station-hourly tables
// ---------------------------------------------------------------------------------------------

interface Deferred24 {
  key: string;
  day: number;
  vals: Float64Array;
  line: number;
  cell: string;
}

class LongHourlyHandler implements RowHandler {
  readonly format = 'station-hourly-long' as const;
  private readonly ctx: Ctx;
  private readonly store: HourlyStore;
  private readonly co: CoUnit;
  private readonly labels: string[];
  private readonly pollCols: Int32Array;
  private readonly dateCol: number;
  private readonly hourCol: number;
  private readonly ymd: [number, number, number] | null;
  private readonly stationCol: number;
  private readonly codeCol: number;
  private readonly cityCol: number;
  private readonly vals = new Float64Array(6);
  private lastDateCell: string | null = null;
  private lastDateCode = DT_NOT_A_DATE;
  private lastDateDay = 0;
  private lastDateHour = -1;
  private lastYmd = -1;
  private lastYmdDay = NaN;
  private lastName: string | null = null;
  private lastCode: string | null = null;
  private lastKey = '';
  private sawHour0 = false;
  private readonly deferred: Deferred24[] = [];
  /** Stations already read, by a hash of their trimmed name and code cells. */
  private readonly keyCache = new Map<number, { name: string; code: string; key: string }[]>();

  constructor(ctx: Ctx, infos: HeaderInfo[], isUci: boolean) {
    this.ctx = ctx;
    this.store = new HourlyStore(ctx.ds.hourly);
    this.labels = infos.map((i) => i.label);
    const find = (f: HeaderField) => infos.findIndex((i) => i.field === f);
    this.pollCols = new Int32Array(6).fill(-1);
    for (const p of POLLUTANTS) {
      let c = find(p);
      if (p === 'O3') { const c1 = find('O3_1h'); if (c1 >= 0) c = c1; }
      this.pollCols[POLLUTANT_INDEX[p]] = c;
    }
    const coCol = this.pollCols[CO_INDEX]!;
    this.co = new CoUnit(ctx.settings.coUnit, coCol >= 0 ? infos[coCol]!.unit : null, isUci ? 'ug/m3' : null);
    this.dateCol = find('date');
    this.hourCol = find('hour');
    const y = find('year'), m = find('month'), d = find('day');
    this.ymd = this.dateCol < 0 && y >= 0 && m >= 0 && d >= 0 ? [y, m, d] : null;
    this.stationCol = find('station');
    this.codeCol = find('stationCode');
    this.cityCol = find('city');
    if (this.stationCol < 0 && this.codeCol < 0 && this.cityCol >= 0) {
      ctx.log.add('info', 'no-station-column', undefined, undefined, () => ({
        zh: '没有站点列：每个城市作为一个站点',
        en: 'No station column: each city is taken as one station',
      }));
    } else if (this.stationCol < 0 && this.codeCol < 0) {
      ctx.log.add('info', 'no-station-column', undefined, undefined, () => ({
        zh: `没有站点列：全部数据记为站点“${ctx.stem}”（文件名）`,
        en: `No station column: all rows are taken as station "${ctx.stem}" (the file name)`,
      }));
    }
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    // --- time
    let day: number, hour: number;
    if (this.ymd) {
      const ymd = this.ymd, yc = ymd[0], mc = ymd[1], dc = ymd[2];
      // (a missing cell is undefined → NaN, not '' → 0)
      const y = yc < r.length ? r.num(yc) : NaN, m = mc < r.length ? r.num(mc) : NaN, d = dc < r.length ? r.num(dc) : NaN;
      const code = y * 10000 + m * 100 + d;
      if (code !== this.lastYmd) {
        const text = `${r.get(yc)}-${r.get(mc)}-${r.get(dc)}`;
        const rc = Number.isInteger(code) ? parseDateTime(`${y}-${m}-${d}`, ctx.dt) : DT_NOT_A_DATE;
        if (rc !== DT_OK) { reportBadDate(ctx, rc, text, this.labels[dc] ?? 'day', line); return; }
        this.lastYmd = code;
        this.lastYmdDay = ctx.dt.day;
      }
      day = this.lastYmdDay;
      hour = -1;
    } else {
      if (!r.eq(this.dateCol, this.lastDateCell)) {
        const cell = r.get(this.dateCol);
        this.lastDateCode = parseDateTime(cell, ctx.dt);
        this.lastDateCell = cell;
        this.lastDateDay = ctx.dt.day;
        this.lastDateHour = ctx.dt.hour;
      }
      if (this.lastDateCode !== DT_OK) { reportBadDate(ctx, this.lastDateCode, r.get(this.dateCol), this.labels[this.dateCol] ?? 'date', line); return; }
      day = this.lastDateDay;
      hour = this.lastDateHour;
    }
    if (this.hourCol >= 0) {
      hour = r.hour(this.hourCol);
      if (hour < 0) { reportBadHour(ctx, r.get(this.hourCol), this.labels[this.hourCol] ?? 'hour', line); return; }
    } else if (hour < 0) {
      const label = this.labels[this.dateCol] ?? 'date';
      ctx.log.add('warning', 'no-hour', label, line, () => ({
        zh: `第 ${line} 行 ${label} 列没有小时，该行已舍弃`,
        en: `Row ${line}, ${label}: no hour of day; row dropped`,
      }));
      return;
    }
    // --- station
    // Without a station column, a city column names the series (a city-level hourly table).
    const nameCol = this.stationCol >= 0 ? this.stationCol : this.codeCol < 0 ? this.cityCol : -1;
    let key: string;
    if ((nameCol >= 0 ? r.trimmedEq(nameCol, this.lastName) : this.lastName === '')
      && (this.codeCol >= 0 ? r.trimmedEq(this.codeCol, this.lastCode) : this.lastCode === '')) {
      key = this.lastKey;
    } else if ((key = this.cachedKey(r, nameCol)) !== '') {
      // A station seen before (stations interleaved hour by hour): no substring, no map lookup.
    } else {
      const name = nameCol >= 0 ? r.trimmed(nameCol) : '';
      const code = this.codeCol >= 0 ? r.trimmed(this.codeCol) : '';
      key = code || name || (nameCol < 0 && this.codeCol < 0 ? ctx.stem : '');
      if (!key) {
        const label = this.labels[this.stationCol] ?? 'station';
        ctx.log.add('warning', 'missing-station', label, line, () => ({
          zh: `第 ${line} 行没有站点名称，该行已舍弃`, en: `Row ${line}: no station name; row dropped`,
        }));
        return;
      }
      let st = ctx.ds.stations.get(key);
      if (!st) {
        st = { key, name: name || key };
        if (code) st.code = code;
        ctx.ds.stations.set(key, st);
      }
      if (this.cityCol >= 0 && st.city === undefined) {
        const city = r.trimmed(this.cityCol);
        if (city) st.city = city;
      }
      this.lastName = name;
      this.lastCode = code;
      this.lastKey = key;
      // Cached once nothing is left to learn from later rows (the city, when there is a column).
      if (this.cityCol < 0 || st.city !== undefined) {
        const h = this.stationHash(r, nameCol);
        const list = this.keyCache.get(h);
        const entry = { name, code, key };
        if (list) list.push(entry); else this.keyCache.set(h, [entry]);
      }
    }
    // --- values
    const vals = this.vals;
    for (let p = 0; p < 6; p++) {
      const c = this.pollCols[p]!;
      vals[p] = c < 0 ? NaN : readConc(ctx, r, c, c, line, this.labels[c]!, p === CO_INDEX, this.co);
    }
    if (hour === 24) {
      this.deferred.push({ key, day, vals: new Float64Array(vals), line, cell: this.hourCol >= 0 ? r.get(this.hourCol) : '24' });
      return;
    }
    if (hour === 0) this.sawHour0 = true;
    this.put(key, day, hour, vals, line);
  }

  private stationHash(r: Row, nameCol: number): number {
    return (Math.imul(nameCol >= 0 ? r.trimmedHash(nameCol) : EMPTY_HASH, 31) ^ (this.codeCol >= 0 ? r.trimmedHash(this.codeCol) : EMPTY_HASH)) >>> 0;
  }

  /** The key of a cached station whose name and code cells this row repeats, else ''. */
  private cachedKey(r: Row, nameCol: number): string {
    if (this.keyCache.size === 0) return '';
    const list = this.keyCache.get(this.stationHash(r, nameCol));
    if (!list) return '';
    for (const e of list) {
      if ((nameCol >= 0 ? r.trimmedEq(nameCol, e.name) : e.name === '') && (this.codeCol >= 0 ? r.trimmedEq(this.codeCol, e.code) : e.code === '')) {
        this.lastName = e.name;
        this.lastCode = e.code;
        this.lastKey = e.key;
        return e.key;
      }
    }
    return '';
  }

  private put(key: string, day: number, hour: number, vals: Float64Array, line: number): void {
    const ctx = this.ctx;
    const sd = this.store.get(key, day);
    const off = hour * 6;
    const v = sd.values;
    if (sd.seen[hour]) {
      let same = true;
      for (let p = 0; p < 6; p++) {
        const x = v[off + p]!, y = vals[p]!;
        if (x !== y && !(x !== x && y !== y)) { same = false; break; }
      }
      reportDuplicate(ctx, same, line, key, day, hour, v, off, vals, 0);
      return;
    }
    sd.seen[hour] = 1;
    let any = false;
    for (let p = 0; p < 6; p++) {
      const x = vals[p]!;
      v[off + p] = x;
      if (x === x) any = true;
    }
    if (any) ctx.rowsUsed++;
    noteDay(ctx, day);
  }

  finish() {
    const ctx = this.ctx;
    if (this.deferred.length > 0) {
      const label = this.hourCol >= 0 ? this.labels[this.hourCol]! : 'hour';
      if (!this.sawHour0) {
        ctx.log.add('info', 'hour-24', label, this.deferred[0]!.line, () => ({
          zh: '文件使用 1–24 时的记法：24 时记为次日 0 时',
          en: 'The file labels hours 1–24: hour 24 is taken as 00 of the next day',
        }));
        for (const d of this.deferred) this.put(d.key, d.day + 1, 0, d.vals, d.line);
      } else {
        for (const d of this.deferred) reportBadHour(ctx, d.cell, label, d.line);
      }
    }
    ctx.missing.emit(ctx.log, (c) => this.labels[c] ?? String(c));
    const co = finishCoHourly(ctx, this.co, this.store, this.pollCols[CO_INDEX]! >= 0);
    checkStations(ctx, this.store);
    return co;
  }
}

// ---------------------------------------------------------------------------------------------
// b. National wide hourly tables (date,hour,type,<site or city columns>)
// ---------------------------------------------------------------------------------------------

class WideHourlyHandler implements RowHandler {
  readonly format = 'network-wide-hourly' as const;
  private readonly ctx: Ctx;
  private readonly store: HourlyStore;
  private readonly co: CoUnit;
  private readonly dateCol: number;
  private readonly hourCol: number;
  private readonly typeCol: number;
  private readonly labels: string[];
  private readonly siteCols: number[] = [];
  private readonly siteKeys: string[] = [];
  private readonly seenKeys = new Set<number>();
  private readonly colDay: (StationDay | null)[];
  private colDayNumber = NaN;
  private lastTypeCell: string | null = null;
  private lastDateCell: string | null = null;
  private lastDateCode = DT_NOT_A_DATE;
  private lastDateDay = 0;
  private lastDateHour = -1;
  private lastType: ReturnType<typeof readWideType> = null;
  private hasCo = false;
  private sawHour0 = false;
  private readonly deferred: { cells: string[]; line: number; day: number }[] = [];
  private readonly typeSlot = new Map<string, number>();

  constructor(ctx: Ctx, infos: HeaderInfo[]) {
    this.ctx = ctx;
    this.store = new HourlyStore(ctx.ds.hourly);
    this.labels = infos.map((i) => i.label);
    const find = (f: HeaderField) => infos.findIndex((i) => i.field === f);
    this.dateCol = find('date');
    this.hourCol = find('hour');
    this.typeCol = find('type');
    infos.forEach((info, c) => {
      if (c === this.dateCol || c === this.hourCol || c === this.typeCol || info.label === '') return;
      const label = info.label;
      if (this.siteKeys.includes(label)) return; // a repeated site column: the first is read (reported in detect)
      const station: Station = isSiteCode(label)
        ? { key: label, code: label, name: label }
        : { key: label, name: label, city: label };
      if (!ctx.ds.stations.has(station.key)) ctx.ds.stations.set(station.key, station);
      this.siteCols.push(c);
      this.siteKeys.push(station.key);
    });
    this.colDay = this.siteCols.map(() => null);
    this.co = new CoUnit(ctx.settings.coUnit, null, null);
  }

  /** Slot index of a pollutant type for the per-type missing counter. */
  private slot(type: string): number {
    let s = this.typeSlot.get(type);
    if (s === undefined) { s = this.typeSlot.size; this.typeSlot.set(type, s); }
    return s;
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    if (!r.eq(this.dateCol, this.lastDateCell)) {
      const dcell = r.get(this.dateCol);
      this.lastDateCell = dcell;
      this.lastDateCode = parseDateTime(dcell, ctx.dt);
      this.lastDateDay = ctx.dt.day;
      this.lastDateHour = ctx.dt.hour;
    }
    if (this.lastDateCode !== DT_OK) { reportBadDate(ctx, this.lastDateCode, r.get(this.dateCol), this.labels[this.dateCol]!, line); return; }
    const day = this.lastDateDay;
    let hour = this.lastDateHour;
    if (this.hourCol >= 0) {
      hour = r.hour(this.hourCol);
      if (hour < 0) { reportBadHour(ctx, r.get(this.hourCol), this.labels[this.hourCol]!, line); return; }
    }
    if (hour < 0) { reportBadHour(ctx, '', this.labels[this.dateCol]!, line); return; }
    if (hour === 24) { this.deferred.push({ cells: r.cells(), line, day }); return; }
    if (hour === 0) this.sawHour0 = true;
    this.write(r, line, day, hour);
  }

  private write(r: Row, line: number, day: number, hour: number): void {
    const ctx = this.ctx;
    if (!r.trimmedEq(this.typeCol, this.lastTypeCell)) { this.lastTypeCell = r.trimmed(this.typeCol); this.lastType = readWideType(this.lastTypeCell); }
    const tcell = this.lastTypeCell!;
    const type = this.lastType;
    if (!type) {
      ctx.log.add('warning', 'unknown-type', this.labels[this.typeCol], line, () => ({
        zh: `第 ${line} 行的类型“${tcell}”无法识别，该行已舍弃`,
        en: `Row ${line}: unknown type "${tcell}"; row dropped`,
      }));
      return;
    }
    if (type.kind === 'derived') {
      ctx.log.add('info', 'derived-type', this.labels[this.typeCol], line, () => ({
        zh: `类型 ${tcell} 等派生值（AQI、24 小时或 8 小时滑动值）不读入，由小时值重新计算`,
        en: `Derived types such as ${tcell} (AQI, 24-h or 8-h rolling values) are not read; they are recomputed from hourly values`,
      }), 'derived-type');
      return;
    }
    const p = POLLUTANT_INDEX[type.pollutant];
    const isCo = type.pollutant === 'CO';
    if (isCo) this.hasCo = true;
    if (day !== this.colDayNumber) { this.colDay.fill(null); this.colDayNumber = day; }
    const dupKey = (day * 24 + hour) * 8 + p;
    const dup = this.seenKeys.has(dupKey);
    if (!dup) this.seenKeys.add(dupKey);
    const slot = this.slot(type.pollutant);
    const off = hour * 6 + p;
    let any = false, conflicts = 0, firstConflict = '';
    for (let j = 0; j < this.siteCols.length; j++) {
      const c = this.siteCols[j]!;
      let sd = this.colDay[j];
      if (!sd) { sd = this.store.get(this.siteKeys[j]!, day); this.colDay[j] = sd; }
      const v = readConc(ctx, r, c, slot, line, type.pollutant, isCo, this.co);
      if (dup) {
        const x = sd.values[off]!;
        if (x !== v && !(x !== x && v !== v)) {
          if (conflicts === 0) firstConflict = `${this.siteKeys[j]} ${x === x ? x : '—'} / ${v === v ? v : '—'}`;
          conflicts++;
        }
        continue;
      }
      sd.values[off] = v;
      sd.seen[hour] = 1;
      if (v === v) any = true;
    }
    if (dup) {
      if (conflicts === 0) reportDuplicateWide(ctx, true, line, type.pollutant, day, hour, '');
      else reportDuplicateWide(ctx, false, line, type.pollutant, day, hour, `${conflicts} 个站点不同，如 ${firstConflict}`);
      return;
    }
    if (any) ctx.rowsUsed++;
    noteDay(ctx, day);
  }

  finish() {
    const ctx = this.ctx;
    if (this.deferred.length > 0) {
      const label = this.hourCol >= 0 ? this.labels[this.hourCol]! : 'hour';
      if (!this.sawHour0) {
        ctx.log.add('info', 'hour-24', label, this.deferred[0]!.line, () => ({
          zh: '文件使用 1–24 时的记法：24 时记为次日 0 时',
          en: 'The file labels hours 1–24: hour 24 is taken as 00 of the next day',
        }));
        for (const d of this.deferred) this.write(new Row().setCells(d.cells), d.line, d.day + 1, 0);
      } else {
        for (const d of this.deferred) reportBadHour(ctx, '24', label, d.line);
      }
    }
    const names = [...this.typeSlot.keys()];
    ctx.missing.emit(ctx.log, (s) => names[s] ?? String(s));
    const co = finishCoHourly(ctx, this.co, this.store, this.hasCo);
    checkStations(ctx, this.store);
    return co;
  }
}

function reportDuplicateWide(ctx: Ctx, identical: boolean, line: number, type: string, day: number, hour: number, detail: string): void {
  if (identical) {
    ctx.log.add('info', 'duplicate-rows', undefined, line, () => ({
      zh: `重复的行（如 ${hourLabel(day, hour)} ${type}），数值相同，只计一次`,
      en: `Repeated rows with identical values (e.g. ${hourLabel(day, hour)} ${type}); counted once`,
    }));
  } else {
    ctx.log.add('warning', 'duplicate-conflict', undefined, line, () => ({
      zh: `第 ${line} 行：${hourLabel(day, hour)} ${type} 重复且数值不同（${detail}），保留先出现的行`,
      en: `Row ${line}: ${hourLabel(day, hour)} ${type} repeated with different values (${detail.replace('个站点不同，如', 'stations differ, e.g.')}); kept the first row`,
    }));
  }
}

// ---------------------------------------------------------------------------------------------
// c. Daily city tables
// ---------------------------------------------------------------------------------------------

class DailyHandler implements RowHandler {
  readonly format = 'daily-table' as const;
  private readonly ctx: Ctx;
  private readonly co: CoUnit;
  private readonly labels: string[];
  private readonly dateCol: number;
  private readonly areaCol: number;
  private readonly aqiCol: number;
  private readonly categoryCol: number;
  private readonly primaryCol: number;
  private readonly indicators: [DailyIndicator, number][];
  private readonly dt = scratchDate();

  constructor(ctx: Ctx, fields: (DailyField | null)[], labels: string[], coHeaderUnit: 'mg/m3' | 'ug/m3' | null) {
    this.ctx = ctx;
    this.labels = labels;
    const find = (f: DailyField) => fields.indexOf(f);
    this.dateCol = find('date');
    this.areaCol = find('area');
    this.aqiCol = find('aqi');
    this.categoryCol = find('category');
    this.primaryCol = find('primary');
    this.indicators = [];
    for (const ind of ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h'] as const) {
      const c = find(ind);
      if (c >= 0) this.indicators.push([ind, c]);
    }
    this.co = new CoUnit(ctx.settings.coUnit, coHeaderUnit, null);
    if (this.areaCol < 0) {
      ctx.log.add('info', 'area-from-file-name', undefined, undefined, () => ({
        zh: `日报表没有城市列：区域名取自文件名“${ctx.stem}”`,
        en: `The daily table has no city column: the area is named after the file, "${ctx.stem}"`,
      }));
    }
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    const dcell = r.get(this.dateCol);
    const rc = parseDateTime(dcell, this.dt);
    if (rc !== DT_OK) { reportBadDate(ctx, rc, dcell, this.labels[this.dateCol] ?? 'date', line); return; }
    const day = this.dt.day;
    const area = this.areaCol >= 0 ? r.trimmed(this.areaCol).replace(/^\uFEFF/, '') || ctx.stem : ctx.stem;
    const values: Partial<Record<DailyIndicator, number>> = {};
    let any = false;
    for (const [ind, c] of this.indicators) {
      const v = readConc(ctx, r, c, c, line, this.labels[c] ?? ind, ind === 'CO', this.co);
      if (v === v) { values[ind] = v; any = true; }
    }
    const row: DailyRow = { area, day, values };
    const published: NonNullable<DailyRow['published']> = {};
    if (this.aqiCol >= 0) {
      const a = r.conc(this.aqiCol);
      if (a >= 0) published.aqi = a;
    }
    if (this.categoryCol >= 0) {
      const t = r.trimmed(this.categoryCol);
      if (t && !isMissingText(t)) published.category = t;
    }
    if (this.primaryCol >= 0) {
      const t = r.trimmed(this.primaryCol);
      if (t && !isMissingText(t)) published.primary = t;
    }
    if (published.aqi !== undefined || published.category !== undefined || published.primary !== undefined) row.published = published;

    let days = ctx.ds.daily.get(area);
    if (!days) {
      days = new Map();
      ctx.ds.daily.set(area, days);
      ctx.ds.dailyIndicators.set(area, new Set(this.indicators.map(([i]) => i)));
    }
    const have = days.get(day);
    if (have) {
      if (sameDailyRow(have, row)) {
        ctx.log.add('info', 'duplicate-rows', undefined, line, () => ({
          zh: `重复的日期（如 ${area} ${isoDate(day)}，第 ${line} 行），数值相同，只计一次`,
          en: `Repeated dates with identical values (e.g. ${area} ${isoDate(day)}, row ${line}); counted once`,
        }));
      } else {
        ctx.log.add('warning', 'duplicate-conflict', undefined, line, () => ({
          zh: `第 ${line} 行：${area} ${isoDate(day)} 重复且数值不同，保留先出现的 [${formatDailyRow(have)}]，舍弃 [${formatDailyRow(row)}]`,
          en: `Row ${line}: ${area} ${isoDate(day)} repeated with different values; kept the first [${formatDailyRow(have)}], dropped [${formatDailyRow(row)}]`,
        }));
      }
      return;
    }
    days.set(day, row);
    if (any || row.published) ctx.rowsUsed++;
    noteDay(ctx, day);
  }

  finish() {
    const ctx = this.ctx;
    ctx.missing.emit(ctx.log, (c) => this.labels[c] ?? String(c));
    if (!this.indicators.some(([i]) => i === 'CO')) return undefined;
    const d = this.co.decide();
    const convert = d.unit === 'ug/m3';
    const drop = !convert && this.co.fixed === null && this.co.ambiguous > 0;
    if (convert || drop) {
      for (const days of ctx.ds.daily.values()) {
        for (const row of days.values()) {
          const v = row.values.CO;
          if (v === undefined) continue;
          if (convert) row.values.CO = ugToMg(v);
          else if (v > MAX_CO_MG) delete row.values.CO;
        }
      }
    }
    if (convert) reportCoUg(ctx, d.how);
    if (drop) reportCoAmbiguous(ctx, this.co);
    return d;
  }
}

// ---------------------------------------------------------------------------------------------
// d. Station lists, e. dust-day lists
// ---------------------------------------------------------------------------------------------

class StationListHandler implements RowHandler {
  readonly format = 'station-list' as const;
  private readonly ctx: Ctx;
  private readonly codeCol: number;
  private readonly nameCol: number;
  private readonly cityCol: number;
  private readonly bgCol: number;

  constructor(ctx: Ctx, infos: HeaderInfo[]) {
    this.ctx = ctx;
    const find = (f: HeaderField) => infos.findIndex((i) => i.field === f);
    this.codeCol = find('stationCode');
    this.nameCol = find('station');
    this.cityCol = find('city');
    this.bgCol = find('background');
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    const code = this.codeCol >= 0 ? r.trimmed(this.codeCol) : '';
    const name = this.nameCol >= 0 ? r.trimmed(this.nameCol) : '';
    if (!code && !name) {
      ctx.log.add('warning', 'missing-station', undefined, line, () => ({
        zh: `第 ${line} 行既无站点编码也无名称，已舍弃`, en: `Row ${line}: neither station code nor name; dropped`,
      }));
      return;
    }
    const st: Station = { key: code || name, name: name || code };
    if (code) st.code = code;
    const city = this.cityCol >= 0 ? r.trimmed(this.cityCol) : '';
    if (city) st.city = city;
    if (this.bgCol >= 0) {
      const b = r.trimmed(this.bgCol).toLowerCase();
      st.background = b === 'y' || b === 'yes' || b === '是' || b === '1' || b === 'true';
    }
    if (ctx.ds.stations.has(st.key)) {
      ctx.log.add('info', 'duplicate-rows', undefined, line, () => ({
        zh: `站点 ${st.key} 重复出现（第 ${line} 行），保留第一次`, en: `Station ${st.key} listed again (row ${line}); the first entry is kept`,
      }));
      return;
    }
    ctx.ds.stations.set(st.key, st);
    ctx.rowsUsed++;
  }

  finish() {
    return undefined;
  }
}

class DustDaysHandler implements RowHandler {
  readonly format = 'dust-days' as const;
  private readonly ctx: Ctx;
  private readonly dateCol: number;
  private readonly label: string;

  constructor(ctx: Ctx, dateCol: number, label: string) {
    this.ctx = ctx;
    this.dateCol = dateCol;
    this.label = label;
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    const cell = r.get(this.dateCol);
    const rc = parseDateTime(cell, ctx.dt);
    if (rc !== DT_OK) { reportBadDate(ctx, rc, cell, this.label, line); return; }
    const iso = isoDate(ctx.dt.day);
    if (ctx.ds.dustDays.has(iso)) {
      ctx.log.add('info', 'duplicate-rows', undefined, line, () => ({
        zh: `沙尘日期 ${iso} 重复（第 ${line} 行），只计一次`, en: `Dust date ${iso} repeated (row ${line}); counted once`,
      }));
      return;
    }
    ctx.ds.dustDays.add(iso);
    ctx.rowsUsed++;
    noteDay(ctx, ctx.dt.day);
  }

  finish() {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Format detection
// ---------------------------------------------------------------------------------------------

const POLLUTANT_FIELDS: ReadonlySet<HeaderField> = new Set(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3', 'O3_1h', 'O3_8h']);

/** What a user can do with a table the detector cannot read: the page's dialog, the CLI's option. */
const TELL_MAPPING = {
  zh: '请在页面弹出的“指定列含义”对话框中为每一列选择含义（日期、AQI、PM2.5 …）后读入（也可在数据面板中点该文件的“指定列含义”）；命令行用 --columns 按列的顺序写出，如 --columns date,AQI,PM2.5,PM10,SO2,NO2,CO,O3。',
  en: 'Choose what each column holds (date, AQI, PM2.5 …) in the "Map columns" dialog the page opens (or with "Map columns" beside the file in the data panel); on the command line list them in column order with --columns, e.g. --columns date,AQI,PM2.5,PM10,SO2,NO2,CO,O3.',
} as const;

type Detected = { handler: RowHandler; headerConsumed: boolean } | { reject: true; code: string; zh: string; en: string };

function detect(ctx: Ctx, sample: string[][], mapping: ColumnMapping | undefined): Detected {
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
      zh: `表格没有表头，且不是已知的布局（天气后报 11 列、aqistudy 12 列）。${TELL_MAPPING.zh}`,
      en: `The table has no header row and matches no known layout (tianqihoubao 11 columns, aqistudy 12 columns). ${TELL_MAPPING.en}`,
    };
  }

  const has = (f: HeaderField) => infos.some((i) => i.field === f);
  const idx = (f: HeaderField) => infos.findIndex((i) => i.field === f);
  const pollutantCols = infos.filter((i) => i.field !== null && POLLUTANT_FIELDS.has(i.field)).length;
  const unknownCols = infos.filter((i) => i.field === null && i.label !== '').length;
  reportDuplicateColumns(ctx, infos);

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
      zh: '找到了污染物列，但没有日期或时间列（如“日期”“date”“时间”），无法读入。',
      en: 'Pollutant columns were found but no date or time column ("日期", "date", "时间"); the file cannot be read.',
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
    zh: `无法识别文件格式：表头“${first.slice(0, 8).join(',').slice(0, 80)}”中没有可识别的日期、站点或污染物列。如果表格没有表头或表头不是这些名称：${TELL_MAPPING.zh}`,
    en: `Unknown file format: the header "${first.slice(0, 8).join(',').slice(0, 80)}" has no recognisable date, station or pollutant columns. If the table has no header row, or other header names: ${TELL_MAPPING.en}`,
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
    ctx.log.add('warning', 'duplicate-column', label, 1, () => ({
      zh: `表头中“${label}”的含义重复（第 ${a + 1} 列和第 ${c + 1} 列），只使用第 ${a + 1} 列`,
      en: `The header has duplicate "${label}" columns (${a + 1} and ${c + 1}); only column ${a + 1} is used`,
    }), `duplicate-column\u0000${c}`);
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
      zh: `列映射无法使用：${problems.map((m) => m.zh).join('')}`,
      en: `The column mapping cannot be used: ${problems.map((m) => m.en).join(' ')}`,
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
  ctx.log.add('info', 'column-mapping', undefined, undefined, () => ({
    zh: `表格没有表头，按${userGiven ? '指定的' : '识别出的'}列映射读入：${fields.map((f, c) => (f ? `${c + 1}=${f}` : '')).filter(Boolean).join('，')}`,
    en: `No header row; read with the ${userGiven ? 'given' : 'recognised'} column mapping: ${fields.map((f, c) => (f ? `${c + 1}=${f}` : '')).filter(Boolean).join(', ')}`,
  }));
  return { handler: new DailyHandler(ctx, fields, labels, null), headerConsumed };
}

// ---------------------------------------------------------------------------------------------
// The streaming reader
// ---------------------------------------------------------------------------------------------

class Ingest {
  private readonly opts: IngestOptions;
  private readonly totalBytes: number;
  private readonly ctx: Ctx;
  private readonly summary: FileSummary;
  private readonly batchChars: number;
  private bytesRead = 0;
  private pending: Uint8Array[] = [];
  private pendingLen = 0;
  private decoder: TextDecoder | null = null;
  private dead = false;
  private finished = false;
  private replacementSeen = false;
  // text not yet parsed, and what the quote scan knows about it
  private carry = '';
  private scanned = 0;
  private inQuotes = false;
  private boundary = 0;
  private quotedNewlines: number[] = [];
  /** Scan state: the character before `scanned`, a quote just closed, first irregular quote use (-1: none). */
  private prevCode = 10;
  /** The text appended since the last scan (a flat string; see `scan`). */
  private freshText = '';
  private afterClose = false;
  private irregularAt = -1;
  private delimiter: ',' | '\t' | ';' | null = null;
  private newline: '\n' | '\r\n' | '\r' = '\n';
  private cut = '\n';
  private nextLine = 1;
  private handler: RowHandler | null = null;
  private readonly row = new Row();
  private header: string[] | null = null;
  private unterminated = false;
  /** A '\r' at the end of the last text, held back until we know whether '\n' follows. */
  private pendingCR = false;
  /** Cells of the header (or first) row and of the last data row: a short, unterminated last row is a cut. */
  private width = 0;
  private lastWidth = 0;

  constructor(name: string, totalBytes: number, opts: IngestOptions) {
    this.opts = opts;
    this.totalBytes = totalBytes;
    this.batchChars = Math.max(1, opts.batchChars ?? DEFAULT_BATCH);
    const ds = emptyDataset();
    this.summary = {
      name, bytes: 0, encoding: 'unknown', delimiter: null, format: null, rows: 0, rowsUsed: 0,
      stations: [], firstDate: null, lastDate: null, rejected: false,
    };
    ds.files.push(this.summary);
    this.ctx = {
      name, stem: fileStem(name), settings: opts.settings, ds, log: new IssueLog(name), missing: new MissingCounter(),
      dt: scratchDate(), rows: 0, rowsUsed: 0, minDay: Infinity, maxDay: -Infinity,
    };
  }

  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error('push() after finish()');
    if (this.opts.shouldCancel?.()) throw new IngestCancelled();
    for (let off = 0; off < chunk.length; off += MAX_PIECE) {
      this.pushPiece(chunk.subarray(off, Math.min(chunk.length, off + MAX_PIECE)));
    }
    this.opts.onProgress?.({ bytesRead: this.bytesRead, totalBytes: this.totalBytes, rows: this.ctx.rows });
  }

  private pushPiece(piece: Uint8Array): void {
    this.bytesRead += piece.length;
    if (this.dead) return;
    if (!this.decoder) {
      this.pending.push(piece.slice());
      this.pendingLen += piece.length;
      if (this.pendingLen >= SNIFF_BYTES) this.startDecoding(false);
      return;
    }
    this.appendText(this.decoder.decode(piece, { stream: true }), false);
  }

  private startDecoding(complete: boolean): void {
    const head = new Uint8Array(this.pendingLen);
    let o = 0;
    for (const p of this.pending) { head.set(p, o); o += p.length; }
    this.pending = [];
    this.pendingLen = 0;
    const sniffed: Sniffed = sniffEncoding(head, complete);
    if (!sniffed.ok) {
      this.reject(sniffed.code, sniffed.message.zh, sniffed.message.en);
      return;
    }
    this.summary.encoding = sniffed.encoding;
    this.decoder = new TextDecoder(sniffed.label);
    this.appendText(this.decoder.decode(head, { stream: !complete }), complete);
  }

  private reject(code: string, zh: string, en: string): void {
    this.dead = true;
    this.summary.rejected = true;
    this.carry = '';
    this.ctx.log.add('error', code, undefined, undefined, () => ({ zh: `${this.ctx.name}：${zh}`, en: `${this.ctx.name}: ${en}` }));
  }

  private appendText(text: string, final: boolean): void {
    // Line endings: CRLF, LF and CR may be mixed in one file (files concatenated, edited by hand);
    // all become LF here, so no row is glued to the next. A CR at the end of a chunk waits.
    if (this.pendingCR) { text = '\r' + text; this.pendingCR = false; }
    if (text.indexOf('\r') >= 0) {
      if (!final && text.charCodeAt(text.length - 1) === 13) { text = text.slice(0, -1); this.pendingCR = true; }
      text = text.replaceAll('\r\n', '\n'); // (string replaceAll: ~2× faster than a regex here)
      if (text.indexOf('\r') >= 0) text = text.replaceAll('\r', '\n');
    }
    if (text.length > 0) {
      if (!this.replacementSeen && text.includes('\uFFFD')) {
        this.replacementSeen = true;
        this.ctx.log.add('warning', 'decoding-error', undefined, undefined, () => ({
          zh: '文件中有无法按所识别的编码解码的字节（显示为 �），相应文字可能有误',
          en: 'Some bytes could not be decoded with the detected encoding (shown as �); the text there may be wrong',
        }));
      }
      this.carry = this.carry.length === 0 ? text : this.carry + text;
      this.freshText = text;
    }
    if (this.delimiter === null && !this.sniffLayout(final)) return;
    this.scan();
    // The first batch decides the format from the header and sample rows: it is at least 64 Ki
    // characters (or the whole file), whatever `batchChars` says.
    const need = this.handler ? this.batchChars : SNIFF_BYTES;
    if (this.boundary >= need) this.flush(false);
  }

  /** Newline and delimiter from the first record (counted outside quotes). */
  private sniffLayout(final: boolean): boolean {
    const s = this.carry;
    let end = -1, q = false;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 34) q = !q;
      else if (!q && (ch === 10 || ch === 13)) { end = i; break; }
    }
    if (end < 0 && !final) {
      if (s.length < SNIFF_BYTES) return false;
      end = s.length;
    }
    if (end < 0) end = s.length;
    if (s.charCodeAt(end) === 13) {
      this.newline = s.charCodeAt(end + 1) === 10 ? '\r\n' : end + 1 < s.length || final ? '\r' : '\r\n';
    }
    this.cut = this.newline === '\r' ? '\r' : '\n';
    const line = s.slice(0, end);
    const counts = { ',': 0, '\t': 0, ';': 0 };
    q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"') q = !q;
      else if (!q && (ch === ',' || ch === '\t' || ch === ';')) counts[ch]++;
    }
    let best: ',' | '\t' | ';' = ',';
    if (counts['\t'] > counts[best]) best = '\t';
    if (counts[';'] > counts[best]) best = ';';
    this.delimiter = best;
    this.summary.delimiter = best;
    return true;
  }

  /**
   * Advances the quote scan over new text, one pass: `boundary` = end of the last complete record
   * (a newline outside quotes), newlines inside quotes, and the first "irregular" quote use — a
   * quote not at a field's edges, a delimiter or newline inside quotes, an escaped `""`. Text
   * before the first irregular position only has quotes around plain fields ("NNW"), so removing
   * them gives the same cells and lets papaparse take its fast path (UCI quotes every row).
   */
  private scan(): void {
    // Scan only the newly appended text when possible: it is a flat string, while `carry` is
    // usually a concatenation (slow to index character by character).
    const fresh = this.freshText;
    this.freshText = '';
    const whole = this.carry;
    const base = whole.length - fresh.length;
    const s = fresh.length > 0 && base === this.scanned ? fresh : whole;
    const off = s === whole ? 0 : base;
    const n = s.length;
    const cutC = this.cut.charCodeAt(0);
    const delC = (this.delimiter ?? ',').charCodeAt(0);
    let q = this.inQuotes, prev = this.prevCode, afterClose = this.afterClose, bad = this.irregularAt;
    const qnl = this.quotedNewlines;
    const start = this.scanned - off;
    const qnlBefore = qnl.length;
    // Jumps from quote to quote (indexOf): outside quotes only the character before an opening
    // quote matters; inside quotes every character is looked at (newlines and delimiters there).
    for (let i = start; i < n;) {
      if (!q) {
        if (afterClose) {
          afterClose = false;
          const c = s.charCodeAt(i);
          if (c !== delC && c !== cutC && c !== 34 && bad < 0) bad = off + i;
        }
        const j = s.indexOf('"', i);
        if (j < 0) { prev = s.charCodeAt(n - 1); break; }
        const p = j > i ? s.charCodeAt(j - 1) : prev;
        if (p !== delC && p !== cutC && bad < 0) bad = off + j;
        q = true;
        prev = 34;
        i = j + 1;
      } else {
        const j = s.indexOf('"', i);
        const end = j < 0 ? n : j;
        for (let k = i; k < end; k++) {
          const c = s.charCodeAt(k);
          if (c === cutC) { qnl.push(off + k); if (bad < 0) bad = off + k; }
          else if (c === delC && bad < 0) bad = off + k;
        }
        if (j < 0) { if (end > i) prev = s.charCodeAt(n - 1); break; }
        q = false;
        afterClose = true;
        prev = 34;
        i = j + 1;
      }
    }
    // The boundary: the last newline of the new text that is not inside quotes (those were all
    // recorded in quotedNewlines just now, in order).
    let b = this.boundary;
    let qi = qnl.length - 1;
    for (let k = s.lastIndexOf(this.cut); k >= start; k = k > 0 ? s.lastIndexOf(this.cut, k - 1) : -1) {
      while (qi >= qnlBefore && qnl[qi]! > off + k) qi--;
      if (qi >= qnlBefore && qnl[qi] === off + k) { qi--; continue; }
      b = off + k + 1;
      break;
    }
    this.inQuotes = q;
    this.boundary = b;
    this.prevCode = prev;
    this.afterClose = afterClose;
    this.irregularAt = bad;
    this.scanned = whole.length;
  }

  /** Parses the complete records (all text when `final`). */
  /** True when the complete records before `b` hold at least SAMPLE_ROWS non-blank rows. */
  private hasSample(b: number): boolean {
    const cut = this.cut;
    let lines = 0;
    for (let k = this.carry.indexOf(cut); k >= 0 && k < b; k = this.carry.indexOf(cut, k + 1)) lines++;
    if (lines - this.quotedNewlines.length < SAMPLE_ROWS) {
      // Cheap bound first (records ≤ line breaks outside quotes); then count non-blank rows exactly.
      if (lines < SAMPLE_ROWS) return false;
    }
    const text = this.carry.slice(0, b);
    let n = 0;
    if (this.inPlace(text, this.irregularAt < 0 || this.irregularAt >= b)) {
      const delC = (this.delimiter ?? ',').charCodeAt(0);
      for (let pos = 0; pos <= text.length;) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0) nl = text.length;
        if (!blankLine(text, pos, nl, delC) && ++n >= SAMPLE_ROWS) return true;
        pos = nl + 1;
      }
      return false;
    }
    const data = Papa.parse<string[]>(text, { delimiter: this.delimiter ?? ',', newline: this.newline, quoteChar: '"', header: false, skipEmptyLines: false }).data;
    for (const r of data) if (!isBlankRow(r) && ++n >= SAMPLE_ROWS) return true;
    return false;
  }

  /** True when `text` can be read in place (`Row.splitLine`) rather than by papaparse. */
  private inPlace(text: string, plainQuotes: boolean): boolean {
    return plainQuotes && !this.dead && this.cut === '\n' && this.opts.parser !== 'papaparse' && !startsWithBom(text);
  }

  private flush(final: boolean): void {
    let text: string;
    let hasQuotedNl: boolean;
    let plainQuotes: boolean;
    if (final) {
      text = this.carry;
      hasQuotedNl = this.quotedNewlines.length > 0;
      plainQuotes = this.irregularAt < 0 && !this.inQuotes;
      this.carry = '';
      this.quotedNewlines = [];
      if (this.inQuotes) this.unterminated = true;
    } else {
      const b = this.boundary;
      if (b === 0) return;
      // The format is decided on the first SAMPLE_ROWS rows whatever the chunking: until they are
      // all here (or the file ends), nothing is consumed.
      if (!this.handler && !this.dead && !this.hasSample(b)) return;
      text = this.carry.slice(0, b);
      this.carry = this.carry.slice(b);
      hasQuotedNl = this.quotedNewlines.length > 0 && this.quotedNewlines[0]! < b;
      plainQuotes = this.irregularAt < 0 || this.irregularAt >= b;
      // The rest is the start of one record (after a newline outside quotes): scan it afresh.
      this.scanned = 0;
      this.boundary = 0;
      this.inQuotes = false;
      this.prevCode = 10;
      this.afterClose = false;
      this.irregularAt = -1;
      this.quotedNewlines = [];
      this.scan();
    }
    if (text.length === 0) return;
    if (this.inPlace(text, plainQuotes)) {
      const from = this.handler ? 0 : this.detectPlain(text);
      if (from >= 0) this.readPlain(text, from, final);
      return;
    }
    if (plainQuotes && text.indexOf('"') >= 0) text = text.replaceAll('"', '');
    const res = Papa.parse<string[]>(text, { delimiter: this.delimiter ?? ',', newline: this.newline, quoteChar: '"', header: false, skipEmptyLines: false });
    const data = res.data;
    // Quote errors (a quote opened and never closed swallows the rows after it into one cell).
    let quoteErrors: Map<number, string> | null = null;
    for (const err of res.errors) {
      if (err.type !== 'Quotes' || err.row === undefined) continue;
      quoteErrors ??= new Map();
      if (!quoteErrors.has(err.row)) quoteErrors.set(err.row, err.code);
    }
    let line = this.nextLine;
    let i = 0;
    if (!this.handler) {
      while (i < data.length && isBlankRow(data[i]!)) { line += lineSpan(data[i]!, hasQuotedNl); i++; }
      if (i >= data.length) { this.nextLine = endsWith(text, this.cut) ? line - 1 : line; return; }
      const sample: string[][] = [];
      for (let k = i; k < data.length && sample.length < SAMPLE_ROWS; k++) if (!isBlankRow(data[k]!)) sample.push(data[k]!);
      const d = detect(this.ctx, sample, this.opts.columnMapping);
      if ('reject' in d) {
        this.reject(d.code, d.zh, d.en);
        return;
      }
      this.handler = d.handler;
      this.summary.format = d.handler.format;
      this.width = data[i]!.length;
      if (d.headerConsumed) { this.header = data[i]!; line += lineSpan(data[i]!, hasQuotedNl); i++; }
    }
    const h = this.handler;
    const unterminatedEnd = final && !endsWith(text, this.cut);
    const hdr = this.header;
    const hdr0 = hdr ? hdr[0] : undefined;
    const row = this.row;
    for (; i < data.length; i++) {
      const cells = data[i]!;
      const at = line;
      line += lineSpan(cells, hasQuotedNl);
      if (cells.length === 1 ? cells[0]!.trim() === '' : isBlankRow(cells)) continue;
      if (cells[0] === hdr0 && hdr && sameCells(cells, hdr)) {
        this.ctx.log.add('info', 'repeated-header', undefined, at, () => ({
          zh: `第 ${at} 行重复了表头（多个导出文件拼接而成？），已跳过`,
          en: `Row ${at} repeats the header (concatenated exports?); skipped`,
        }));
        continue;
      }
      if (quoteErrors?.has(i)) {
        const code = quoteErrors.get(i)!;
        this.ctx.log.add('warning', 'malformed-quotes', undefined, at, () => ({
          zh: `第 ${at} 行的引号不成对（${code}）：该行以及被并入同一个带引号单元格的后续行可能未被正确读入`,
          en: `Row ${at}: unbalanced quotes (${code}); this row and any rows swallowed into the same quoted cell may not have been read correctly`,
        }));
      }
      if (unterminatedEnd && i === data.length - 1 && cells.length < this.width && cells.length < this.lastWidth) {
        // The file stops inside this row (a half-finished download): its last cell may be cut
        // ("61" → "6"), so the row is not used.
        const n = cells.length, w = this.width;
        this.ctx.log.add('warning', 'incomplete-last-row', undefined, at, () => ({
          zh: `第 ${at} 行（文件最后一行）只有 ${n} 列而表头有 ${w} 列，文件可能不完整（未下载完？），该行已舍弃`,
          en: `Row ${at} (the last row) has ${n} of ${w} columns: the file may be incomplete (download cut short?); row dropped`,
        }));
        continue;
      }
      this.lastWidth = cells.length;
      h.row(row.setCells(cells), at);
    }
    this.nextLine = !final && endsWith(text, this.cut) ? line - 1 : line;
  }

  /**
   * The same as the papaparse loop of `flush` for a batch whose quotes only wrap plain fields (or
   * that has none, the common case): records split at '\n', fields at the delimiter, read in place
   * by `Row` without a substring or an array per cell. Called once the header is known.
   */
  /**
   * The first batch read in place: leading blank rows skipped, the format detected from the first
   * SAMPLE_ROWS non-blank rows (as the papaparse path does), the header consumed. Returns where
   * the data rows start (`nextLine` is their line), or -1 when the file is refused or all blank.
   */
  private detectPlain(text: string): number {
    const row = this.row, delC = (this.delimiter ?? ',').charCodeAt(0), n = text.length;
    let line = this.nextLine, firstEnd = -1;
    const starts: number[] = [];
    for (let pos = 0; pos <= n && starts.length < SAMPLE_ROWS;) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = n;
      if (!blankLine(text, pos, nl, delC)) {
        if (starts.length === 0) firstEnd = nl;
        starts.push(pos);
      } else if (starts.length === 0) {
        line++;
      }
      pos = nl + 1;
    }
    if (starts.length === 0) {
      this.nextLine = endsWith(text, this.cut) ? line - 1 : line;
      return -1;
    }
    const first = starts[0]!;
    row.splitLine(text, first, n, delC);
    const sample: string[][] = [row.cells()];
    // With a recognised header, `detect` reads only the first HEADER_SAMPLE_ROWS rows: the others
    // are not split into cells (wide national tables have 370 columns).
    const want = sample[0]!.some((c) => readHeader(c).field !== null) ? Math.min(HEADER_SAMPLE_ROWS, starts.length) : starts.length;
    for (let k = 1; k < want; k++) {
      row.splitLine(text, starts[k]!, n, delC);
      sample.push(row.cells());
    }
    const d = detect(this.ctx, sample, this.opts.columnMapping);
    if ('reject' in d) {
      this.reject(d.code, d.zh, d.en);
      return -1;
    }
    this.handler = d.handler;
    this.summary.format = d.handler.format;
    this.width = sample[0]!.length;
    if (!d.headerConsumed) { this.nextLine = line; return first; }
    this.header = sample[0]!;
    this.nextLine = line + 1;
    return firstEnd + 1;
  }

  private readPlain(text: string, from: number, final: boolean): void {
    const h = this.handler!;
    const row = this.row;
    const hdr = this.header;
    const hdr0 = hdr ? hdr[0]! : null;
    const delC = (this.delimiter ?? ',').charCodeAt(0);
    const n = text.length;
    const unterminatedEnd = final && !endsWith(text, this.cut);
    let line = this.nextLine;
    for (let pos = from; pos <= n;) {
      const nl = row.splitLine(text, pos, n, delC);
      const last = nl >= n;
      const at = line++;
      pos = nl + 1;
      if (row.blank()) { if (last) break; continue; }
      if (hdr && row.eq(0, hdr0) && sameCells(row.cells(), hdr)) {
        this.ctx.log.add('info', 'repeated-header', undefined, at, () => ({
          zh: `第 ${at} 行重复了表头（多个导出文件拼接而成？），已跳过`,
          en: `Row ${at} repeats the header (concatenated exports?); skipped`,
        }));
      } else if (unterminatedEnd && last && row.length < this.width && row.length < this.lastWidth) {
        const k = row.length, w = this.width;
        this.ctx.log.add('warning', 'incomplete-last-row', undefined, at, () => ({
          zh: `第 ${at} 行（文件最后一行）只有 ${k} 列而表头有 ${w} 列，文件可能不完整（未下载完？），该行已舍弃`,
          en: `Row ${at} (the last row) has ${k} of ${w} columns: the file may be incomplete (download cut short?); row dropped`,
        }));
      } else {
        this.lastWidth = row.length;
        h.row(row, at);
      }
      if (last) break;
    }
    this.nextLine = !final && endsWith(text, this.cut) ? line - 1 : line;
  }

  finish(): Dataset {
    if (this.finished) throw new Error('finish() called twice');
    this.finished = true;
    if (!this.dead && !this.decoder) this.startDecoding(true);
    if (!this.dead && this.decoder) {
      this.appendText(this.decoder.decode(), true);
      if (!this.dead && this.delimiter !== null) this.flush(true);
    }
    const ctx = this.ctx;
    const s = this.summary;
    s.bytes = this.bytesRead;
    if (this.unterminated && !this.dead) {
      ctx.log.add('warning', 'unterminated-quote', undefined, undefined, () => ({
        zh: '文件末尾有未闭合的引号，最后一行可能不完整', en: 'An unterminated quote at the end of the file; the last row may be incomplete',
      }));
    }
    if (this.handler && !this.dead) {
      const co = this.handler.finish();
      if (co) s.coUnit = co;
    }
    s.rows = ctx.rows;
    s.rowsUsed = ctx.rowsUsed;
    if (s.format === 'daily-table') s.stations = [...ctx.ds.daily.keys()];
    else s.stations = [...ctx.ds.stations.keys()];
    if (ctx.minDay <= ctx.maxDay) { s.firstDate = isoDate(ctx.minDay); s.lastDate = isoDate(ctx.maxDay); }
    if (!s.rejected && ctx.rowsUsed === 0) {
      s.rejected = true;
      const what = this.handler ? '没有可用的数据行' : '没有任何内容';
      ctx.log.add('error', 'no-usable-rows', undefined, undefined, () => ({
        zh: `${ctx.name}：${what}，文件未被使用`,
        en: `${ctx.name}: ${this.handler ? 'no usable data rows' : 'no content'}; the file is not used`,
      }));
    }
    ctx.ds.issues = ctx.log.list();
    return ctx.ds;
  }
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.trim() !== b[i]!.trim()) return false;
  return true;
}

/** True when `text[from, to)` has nothing but whitespace, delimiters and quotes (a blank row of a plain batch). */
function blankLine(text: string, from: number, to: number, delC: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== delC && c !== 34 && !isTrimmed(c)) return false;
  }
  return true;
}

/** Papaparse drops a BOM at the start of its input (after the quotes are removed): such batches go through it. */
function startsWithBom(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 34) i++;
  return text.charCodeAt(i) === 0xfeff;
}

function endsWith(text: string, cut: string): boolean {
  return text.length > 0 && text[text.length - 1] === cut;
}

/** Physical lines taken by a record (1 + newlines inside quoted cells). */
function lineSpan(cells: readonly string[], hasQuotedNl: boolean): number {
  if (!hasQuotedNl) return 1;
  let n = 1;
  for (const c of cells) {
    for (let k = c.indexOf('\n'); k >= 0; k = c.indexOf('\n', k + 1)) n++;
  }
  return n;
}
