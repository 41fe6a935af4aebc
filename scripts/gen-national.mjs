#!/usr/bin/env node
/**
 * `npm run gen-national -- --year 2021 --out DIR [--days N] [--start MMDD] [--seed S] [--workers N] [--sample FILE] [--stations FILE]`
 *
 * Writes a year of the national network's hourly site files (`china_sites_YYYYMMDD.csv`) built from the
 * one real day in ../shared/data/real/national-sites-sample (read at run time, never copied): the same
 * header (1,605 site columns), the same row pattern (24 hours × 15 types: AQI, PM2.5, PM2.5_24h, PM10,
 * PM10_24h, SO2, SO2_24h, NO2, NO2_24h, O3, O3_24h, O3_8h, O3_8h_24h, CO, CO_24h), UTF-8 without BOM,
 * CRLF, no final newline. Values are synthetic but plausible, deterministic for (year, seed):
 *  - each station's level per pollutant comes from its own values on the real day (a January day, so
 *    divided by that pollutant's winter factor), else its city's, else the network's;
 *  - seasons: PM, SO2, CO, NO2 peak in January, O3 in June; PM10 has a spring dust bump in the north;
 *  - weather: a province-wide and a city-wide AR(1) factor per day (pollution episodes shared by the
 *    stations of a city and, partly, of a province), station-day and hourly noise, diurnal profiles;
 *  - a slow improvement from year to year (4 % a year for PM, 2 % for the rest, none for O3);
 *  - missing cells: stations with no value at all on the real day stay empty (closed or not yet open);
 *    the others lose whole days (0.3 %), whole hours (1.5 %) and single cells (1 %): about 3 %;
 *  - AQI is the hourly AQI (HJ 633 real-time breakpoints) of the hourly values; *_24h are the rolling
 *    24-hour means (O3_24h the 24-hour maximum), O3_8h the rolling 8-hour mean, O3_8h_24h its 24-hour max.
 * Not data for statistics: a scale and layout input for the national view, its tests and `npm run bench`.
 * The station list (`../shared/data/real/station-list-national/NewSiteList.csv`, GBK) is read to give the
 * stations of one city a common weather; it is the mapping input of the page and the CLI, not copied here.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realRoot = process.env.LANTIAN_REAL_DATA ?? path.resolve(repo, '..', 'shared', 'data', 'real');
export const SAMPLE_FILE = path.join(realRoot, 'national-sites-sample', 'china_sites_20190101.csv');
export const STATION_LIST_FILE = path.join(realRoot, 'station-list-national', 'NewSiteList.csv');

const TYPES = ['AQI', 'PM2.5', 'PM2.5_24h', 'PM10', 'PM10_24h', 'SO2', 'SO2_24h', 'NO2', 'NO2_24h', 'O3', 'O3_24h', 'O3_8h', 'O3_8h_24h', 'CO', 'CO_24h'];
/** The six hourly pollutants, in this order in every per-pollutant array below. */
const POLS = ['PM2.5', 'PM10', 'SO2', 'NO2', 'O3', 'CO'];
const [P25, P10, PSO2, PNO2, PO3, PCO] = [0, 1, 2, 3, 4, 5];
/** Ratio of a January day to the annual mean, per pollutant (so the sample's level becomes an annual level). */
const WINTER = [1.7, 1.5, 1.8, 1.25, 0.55, 1.4];
/** Seasonal amplitude (cosine, peak mid-January; O3 negative = peak in summer). */
const SEASON = [0.5, 0.38, 0.55, 0.25, -0.5, 0.38];
/** Sensitivity of each pollutant to the weather factor (O3 goes the other way, weakly). */
const WEATHER = [1, 0.85, 0.6, 0.55, -0.25, 0.6];
/** Year-on-year improvement. */
const TREND = [0.04, 0.04, 0.02, 0.02, 0, 0.02];
const FALLBACK = [40, 70, 10, 28, 60, 0.8];
/** Diurnal profile per pollutant (24 factors, mean ≈ 1). */
const DIURNAL = POLS.map((_, p) => Array.from({ length: 24 }, (_, h) => {
  const c = Math.cos((2 * Math.PI * (h - 15)) / 24);
  if (p === PO3) return 1 + 0.6 * c; // afternoon peak
  if (p === PNO2 || p === PCO) return 1 + 0.18 * Math.cos((4 * Math.PI * (h - 8)) / 24) - 0.1 * c; // rush hours
  return 1 - 0.12 * c; // PM, SO2: night higher
}));

/** xorshift32: deterministic values without Math.random. */
function rng(seed) {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Standard normal deviates from a fixed table (Box–Muller once, then indexed by the generator). */
function normals(r) {
  const table = new Float64Array(1 << 16);
  for (let i = 0; i < table.length; i += 2) {
    const u = Math.max(r(), 1e-12), v = r();
    const m = Math.sqrt(-2 * Math.log(u));
    table[i] = m * Math.cos(2 * Math.PI * v);
    table[i + 1] = m * Math.sin(2 * Math.PI * v);
  }
  return () => table[(r() * 65536) | 0];
}

/** HJ 633-2012 real-time (hourly) IAQI breakpoints: PM2.5/PM10 use the 24-h table, the gases their 1-h one. */
const IAQI = [0, 50, 100, 150, 200, 300, 400, 500];
const BP = [
  [0, 35, 75, 115, 150, 250, 350, 500],
  [0, 50, 150, 250, 350, 420, 500, 600],
  [0, 150, 500, 650, 800, 1600, 2100, 2620],
  [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  [0, 160, 200, 300, 400, 800, 1000, 1200],
  [0, 5, 10, 35, 60, 90, 120, 150],
];
function iaqi(p, c) {
  const b = BP[p];
  for (let i = 1; i < b.length; i++) {
    if (c <= b[i]) return ((IAQI[i] - IAQI[i - 1]) / (b[i] - b[i - 1])) * (c - b[i - 1]) + IAQI[i - 1];
  }
  return 500;
}

/** Station codes, their cities and provinces from the GBK station list (missing file: no grouping). */
function readStationList(file) {
  const byCode = new Map();
  let text;
  try {
    text = new TextDecoder('gbk').decode(readFileSync(file));
  } catch {
    return byCode;
  }
  const lines = text.split(/\r?\n/);
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    if (f.length >= 7) byCode.set(f[0].trim(), { city: f[2].trim(), province: f[6].trim() });
  }
  return byCode;
}

/** The sample's header codes and each station's mean per pollutant on the real day (NaN: none). */
function readSample(file) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const codes = lines[0].split(',').slice(3);
  const sums = POLS.map(() => new Float64Array(codes.length));
  const counts = POLS.map(() => new Uint16Array(codes.length));
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    const p = POLS.indexOf(f[2]);
    if (p < 0) continue;
    for (let i = 0; i < codes.length; i++) {
      const v = f[i + 3];
      if (v !== undefined && v !== '') { sums[p][i] += Number(v); counts[p][i]++; }
    }
  }
  const means = POLS.map((_, p) => Array.from(codes, (_, i) => (counts[p][i] > 0 ? sums[p][i] / counts[p][i] : NaN)));
  const active = codes.map((_, i) => POLS.some((_, p) => counts[p][i] > 0));
  return { codes, means, active };
}

/**
 * Rolling window of `width` hours ending at each hour of today (yesterday's tail included), per site:
 * the mean (rounded to 1/`scale`) or the maximum, NaN when fewer than `min` hours are valid.
 */
function rolling(prev, cur, out, n, width, min, max, scale) {
  const at = (k, i) => (k < 0 ? prev[(24 + k) * n + i] : cur[k * n + i]);
  for (let i = 0; i < n; i++) {
    if (max) {
      for (let h = 0; h < 24; h++) {
        let s = 0, c = 0;
        for (let k = h - width + 1; k <= h; k++) {
          const x = at(k, i);
          if (x === x) { if (x > s) s = x; c++; }
        }
        out[h * n + i] = c < min ? NaN : s;
      }
      continue;
    }
    let s = 0, c = 0;
    for (let k = -width; k < 0; k++) { const x = at(k, i); if (x === x) { s += x; c++; } }
    for (let h = 0; h < 24; h++) {
      const add = cur[h * n + i], drop = at(h - width, i);
      if (add === add) { s += add; c++; }
      if (drop === drop) { s -= drop; c--; }
      out[h * n + i] = c < min ? NaN : Math.round((s / c) * scale) / scale;
    }
  }
}

/** Integer and one-decimal cell texts, looked up instead of formatted 210 million times. */
const INT_TEXT = Array.from({ length: 4000 }, (_, i) => String(i));
const CO_TEXT = Array.from({ length: 400 }, (_, i) => String(i / 10));
const intText = (v) => (v < 4000 ? INT_TEXT[v] : String(v));
const coText = (v) => (v < 400 ? CO_TEXT[v] : String(v / 10));

/**
 * Writes the files; returns { files, bytes, sites, activeSites, seconds }.
 * @param {{ year?: number, out: string, days?: number, start?: string, seed?: number, sample?: string, stations?: string, log?: (s: string) => void }} opts
 */
export function generateNational(opts) {
  const t0 = performance.now();
  const year = opts.year ?? 2021;
  const seed = opts.seed ?? 1;
  const { codes, means, active } = readSample(opts.sample ?? SAMPLE_FILE);
  const list = readStationList(opts.stations ?? STATION_LIST_FILE);
  const n = codes.length;

  // Station levels: own (from the real day), else the city's mean, else the network's fallback.
  const cityOf = codes.map((c) => list.get(c)?.city ?? c);
  const provinceOf = codes.map((c) => list.get(c)?.province ?? c);
  const level = POLS.map((_, p) => {
    const cityMean = new Map();
    codes.forEach((_, i) => {
      const v = means[p][i];
      if (!Number.isFinite(v)) return;
      const m = cityMean.get(cityOf[i]) ?? { s: 0, n: 0 };
      m.s += v; m.n++;
      cityMean.set(cityOf[i], m);
    });
    return codes.map((_, i) => {
      const own = means[p][i];
      const m = cityMean.get(cityOf[i]);
      const raw = Number.isFinite(own) ? own : m ? m.s / m.n : NaN;
      const annual = Number.isFinite(raw) ? raw / WINTER[p] : FALLBACK[p];
      const lo = p === PCO ? 0.3 : p === PO3 ? 30 : 4;
      return Math.max(lo, annual) * Math.pow(1 - TREND[p], year - 2021);
    });
  });
  const northern = codes.map((c, i) => {
    const prov = provinceOf[i];
    return /北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|山东|河南|陕西|甘肃|青海|宁夏|新疆/.test(prov);
  });

  const first = Date.UTC(year, 0, 1);
  const yearDays = (Date.UTC(year + 1, 0, 1) - first) / 86_400_000;
  const startDay = opts.start ? (Date.UTC(year, Number(opts.start.slice(0, 2)) - 1, Number(opts.start.slice(2, 4))) - first) / 86_400_000 : 0;
  const days = Math.min(opts.days ?? yearDays, yearDays - startDay);

  // Weather: AR(1) per province and per city over the whole year (same whatever --days / --start).
  const r = rng(seed * 7919 + year);
  const gauss = normals(r);
  const provinces = [...new Set(provinceOf)];
  const cities = [...new Set(cityOf)];
  const provIndex = new Map(provinces.map((p, i) => [p, i]));
  const cityIndex = new Map(cities.map((c, i) => [c, i]));
  const provW = provinces.map(() => new Float64Array(yearDays));
  const cityW = cities.map(() => new Float64Array(yearDays));
  for (const w of provW) { let x = 0; for (let d = 0; d < yearDays; d++) { x = 0.75 * x + 0.42 * gauss(); w[d] = x; } }
  for (const w of cityW) { let x = 0; for (let d = 0; d < yearDays; d++) { x = 0.5 * x + 0.2 * gauss(); w[d] = x; } }
  const sProv = codes.map((_, i) => provIndex.get(provinceOf[i]));
  const sCity = codes.map((_, i) => cityIndex.get(cityOf[i]));

  mkdirSync(opts.out, { recursive: true });
  const header = `date,hour,type,${codes.join(',')}`;
  // Hourly values of the previous and current day per pollutant: [pol][hour * n + site], NaN = missing.
  let prev = POLS.map(() => new Float64Array(24 * n).fill(NaN));
  let cur = POLS.map(() => new Float64Array(24 * n));
  let prevO3_8 = new Float64Array(24 * n).fill(NaN);
  let curO3_8 = new Float64Array(24 * n);
  const roll = POLS.map(() => new Float64Array(24 * n));
  const roll8max = new Float64Array(24 * n);
  const aqi = new Float64Array(24 * n);
  const files = [];
  let bytes = 0;
  const cells = new Array(n);
  const rowsOut = new Array(24 * TYPES.length);

  // Two warm-up days (not written) give the rolling windows of the first written day their past
  // (its O3_8h_24h reaches back to the previous day's O3_8h, which reaches back one day more).
  for (let d = startDay - 2; d < startDay + days; d++) {
    const dayOfYear = ((d % yearDays) + yearDays) % yearDays;
    const seasonAngle = (2 * Math.PI * (dayOfYear - 15)) / yearDays;
    const cosS = Math.cos(seasonAngle);
    const dust = Math.exp(-(((dayOfYear - 100) / 30) ** 2)); // spring (April) dust bump
    const dr = rng(seed * 1_000_003 + year * 1009 + d + 17);
    const dg = normals(dr);
    for (let i = 0; i < n; i++) {
      const w = provW[sProv[i]][dayOfYear] + cityW[sCity[i]][dayOfYear];
      const dayOut = !active[i] || dr() < 0.003;
      const stationDay = 0.1 * dg();
      for (let p = 0; p < 6; p++) {
        let base = level[p][i] * (1 + SEASON[p] * cosS) * Math.exp(WEATHER[p] * w + stationDay);
        if (p === P10 && northern[i]) base *= 1 + 0.5 * dust * (1 + Math.max(0, dg()));
        const arr = cur[p];
        const prof = DIURNAL[p];
        for (let h = 0; h < 24; h++) {
          let v = base * prof[h] * Math.exp(0.15 * dg());
          if (p === P10) v = Math.max(v, cur[P25][h * n + i] * 1.15); // PM10 ≥ PM2.5 (NaN-safe below)
          arr[h * n + i] = p === PCO ? Math.round(v * 10) / 10 : Math.round(v);
        }
      }
      for (let h = 0; h < 24; h++) {
        if (dayOut || dr() < 0.015) {
          for (let p = 0; p < 6; p++) cur[p][h * n + i] = NaN;
        } else {
          for (let p = 0; p < 6; p++) if (dr() < 0.01) cur[p][h * n + i] = NaN;
        }
      }
    }
    // O3 rolling 8-hour mean (≥ 6 of 8 hours), over yesterday's tail and today.
    rolling(prev[PO3], cur[PO3], curO3_8, n, 8, 6, false, 1);
    if (d >= startDay) {
      const date = new Date(first + d * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      // Derived rows per type, then the texts.
      for (let p = 0; p < 6; p++) rolling(prev[p], cur[p], roll[p], n, 24, 16, p === PO3, p === PCO ? 10 : 1);
      rolling(prevO3_8, curO3_8, roll8max, n, 24, 16, true, 1);
      for (let k = 0; k < 24 * n; k++) {
        let m = NaN;
        for (let q = 0; q < 6; q++) {
          const c = cur[q][k];
          if (c === c) { const a = iaqi(q, c); if (!(m >= a)) m = a; }
        }
        aqi[k] = m === m ? Math.ceil(m) : NaN;
      }
      const source = {
        AQI: aqi, 'PM2.5': cur[P25], 'PM2.5_24h': roll[P25], PM10: cur[P10], PM10_24h: roll[P10], SO2: cur[PSO2], SO2_24h: roll[PSO2],
        NO2: cur[PNO2], NO2_24h: roll[PNO2], O3: cur[PO3], O3_24h: roll[PO3], O3_8h: curO3_8, O3_8h_24h: roll8max, CO: cur[PCO], CO_24h: roll[PCO],
      };
      let row = 0;
      for (let h = 0; h < 24; h++) {
        for (const t of TYPES) {
          const isCO = t.startsWith('CO');
          const src = source[t];
          const o = h * n;
          for (let i = 0; i < n; i++) {
            const v = src[o + i];
            cells[i] = v !== v ? '' : isCO ? coText(Math.round(v * 10)) : intText(v);
          }
          rowsOut[row++] = `${date},${h},${t},${cells.join(',')}`;
        }
      }
      const file = path.join(opts.out, `china_sites_${date}.csv`);
      const text = `${header}\r\n${rowsOut.join('\r\n')}`;
      const fd = openSync(file, 'w');
      bytes += writeSync(fd, text);
      closeSync(fd);
      files.push(file);
      opts.log?.(`${path.basename(file)}\n`);
    }
    [prev, cur] = [cur, prev];
    [prevO3_8, curO3_8] = [curO3_8, prevO3_8];
  }
  return { files, bytes, sites: n, activeSites: active.filter(Boolean).length, seconds: (performance.now() - t0) / 1000 };
}

/**
 * The same files written by `workers` threads, each a run of consecutive days (every day has its own
 * random stream and the weather is drawn for the whole year in each thread, so the files do not depend
 * on the split). Resolves to the same summary as generateNational.
 */
export async function generateNationalParallel(opts, workers = Math.min(4, availableParallelism())) {
  const t0 = performance.now();
  const year = opts.year ?? 2021;
  const first = Date.UTC(year, 0, 1);
  const yearDays = (Date.UTC(year + 1, 0, 1) - first) / 86_400_000;
  const startDay = opts.start ? (Date.UTC(year, Number(opts.start.slice(0, 2)) - 1, Number(opts.start.slice(2, 4))) - first) / 86_400_000 : 0;
  const days = Math.min(opts.days ?? yearDays, yearDays - startDay);
  const w = Math.max(1, Math.min(workers, Math.floor(days / 8)));
  if (w === 1) return generateNational(opts);
  const chunks = Array.from({ length: w }, (_, k) => {
    const a = startDay + Math.floor((k * days) / w), b = startDay + Math.floor(((k + 1) * days) / w);
    const date = new Date(first + a * 86_400_000);
    const mmdd = `${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`;
    return { ...opts, log: undefined, start: mmdd, days: b - a };
  });
  const results = await Promise.all(chunks.map((chunk) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: chunk });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`gen-national worker exited ${code}`)); });
  })));
  return {
    files: results.flatMap((r) => r.files),
    bytes: results.reduce((s, r) => s + r.bytes, 0),
    sites: results[0].sites,
    activeSites: results[0].activeSites,
    seconds: (performance.now() - t0) / 1000,
  };
}

if (!isMainThread && workerData) parentPort.postMessage(generateNational(workerData));

function usage(message) {
  if (message) console.error(`gen-national: ${message}`);
  console.error('usage: npm run gen-national -- --year YYYY --out DIR [--days N] [--start MMDD] [--seed S] [--workers N] [--sample FILE] [--stations FILE]');
  process.exit(2);
}

if (isMainThread && import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opts = { out: '' };
  let workers;
  for (let i = 0; i < args.length; i++) {
    const a = args[i], v = args[i + 1];
    if (a === '--help') usage();
    if (v === undefined) usage(`${a} needs a value`);
    if (a === '--year') opts.year = Number(v);
    else if (a === '--out') opts.out = v;
    else if (a === '--days') opts.days = Number(v);
    else if (a === '--start') opts.start = v;
    else if (a === '--seed') opts.seed = Number(v);
    else if (a === '--workers') workers = Number(v);
    else if (a === '--sample') opts.sample = v;
    else if (a === '--stations') opts.stations = v;
    else usage(`unknown option ${a}`);
    i++;
  }
  if (!opts.out) usage('--out is required');
  if (opts.year !== undefined && !(opts.year >= 2000 && opts.year <= 2100)) usage('--year must be a year');
  if (opts.start !== undefined && !/^\d{4}$/.test(opts.start)) usage('--start must be MMDD');
  if (workers !== undefined && !(workers >= 1)) usage('--workers must be ≥ 1');
  const r = await generateNationalParallel(opts, workers);
  console.error(`gen-national: ${r.files.length} files, ${(r.bytes / 1e6).toFixed(0)} MB, ${r.sites} site columns (${r.activeSites} reporting) in ${r.seconds.toFixed(1)} s → ${opts.out}`);
}
