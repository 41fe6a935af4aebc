/**
 * a. Long station-hourly tables: one row per station and hour (`date,hour,station,PM2.5,…`, the
 * UCI `year,month,day,hour,…,station` layout, city-level hourly tables). Values in GB 3095-2012
 * Table 1 units after the CO decision; hours 0..23 (HJ 633), 1–24 exports via `Hour24`.
 */
import { POLLUTANTS, POLLUTANT_INDEX } from '../../types.ts';
import { CoUnit } from '../coUnit.ts';
import { MAX_UG, readConc, reportBadDate, reportBadHour, noteDay } from '../context.ts';
import type { Ctx, RowHandler } from '../context.ts';
import type { HeaderField, HeaderInfo } from '../headers.ts';
import { Hour24, HourlyStore, hourLabel, writeHour } from '../hourlyStore.ts';
import { EMPTY_HASH } from '../row.ts';
import type { Row } from '../row.ts';
import { formatHour, hourOffset, sameSlots } from '../stationDay.ts';
import { DT_NOT_A_DATE, DT_OK, parseDateTime } from '../values.ts';
import { issueText } from '../../text/issues.ts';

const CO_INDEX = POLLUTANT_INDEX.CO;

export class LongHourlyHandler implements RowHandler {
  readonly format = 'station-hourly-long' as const;
  /** Plain batches are read as UTF-8 bytes: the concentrations are parsed as the row is split. */
  readonly byteRows = true;
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
  private readonly hour24 = new Hour24<{ key: string; day: number; vals: Float64Array }>();
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
      ctx.log.add('info', 'no-station-column', undefined, undefined, () => issueText('issue_noStationColumnCity', {}));
    } else if (this.stationCol < 0 && this.codeCol < 0) {
      ctx.log.add('info', 'no-station-column', undefined, undefined, () => issueText('issue_noStationColumnFile', { station: ctx.stem }));
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
      ctx.log.add('warning', 'no-hour', label, line, () => issueText('issue_noHour', { line, column: label }));
      return;
    }
    const key = this.stationKey(r, line);
    if (key === '') return;
    // --- values
    const vals = this.vals;
    for (let p = 0; p < 6; p++) {
      const c = this.pollCols[p]!;
      if (c < 0) { vals[p] = NaN; continue; }
      // A plausible µg/m³ value is stored as read, a CO value checked by the CO unit (what readConc
      // does with them); anything else is settled and reported by readConc.
      const v = r.conc(c);
      if (p === CO_INDEX) vals[p] = v >= 0 ? this.co.check(v, line, this.labels[c]!, ctx.log) : readConc(ctx, r, c, c, line, this.labels[c]!, true, this.co);
      else vals[p] = v >= 0 && v <= MAX_UG ? v : readConc(ctx, r, c, c, line, this.labels[c]!, false, this.co);
    }
    if (this.hour24.is24(hour)) {
      this.hour24.keep({ key, day, vals: new Float64Array(vals) }, line, this.hourCol >= 0 ? r.get(this.hourCol) : '24');
      return;
    }
    this.put(key, day, hour, vals, line);
  }

  /**
   * The station of a row: its code, else its name (without a station column, a city column names
   * the series: a city-level hourly table; without either, the file name). '' when the row has
   * none (reported, the row is dropped).
   */
  private stationKey(r: Row, line: number): string {
    const ctx = this.ctx;
    const nameCol = this.stationCol >= 0 ? this.stationCol : this.codeCol < 0 ? this.cityCol : -1;
    if ((nameCol >= 0 ? r.trimmedEq(nameCol, this.lastName) : this.lastName === '')
      && (this.codeCol >= 0 ? r.trimmedEq(this.codeCol, this.lastCode) : this.lastCode === '')) {
      return this.lastKey;
    }
    // A station seen before (stations interleaved hour by hour): no substring, no map lookup.
    const cached = this.cachedKey(r, nameCol);
    if (cached !== '') return cached;
    const name = nameCol >= 0 ? r.trimmed(nameCol) : '';
    const code = this.codeCol >= 0 ? r.trimmed(this.codeCol) : '';
    const key = code || name || (nameCol < 0 && this.codeCol < 0 ? ctx.stem : '');
    if (!key) {
      const label = this.labels[this.stationCol] ?? 'station';
      ctx.log.add('warning', 'missing-station', label, line, () => issueText('issue_missingStationName', { line }));
      return '';
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
    return key;
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

  /** Stores one station-hour; a repeat is reported (identical: info; different: warning, first kept). */
  private put(key: string, day: number, hour: number, vals: Float64Array, line: number): void {
    const ctx = this.ctx;
    const sd = this.store.get(key, day);
    if (sd.seen[hour]) {
      const off = hourOffset(hour);
      reportDuplicate(ctx, sameSlots(sd.values, off, vals, 0), line, key, day, hour, sd.values, off, vals);
      return;
    }
    if (writeHour(sd, hour, vals)) ctx.rowsUsed++;
    noteDay(ctx, day);
  }

  finish() {
    const ctx = this.ctx;
    this.hour24.settle(ctx, this.hourCol >= 0 ? this.labels[this.hourCol]! : 'hour', (d, line) => this.put(d.key, d.day + 1, 0, d.vals, line));
    ctx.missing.emit(ctx.log, (c) => this.labels[c] ?? String(c));
    const co = this.store.settleCo(this.co, ctx.log, this.pollCols[CO_INDEX]! >= 0);
    this.store.checkStations(ctx.log);
    return co;
  }
}

/** Records duplicate station-hours inside one file (identical: info; different: warning, first kept). */
function reportDuplicate(ctx: Ctx, identical: boolean, line: number, station: string, day: number, hour: number, first: Float64Array, firstOff: number, again: Float64Array): void {
  if (identical) {
    ctx.log.add('info', 'duplicate-rows', undefined, line, () => issueText('issue_repeatedHourSame', { line, station, hour: hourLabel(day, hour) }));
  } else {
    ctx.log.add('warning', 'duplicate-conflict', undefined, line, () => issueText('issue_repeatedHourDiffers', {
      line, station, hour: hourLabel(day, hour), kept: formatHour(first, firstOff), dropped: formatHour(again, 0),
    }));
  }
}
