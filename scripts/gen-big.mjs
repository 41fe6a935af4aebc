/**
 * Big-input generators for the robustness tests (nothing here is committed data: files are written
 * into a temp dir at test time and deleted after).
 *
 *  - writeLongHourly(file, {rows | bytes, stations}): the long station-hourly layout of the demo
 *    (`date,hour,station_code,station,city,PM2.5,PM10,SO2,NO2,CO,O3`), stations interleaved hour by
 *    hour from 2015-01-01 00:00 on, deterministic pseudo-random plausible values.
 *  - writeWideDaily(dir, {days, sites}): one national-network file per day in the wide layout
 *    `date,hour,type,<site columns>` (24 hours × 15 types, as the national exports carry).
 *
 * CLI: `node scripts/gen-big.mjs long <file> <MB>` or `node scripts/gen-big.mjs wide <dir> <days>`.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

export const LONG_HEADER = 'date,hour,station_code,station,city,PM2.5,PM10,SO2,NO2,CO,O3';
const STATION_NAMES = ['尖草坪', '涧河', '上兰', '晋源', '小店', '桃园', '坞城', '南寨', '金胜', '巨轮'];

/** Civil date 'YYYY-MM-DD' of a day number (UTC arithmetic, no time zone involved). */
function iso(day) {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** xorshift32: deterministic values without Math.random. */
function rng(seed) {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/**
 * Writes a long station-hourly CSV. Stop at `rows` data rows, or once the file reaches `bytes`.
 * Returns { rows, bytes, stations, firstDay, lastDay } (day numbers since 1970-01-01).
 */
export function writeLongHourly(file, { rows = Infinity, bytes = Infinity, stations = 10 } = {}) {
  const fd = openSync(file, 'w');
  const r = rng(12345);
  const start = Date.UTC(2015, 0, 1) / 86_400_000;
  const codes = Array.from({ length: stations }, (_, i) => `${1081 + i}A`);
  const names = Array.from({ length: stations }, (_, i) => STATION_NAMES[i % STATION_NAMES.length] + (i >= STATION_NAMES.length ? i : ''));
  let written = 0;
  let n = 0;
  let buf = LONG_HEADER + '\n';
  let day = start, hour = 0, s = 0;
  let dateText = iso(day);
  while (n < rows && written + buf.length < bytes) {
    const pm25 = Math.floor(r() * 300);
    buf += `${dateText},${hour},${codes[s]},${names[s]},太原,${pm25},${pm25 + Math.floor(r() * 150)},${Math.floor(r() * 80)},${Math.floor(r() * 120)},${(r() * 4).toFixed(1)},${Math.floor(r() * 250)}\n`;
    n++;
    if (++s === stations) {
      s = 0;
      if (++hour === 24) { hour = 0; day++; dateText = iso(day); }
    }
    if (buf.length > 1 << 22) { written += writeSync(fd, buf); buf = ''; }
  }
  written += writeSync(fd, buf);
  closeSync(fd);
  const lastHour = s === 0 ? (hour === 0 ? day - 1 : day) : day;
  return { rows: n, bytes: written, stations, firstDay: start, lastDay: lastHour };
}

const WIDE_TYPES = ['AQI', 'PM2.5', 'PM2.5_24h', 'PM10', 'PM10_24h', 'SO2', 'SO2_24h', 'NO2', 'NO2_24h', 'O3', 'O3_24h', 'O3_8h', 'O3_8h_24h', 'CO', 'CO_24h'];

/**
 * Writes `days` national wide files (`china_sites_YYYYMMDD.csv`) with `sites` site columns
 * (1001A, 1002A, …) into `dir`. Returns { files, bytes, hourlyTypes } (hourlyTypes: the 6 pollutants).
 */
export function writeWideDaily(dir, { days = 365, sites = 370, year = 2021 } = {}) {
  mkdirSync(dir, { recursive: true });
  const r = rng(777);
  const codes = Array.from({ length: sites }, (_, i) => `${1001 + i}A`);
  const header = `date,hour,type,${codes.join(',')}\n`;
  const start = Date.UTC(year, 0, 1) / 86_400_000;
  const files = [];
  let bytes = 0;
  for (let d = 0; d < days; d++) {
    const compact = iso(start + d).replace(/-/g, '');
    const f = path.join(dir, `china_sites_${compact}.csv`);
    let text = header;
    for (let h = 0; h < 24; h++) {
      for (const t of WIDE_TYPES) {
        const scale = t.startsWith('CO') ? 4 : t.startsWith('AQI') ? 300 : 200;
        let line = `${compact},${h},${t}`;
        for (let c = 0; c < sites; c++) {
          // About 3 % of cells empty, as in the real exports.
          const v = r();
          line += v < 0.03 ? ',' : `,${t.startsWith('CO') ? (v * scale).toFixed(2) : Math.floor(v * scale)}`;
        }
        text += line + '\n';
      }
    }
    const fd = openSync(f, 'w');
    bytes += writeSync(fd, text);
    closeSync(fd);
    files.push(f);
  }
  return { files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, target, size] = process.argv.slice(2);
  if (kind === 'long') console.log(writeLongHourly(target, { bytes: Number(size) * 1024 * 1024 }));
  else if (kind === 'wide') console.log(writeWideDaily(target, { days: Number(size) }));
  else console.error('usage: node scripts/gen-big.mjs long <file> <MB> | wide <dir> <days>');
}
