/**
 * b. National wide hourly tables (`date,hour,type,<site or city columns>`, the CNEMC exports): one
 * row per hour and type, one column per site (`1001A`) or city. Derived types (AQI, 24 h and 8 h
 * rolling values) are not read: they are recomputed from the hourly values (HJ 663).
 */
import { POLLUTANT_INDEX } from '../../types.ts';
import type { Station, StationDay } from '../../types.ts';
import { CoUnit } from '../coUnit.ts';
import { MAX_UG, noteDay, readConc, reportBadDate, reportBadHour, settleConc } from '../context.ts';
import type { Ctx, RowHandler } from '../context.ts';
import { isSiteCode, readWideType } from '../headers.ts';
import type { HeaderField, HeaderInfo } from '../headers.ts';
import { Hour24, HourlyStore, hourLabel } from '../hourlyStore.ts';
import { Row } from '../row.ts';
import { HOURS, hourOffset } from '../stationDay.ts';
import { CELL_MISSING, DT_NOT_A_DATE, DT_OK, POW10, parseDateTime, readNumber } from '../values.ts';
import { issueText } from '../../text/issues.ts';

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

export class WideHourlyHandler implements RowHandler {
  readonly format = 'network-wide-hourly' as const;
  readonly headCells: number;
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
  private readonly hour24 = new Hour24<{ cells: string[]; day: number }>();
  private readonly typeSlot = new Map<string, number>();
  /** UTF-8 bytes of the row being read (`writeRest`), reused. */
  private scratch = new Uint8Array(0);

  constructor(ctx: Ctx, infos: HeaderInfo[]) {
    this.ctx = ctx;
    this.store = new HourlyStore(ctx.ds.hourly);
    this.labels = infos.map((i) => i.label);
    const find = (f: HeaderField) => infos.findIndex((i) => i.field === f);
    this.dateCol = find('date');
    this.hourCol = find('hour');
    this.typeCol = find('type');
    this.headCells = Math.max(this.dateCol, this.hourCol, this.typeCol) + 1;
    const taken = new Set<string>();
    infos.forEach((info, c) => {
      if (c === this.dateCol || c === this.hourCol || c === this.typeCol || info.label === '') return;
      const label = info.label;
      if (taken.has(label)) return; // a repeated site column: the first is read (reported in detect)
      taken.add(label);
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
    if (this.hour24.is24(hour)) { this.hour24.keep({ cells: r.cells(), day }, line, '24'); return; }
    this.write(r, line, day, hour);
  }

  private write(r: Row, line: number, day: number, hour: number): void {
    const ctx = this.ctx;
    if (!r.trimmedEq(this.typeCol, this.lastTypeCell)) { this.lastTypeCell = r.trimmed(this.typeCol); this.lastType = readWideType(this.lastTypeCell); }
    const tcell = this.lastTypeCell!;
    const type = this.lastType;
    if (!type) {
      ctx.log.add('warning', 'unknown-type', this.labels[this.typeCol], line, () => issueText('issue_unknownType', { line, type: tcell }));
      return;
    }
    if (type.kind === 'derived') {
      ctx.log.add('info', 'derived-type', this.labels[this.typeCol], line, () => issueText('issue_derivedType', { type: tcell }), 'derived-type');
      return;
    }
    const p = POLLUTANT_INDEX[type.pollutant];
    const isCo = type.pollutant === 'CO';
    if (isCo) this.hasCo = true;
    if (day !== this.colDayNumber) { this.colDay.fill(null); this.colDayNumber = day; }
    const dupKey = (day * HOURS + hour) * 8 + p;
    const dup = this.seenKeys.has(dupKey);
    if (!dup) this.seenKeys.add(dupKey);
    const slot = this.slot(type.pollutant);
    const off = hourOffset(hour) + p;
    const rest = dup ? null : r.rest();
    if (rest && (this.siteCols.length === 0 || this.siteCols[0]! >= rest.cell)) {
      if (this.writeRest(rest, line, day, hour, off, slot, type.pollutant, isCo)) ctx.rowsUsed++;
      noteDay(ctx, day);
      return;
    }
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
      reportDuplicateWide(ctx, line, type.pollutant, day, hour, conflicts, firstConflict);
      return;
    }
    if (any) ctx.rowsUsed++;
    noteDay(ctx, day);
  }

  /**
   * The site cells of a row not yet split (`Row.rest`), read in one pass: the row's text is
   * encoded to UTF-8 bytes once (delimiters and digits are ASCII, so a byte scan finds them), plain
   * decimals (`12`, `0.623`) are parsed as they are scanned, exactly as `parseDecimal` reads them
   * (an integer below 10^15, then one division by an exact power of ten); any other cell (empty,
   * quoted, signed, text, padded) is decoded and goes through `readNumber`, the reader `readConc`
   * uses, so every value and every reported issue is what the cell-by-cell loop gives.
   * Returns true when any value was read.
   */
  private writeRest(rest: NonNullable<ReturnType<Row['rest']>>, line: number, day: number, hour: number, off: number, slot: number, label: string, isCo: boolean): boolean {
    const ctx = this.ctx, cols = this.siteCols, ncols = cols.length, co = this.co;
    const piece = rest.text.slice(rest.from, rest.end);
    if (this.scratch.length < piece.length * 3) this.scratch = new Uint8Array(piece.length * 3 + 1024);
    const bytes = this.scratch;
    const end = ENCODER.encodeInto(piece, bytes).written;
    const delC = rest.delC;
    let any = false, j = 0, cell = rest.cell, p = 0;
    while (j < ncols) {
      let e = p, m = 0, sig = 0, frac = 0, digits = 0, dot = false, plain = true;
      for (; e < end; e++) {
        const c = bytes[e]!;
        if (c === delC) break;
        const d = c - 48;
        if (d >= 0 && d <= 9) {
          digits++;
          if (m !== 0 || d !== 0) sig++;
          m = m * 10 + d;
          if (dot) frac++;
        } else if (c === 46 && !dot) {
          dot = true;
        } else {
          plain = false;
        }
      }
      if (cell === cols[j]) {
        let x: number;
        if (plain && digits > 0 && sig <= 15 && frac <= 22) {
          const v = frac === 0 ? m : m / POW10[frac]!;
          x = !isCo && v <= MAX_UG ? v : settleConc(ctx, v, () => DECODER.decode(bytes.subarray(p, e)), slot, line, label, isCo, co);
        } else if (p === e) {
          ctx.missing.hit(slot, line, ''); // an empty cell: what settleConc does with it
          x = NaN;
        } else {
          let a = p, b = e;
          if (b - a >= 2 && bytes[a] === 34 && bytes[b - 1] === 34) { a++; b--; }
          const cellText = a === b ? '' : DECODER.decode(bytes.subarray(a, b));
          x = settleConc(ctx, a === b ? CELL_MISSING : readNumber(cellText), () => cellText, slot, line, label, isCo, co);
        }
        let sd = this.colDay[j];
        if (!sd) { sd = this.store.get(this.siteKeys[j]!, day); this.colDay[j] = sd; }
        sd.values[off] = x;
        sd.seen[hour] = 1;
        if (x === x) any = true;
        j++;
      }
      if (e >= end) break;
      p = e + 1;
      cell++;
    }
    // Site columns past the row's last cell: missing, as `readConc` reads them.
    for (; j < ncols; j++) {
      const x = settleConc(ctx, CELL_MISSING, () => '', slot, line, label, isCo, co);
      let sd = this.colDay[j];
      if (!sd) { sd = this.store.get(this.siteKeys[j]!, day); this.colDay[j] = sd; }
      sd.values[off] = x;
      sd.seen[hour] = 1;
    }
    return any;
  }

  finish() {
    const ctx = this.ctx;
    this.hour24.settle(ctx, this.hourCol >= 0 ? this.labels[this.hourCol]! : 'hour', (d, line) => this.write(new Row().setCells(d.cells), line, d.day + 1, 0));
    const names = [...this.typeSlot.keys()];
    ctx.missing.emit(ctx.log, (s) => names[s] ?? String(s));
    const co = this.store.settleCo(this.co, ctx.log, this.hasCo);
    this.store.checkStations(ctx.log);
    return co;
  }
}

function reportDuplicateWide(ctx: Ctx, line: number, type: string, day: number, hour: number, conflicts: number, example: string): void {
  if (conflicts === 0) {
    ctx.log.add('info', 'duplicate-rows', undefined, line, () => issueText('issue_repeatedWideRowSame', { hour: hourLabel(day, hour), type }));
  } else {
    ctx.log.add('warning', 'duplicate-conflict', undefined, line, () => issueText('issue_repeatedWideRowDiffers', { line, hour: hourLabel(day, hour), type, count: conflicts, example }));
  }
}
