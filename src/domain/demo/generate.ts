/**
 * The built-in demo: a SIMULATED hourly dataset for Taiyuan's national-control stations.
 *
 * It is produced by a seeded, deterministic generator (no clock, no Math.random), calibrated so
 * that its yearly figures, computed by the real core, are close to the official 2020/2021 figures
 * (see data/demo/README.md). It is not measured data and every surface that shows it says so.
 *
 * The model, per station s, pollutant p and hour t (CST), in log space:
 *   log C = log(level_p(year) · season_p(day)) + k_p(season) · A(t) + log diurnal_p(hour)
 *           + log station_{s,p} + regional noise_p(t) + station noise_{s,p}(t)
 * - A(t) is a regional stagnation index: multi-day build-ups (linear growth) ended by a cold front
 *   (a sharp drop), which is what creates the heavy-pollution episodes of the heating season;
 * - winter heating raises PM2.5, SO2 and CO through the monthly seasonal factors;
 * - spring dust: some cold fronts bring a coarse-dust plume that adds to PM10 (and a little PM2.5);
 * - O3 = daily photochemical peak × a diurnal shape peaking mid-afternoon (15 h);
 * - gaps: instrument outages of hours and of a couple of days, single missing hours, and short
 *   network-wide outages, so that the GB 3095 Table 4 validity rules matter.
 * Values are rounded as national exports are (µg/m³ to integers, CO mg/m³ to one decimal), so the
 * Dataset and its CSV (`demoCsv`) carry exactly the same numbers.
 */
import { dayNumber, daysInYear, isoDate } from '../calendar.ts';
import { POLLUTANT_INDEX, POLLUTANTS } from '../types.ts';
import type { Dataset, DayNumber, FileSummary, Issue, Pollutant, Station, StationDay } from '../types.ts';
import { mixSeed, mulberry32, normalSource } from './prng.ts';
import { issueText } from '../text/issues.ts';

/** Default seed of the built-in demo (the calibration figures in data/demo/README.md are for it). */
export const DEMO_SEED = 20211;
/** Years of the built-in demo. */
export const DEMO_YEARS: readonly number[] = [2020, 2021];
/** Name of the pseudo-file the demo appears as in the file list. */
export const DEMO_FILE_NAME = '演示数据（模拟）';
/** City of every demo station (the area the dashboard evaluates). */
export const DEMO_CITY = '太原';

/** One simulated station: identity from the national station list, and its local character. */
export interface DemoStation {
  code: string;
  name: string;
  background: boolean;
  /** Multiplier of the city-wide level per pollutant (local sources, siting). */
  factor: Readonly<Record<Pollutant, number>>;
}

function f(so2: number, no2: number, pm10: number, pm25: number, co: number, o3: number): Record<Pollutant, number> {
  return { SO2: so2, NO2: no2, PM10: pm10, 'PM2.5': pm25, CO: co, O3: o3 };
}

/**
 * Taiyuan's national-control stations, codes and names as in the national station list
 * (站点列表-2022.02.13起). 1083A 上兰 is the background/control station (对照点); the list also
 * flags 1082A 涧河 as Y, which is a known error of that list, so it is an ordinary station here.
 */
export const DEMO_STATIONS: readonly DemoStation[] = [
  //                                          SO2   NO2   PM10  PM2.5 CO    O3
  { code: '1081A', name: '尖草坪', background: false, factor: f(1.15, 1.00, 1.05, 1.05, 1.15, 0.97) },
  { code: '1082A', name: '涧河', background: false, factor: f(1.05, 0.95, 1.08, 1.02, 1.00, 1.00) },
  { code: '1083A', name: '上兰(对照点)', background: true, factor: f(0.85, 0.50, 0.75, 0.72, 0.70, 1.15) },
  { code: '1084A', name: '晋源', background: false, factor: f(0.90, 1.05, 1.06, 1.00, 1.00, 0.98) },
  { code: '1085A', name: '小店', background: false, factor: f(1.10, 0.95, 0.98, 1.06, 1.00, 1.03) },
  { code: '1086A', name: '桃园', background: false, factor: f(0.95, 1.02, 0.95, 0.97, 0.95, 1.00) },
  { code: '1087A', name: '坞城', background: false, factor: f(1.08, 0.90, 1.00, 1.00, 0.90, 1.02) },
  { code: '1088A', name: '南寨', background: false, factor: f(0.95, 1.00, 1.00, 0.98, 0.95, 1.00) },
  { code: '1089A', name: '金胜', background: false, factor: f(0.90, 1.08, 1.02, 1.02, 1.05, 0.98) },
];

/**
 * Tunable parameters of the model. Calibration changes these (never the outputs): see
 * data/demo/README.md for the figures they give.
 */
export const DEMO_MODEL = {
  /** City-wide annual level per year (µg/m³; CO mg/m³; O3 = mean daily photochemical peak). */
  level: {
    2020: f(16.5, 42, 92, 45, 1.05, 150),
    2021: f(13.8, 38, 68, 39, 0.82, 154),
  } as Record<number, Record<Pollutant, number>>,
  /** Weather of each year: multiplier of the stagnation growth (how stagnant the winters were). */
  weather: { 2020: 1.15, 2021: 1.15 } as Record<number, number>,
  /** Monthly factors, January first (heating season Nov–Mar; dust in spring; O3 in summer). */
  season: {
    SO2: [2.0, 1.6, 1.1, 0.75, 0.6, 0.5, 0.45, 0.45, 0.55, 0.75, 1.35, 1.8],
    NO2: [1.2, 1.0, 0.95, 0.9, 0.85, 0.8, 0.72, 0.72, 0.95, 1.1, 1.3, 1.3],
    PM10: [1.25, 1.2, 1.45, 1.35, 1.05, 0.7, 0.55, 0.52, 0.65, 0.95, 1.15, 1.2],
    'PM2.5': [2.0, 1.6, 1.1, 0.8, 0.5, 0.38, 0.36, 0.38, 0.5, 0.85, 1.45, 1.75],
    CO: [1.6, 1.3, 1.0, 0.8, 0.7, 0.75, 0.8, 0.8, 0.8, 0.95, 1.25, 1.45],
    O3: [0.35, 0.5, 0.7, 0.9, 1.15, 1.35, 1.4, 1.25, 0.95, 0.65, 0.42, 0.33],
  } as Record<Pollutant, number[]>,
  /** Sensitivity to the stagnation index A: k = summer + (winter − summer) · w (w = 1 in mid-January). */
  stagnation: {
    SO2: [0.3, 0.55], NO2: [0.3, 0.55], PM10: [0.4, 0.8], 'PM2.5': [0.45, 0.95], CO: [0.3, 0.5], O3: [0.1, -0.25],
  } as Record<Pollutant, [number, number]>,
  /** Synoptic cycles: length (days) = minDays + exponential(mean), growth of A per day lognormal. */
  cycle: {
    minDays: 2,
    maxDays: 9,
    meanExtraDays: [2, 3.5] as [number, number],
    growthMedian: [0.1, 0.17] as [number, number],
    growthSigma: 0.3,
    startMean: -0.5,
    startSd: 0.2,
    cap: 0.9,
    frontHours: [3, 8] as [number, number],
  },
  /** Regional hourly noise (AR(1)): shared by all pollutants, and per pollutant. */
  regionalNoise: { sharedSd: 0.15, sharedRho: 0.97, ownSd: 0.1, ownRho: 0.95 },
  /** Station hourly noise (AR(1)) per pollutant. */
  stationNoise: { sd: 0.22, rho: 0.8, coSd: 0.15, o3Sd: 0.1 },
  /** O3: daily sunshine factor (AR(1) over days) and rainy days. */
  o3: { saturation: 0.25, dailySd: 0.28, dailyRho: 0.6, rainyChance: [0.1, 0.15] as [number, number], rainyFactor: 0.6 },
  /** Dust: chance that a cold front brings dust, by month (Jan first); plume peak PM10 lognormal. */
  dust: {
    chance: [0.08, 0.1, 0.35, 0.4, 0.3, 0.08, 0, 0, 0, 0.03, 0.08, 0.08],
    peakMedian: 250,
    peakSigma: 0.6,
    hours: [8, 36] as [number, number],
    pm25Share: 0.22,
  },
  /** Special periods: [from, to (inclusive), factors]. 2020 lockdown: traffic NO2/CO down. */
  periods: [
    { from: [2020, 1, 24], to: [2020, 3, 10], factor: f(1, 0.68, 0.9, 0.95, 0.9, 1.08) },
  ] as { from: [number, number, number]; to: [number, number, number]; factor: Record<Pollutant, number> }[],
  /** Gaps per station-year, and network-wide outages per year. */
  gaps: {
    longOutageChance: 0.7,
    longOutageHours: [20, 60] as [number, number],
    analyzerOutagesMean: 4,
    analyzerOutageHours: [2, 30] as [number, number],
    singleHourAll: 0.003,
    singleHourOne: 0.002,
    networkOutagesMean: 3,
    networkOutageHours: [1, 8] as [number, number],
  },
};

// Diurnal shapes (hour 0..23). Primary pollutants: multipliers normalised to mean 1 below;
// O3: fraction of the day's photochemical peak (1 at 15 h).
const DIURNAL_RAW: Record<Exclude<Pollutant, 'O3'>, number[]> = {
  'PM2.5': [1.12, 1.14, 1.13, 1.11, 1.09, 1.07, 1.06, 1.08, 1.1, 1.07, 0.99, 0.91, 0.85, 0.81, 0.79, 0.79, 0.81, 0.86, 0.93, 1.0, 1.06, 1.1, 1.12, 1.13],
  PM10: [1.1, 1.11, 1.1, 1.08, 1.06, 1.05, 1.06, 1.1, 1.14, 1.1, 1.01, 0.93, 0.87, 0.83, 0.81, 0.81, 0.84, 0.9, 0.98, 1.04, 1.08, 1.1, 1.1, 1.1],
  SO2: [0.95, 0.93, 0.92, 0.9, 0.9, 0.9, 0.92, 0.98, 1.1, 1.22, 1.25, 1.2, 1.1, 1.02, 0.97, 0.95, 0.95, 0.97, 1.0, 1.02, 1.02, 1.0, 0.98, 0.96],
  NO2: [1.05, 1.0, 0.96, 0.93, 0.92, 0.95, 1.02, 1.15, 1.22, 1.12, 0.95, 0.82, 0.74, 0.7, 0.68, 0.7, 0.76, 0.88, 1.05, 1.2, 1.28, 1.25, 1.18, 1.1],
  CO: [1.08, 1.07, 1.05, 1.03, 1.02, 1.03, 1.06, 1.12, 1.16, 1.1, 1.0, 0.92, 0.86, 0.83, 0.81, 0.82, 0.85, 0.92, 1.0, 1.07, 1.11, 1.12, 1.11, 1.09],
};
/** How strongly the diurnal shape applies: summer, winter (boundary-layer inversions in winter). */
const DIURNAL_AMPLITUDE: Record<Exclude<Pollutant, 'O3'>, [number, number]> = {
  'PM2.5': [0.6, 1.2], PM10: [0.7, 1.1], SO2: [0.5, 1.2], NO2: [0.8, 1.1], CO: [0.7, 1.1],
};
const SLOT_O3 = POLLUTANT_INDEX.O3, SLOT_PM10 = POLLUTANT_INDEX.PM10, SLOT_PM25 = POLLUTANT_INDEX['PM2.5'], SLOT_CO = POLLUTANT_INDEX.CO;
const O3_SHAPE = [0.4, 0.37, 0.34, 0.31, 0.29, 0.27, 0.25, 0.26, 0.32, 0.42, 0.55, 0.68, 0.8, 0.9, 0.97, 1.0, 0.98, 0.92, 0.82, 0.7, 0.6, 0.52, 0.47, 0.43];

function normalised(xs: number[]): number[] {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.map((x) => x / mean);
}
const DIURNAL: Record<Exclude<Pollutant, 'O3'>, number[]> = {
  'PM2.5': normalised(DIURNAL_RAW['PM2.5']),
  PM10: normalised(DIURNAL_RAW.PM10),
  SO2: normalised(DIURNAL_RAW.SO2),
  NO2: normalised(DIURNAL_RAW.NO2),
  CO: normalised(DIURNAL_RAW.CO),
};

/** Winter weight of a day: 1 in mid-January, 0 in mid-July (cosine of the day of year). */
function winterWeight(dayOfYear: number, yearDays: number): number {
  return 0.5 + 0.5 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / yearDays);
}

/** Monthly factor interpolated linearly between mid-months (cyclic), for a civil date. */
function seasonal(table: number[], month: number, day: number, monthDays: number): number {
  const pos = month - 1 + (day - 0.5) / monthDays - 0.5; // 0 = middle of January
  const i0 = Math.floor(pos);
  const frac = pos - i0;
  const a = table[(i0 + 12) % 12] ?? 1;
  const b = table[(i0 + 13) % 12] ?? 1;
  return a + (b - a) * frac;
}

/** The entry of a per-year table for a year, or of the nearest year it has (years outside 2020–2021). */
function nearestYear<T>(table: Record<number, T>, year: number): T {
  let best: number | null = null;
  for (const y of Object.keys(table).map(Number)) if (best === null || Math.abs(y - year) < Math.abs(best - year)) best = y;
  const entry = best === null ? undefined : table[best];
  if (entry === undefined) throw new Error(`empty per-year table (year ${year})`);
  return entry;
}

function levelFor(year: number): Record<Pollutant, number> {
  return nearestYear(DEMO_MODEL.level, year);
}

function lerp(pair: [number, number], w: number): number {
  return pair[0] + (pair[1] - pair[0]) * w;
}

interface Timeline {
  /** First day number of each year, in order, and the year. */
  days: { day: DayNumber; year: number; month: number; dom: number; monthDays: number; doy: number; yearDays: number }[];
  hours: number;
}

function timeline(years: number[]): Timeline {
  const days: Timeline['days'] = [];
  for (const year of years) {
    const yearDays = daysInYear(year);
    let doy = 0;
    for (let month = 1; month <= 12; month++) {
      const first = dayNumber(year, month, 1);
      const monthDays = dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - first;
      for (let dom = 1; dom <= monthDays; dom++) {
        days.push({ day: first + dom - 1, year, month, dom, monthDays, doy: doy++, yearDays });
      }
    }
  }
  return { days, hours: days.length * 24 };
}

/** Regional (city-wide) hourly drivers shared by all stations. */
interface Regional {
  stagnation: Float64Array;
  sharedNoise: Float64Array;
  ownNoise: Record<Pollutant, Float64Array>;
  dustPm10: Float64Array;
  /** O3 photochemical factor (daily sunshine × rainy days), interpolated hourly. */
  o3Sun: Float64Array;
}

function ar1(n: number, sd: number, rho: number, normal: () => number): Float64Array {
  const out = new Float64Array(n);
  const innov = sd * Math.sqrt(1 - rho * rho);
  let x = normal() * sd;
  for (let i = 0; i < n; i++) {
    x = rho * x + innov * normal();
    out[i] = x;
  }
  return out;
}

function regionalDrivers(tl: Timeline, seed: number): Regional {
  const uni = mulberry32(mixSeed(seed, 1));
  const normal = normalSource(uni);
  const n = tl.hours;
  const m = DEMO_MODEL;
  const wOfHour = (t: number): number => {
    const d = tl.days[Math.min(tl.days.length - 1, Math.floor(t / 24))];
    return d ? winterWeight(d.doy, d.yearDays) : 0;
  };
  const monthOfHour = (t: number): number => tl.days[Math.min(tl.days.length - 1, Math.floor(t / 24))]?.month ?? 1;

  // Stagnation cycles: A grows linearly from a low start, a cold front drops it within a few hours.
  const stagnation = new Float64Array(n);
  const dustPm10 = new Float64Array(n);
  let t = 0;
  let a = m.cycle.startMean + m.cycle.startSd * normal();
  while (t < n) {
    const w = wOfHour(t);
    const days = Math.min(m.cycle.maxDays, m.cycle.minDays - lerp(m.cycle.meanExtraDays, w) * Math.log(1 - uni()));
    const length = Math.max(24, Math.round(days * 24));
    const year = tl.days[Math.min(tl.days.length - 1, Math.floor(t / 24))]?.year ?? 0;
    const growth = lerp(m.cycle.growthMedian, w) * nearestYear(m.weather, year) * Math.exp(m.cycle.growthSigma * normal());
    const start = a;
    const end = Math.min(n, t + length);
    for (let i = t; i < end; i++) stagnation[i] = Math.min(m.cycle.cap, start + (growth * (i - t)) / 24);
    const top = stagnation[end - 1] ?? start;
    // The front: a linear drop to the next cycle's start over a few hours.
    const next = m.cycle.startMean + m.cycle.startSd * normal();
    const frontLen = Math.round(lerp(m.cycle.frontHours, uni()));
    for (let k = 0; k < frontLen && end + k < n; k++) stagnation[end + k] = top + ((next - top) * (k + 1)) / frontLen;
    // Some fronts bring dust (mostly in spring).
    const chance = m.dust.chance[monthOfHour(end) - 1] ?? 0;
    if (end < n && uni() < chance) {
      const peak = m.dust.peakMedian * Math.exp(m.dust.peakSigma * normal());
      const hours = Math.round(lerp(m.dust.hours, uni()));
      const rise = 3;
      for (let k = 0; k < hours + rise && end + k < n; k++) {
        const shape = k < rise ? (k + 1) / (rise + 1) : Math.exp((-3 * (k - rise)) / hours);
        dustPm10[end + k] = (dustPm10[end + k] ?? 0) + peak * shape;
      }
    }
    a = next;
    t = end + frontLen;
  }

  const sharedNoise = ar1(n, m.regionalNoise.sharedSd, m.regionalNoise.sharedRho, normal);
  const ownNoise = {} as Record<Pollutant, Float64Array>;
  for (const p of POLLUTANTS) ownNoise[p] = ar1(n, m.regionalNoise.ownSd, m.regionalNoise.ownRho, normal);

  // O3 sunshine: AR(1) over days, rainy days damp photochemistry; interpolated between noons.
  const daily = new Float64Array(tl.days.length);
  let s = 0;
  for (let d = 0; d < tl.days.length; d++) {
    const info = tl.days[d];
    const w = info ? winterWeight(info.doy, info.yearDays) : 0;
    s = m.o3.dailyRho * s + m.o3.dailySd * Math.sqrt(1 - m.o3.dailyRho ** 2) * normal();
    const rainy = uni() < lerp(m.o3.rainyChance, 1 - w) ? m.o3.rainyFactor : 1;
    // Sunshine cannot raise photochemistry without bound: saturate above 1 (tanh), keep the low side.
    const sun = Math.exp(s);
    const sat = m.o3.saturation;
    daily[d] = (sun > 1 ? 1 + sat * Math.tanh((sun - 1) / sat) : sun) * rainy;
  }
  const o3Sun = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pos = (i - 12) / 24;
    const d0 = Math.max(0, Math.floor(pos));
    const d1 = Math.min(tl.days.length - 1, d0 + 1);
    const frac = Math.min(1, Math.max(0, pos - d0));
    o3Sun[i] = (daily[d0] ?? 1) * (1 - frac) + (daily[d1] ?? 1) * frac;
  }
  return { stagnation, sharedNoise, ownNoise, dustPm10, o3Sun };
}

/** Missing-value mask of one station: 1 = missing, index `hour * 6 + POLLUTANT_INDEX[p]`. */
function gapMask(tl: Timeline, seed: number, station: number, network: Uint8Array): Uint8Array {
  const uni = mulberry32(mixSeed(seed, 2, station));
  const g = DEMO_MODEL.gaps;
  const n = tl.hours;
  const mask = new Uint8Array(n * 6);
  const span = (from: number, hours: number, slots: readonly number[]): void => {
    for (let i = from; i < Math.min(n, from + hours); i++) for (const s of slots) mask[i * 6 + s] = 1;
  };
  const all = [0, 1, 2, 3, 4, 5];
  const yearsStart: number[] = [];
  tl.days.forEach((d, i) => { if (d.doy === 0) yearsStart.push(i * 24); });
  for (const start of yearsStart) {
    const yearHours = (tl.days[start / 24]?.yearDays ?? 365) * 24;
    if (uni() < g.longOutageChance) {
      span(start + Math.floor(uni() * yearHours), Math.round(lerp(g.longOutageHours, uni())), all);
    }
    const analyzer = Math.round(g.analyzerOutagesMean * (0.5 + uni()));
    for (let k = 0; k < analyzer; k++) {
      const p = Math.floor(uni() * 6);
      // The PM2.5 and PM10 monitors often share a sampling line: both go together half the time.
      const slots = (p === 2 || p === 3) && uni() < 0.5 ? [2, 3] : [p];
      span(start + Math.floor(uni() * yearHours), Math.round(lerp(g.analyzerOutageHours, uni())), slots);
    }
  }
  for (let i = 0; i < n; i++) {
    if (network[i]) span(i, 1, all);
    const u = uni();
    if (u < g.singleHourAll) span(i, 1, all);
    else if (u < g.singleHourAll + g.singleHourOne) span(i, 1, [Math.floor(uni() * 6)]);
  }
  return mask;
}

function networkOutages(tl: Timeline, seed: number): Uint8Array {
  const uni = mulberry32(mixSeed(seed, 3));
  const g = DEMO_MODEL.gaps;
  const out = new Uint8Array(tl.hours);
  tl.days.forEach((d, i) => {
    if (d.doy !== 0) return;
    const count = Math.round(g.networkOutagesMean * (0.5 + uni()));
    for (let k = 0; k < count; k++) {
      const from = i * 24 + Math.floor(uni() * d.yearDays * 24);
      const hours = Math.round(lerp(g.networkOutageHours, uni()));
      for (let h = from; h < Math.min(tl.hours, from + hours); h++) out[h] = 1;
    }
  });
  return out;
}

/**
 * Builds the simulated demo Dataset: hourly values of the Taiyuan national-control stations for
 * the given years (default 2020–2021), deterministic for a seed. The values are laid out as the
 * ingest module lays out real exports (`values[hour * 6 + POLLUTANT_INDEX[p]]`, NaN = missing,
 * µg/m³ integers, CO mg/m³ with one decimal, GB 3095 Table 1 units).
 */
export function generateDemoDataset(opts: { seed?: number; years?: number[] } = {}): Dataset {
  const seed = opts.seed ?? DEMO_SEED;
  const years = [...new Set(opts.years ?? DEMO_YEARS)].sort((a, b) => a - b);
  const tl = timeline(years);
  const reg = regionalDrivers(tl, seed);
  const network = networkOutages(tl, seed);
  const m = DEMO_MODEL;
  const nDays = tl.days.length;

  // Per-day, per-pollutant base level (level × season × special periods) and stagnation sensitivity.
  const base = new Float64Array(nDays * 6);
  const sens = new Float64Array(nDays * 6);
  const amp = new Float64Array(nDays * 6);
  const periods = m.periods.map((p) => ({
    from: dayNumber(...p.from), to: dayNumber(...p.to), factor: p.factor,
  }));
  for (let d = 0; d < nDays; d++) {
    const info = tl.days[d];
    if (!info) continue;
    const w = winterWeight(info.doy, info.yearDays);
    const level = levelFor(info.year);
    for (const p of POLLUTANTS) {
      const i = d * 6 + POLLUTANT_INDEX[p];
      let b = level[p] * seasonal(m.season[p], info.month, info.dom, info.monthDays);
      for (const period of periods) if (info.day >= period.from && info.day <= period.to) b *= period.factor[p];
      base[i] = b;
      sens[i] = lerp(m.stagnation[p], w);
      amp[i] = p === 'O3' ? 1 : lerp(DIURNAL_AMPLITUDE[p], w);
    }
  }

  const stations = new Map<string, Station>();
  const hourly = new Map<string, Map<DayNumber, StationDay>>();
  let rows = 0;
  let rowsUsed = 0;
  DEMO_STATIONS.forEach((st, s) => {
    stations.set(st.code, {
      key: st.code, code: st.code, name: st.name, city: DEMO_CITY, ...(st.background ? { background: true } : {}),
    });
    const normal = normalSource(mulberry32(mixSeed(seed, 4, s)));
    const mask = gapMask(tl, seed, s, network);
    // Per-pollutant constants as arrays indexed like the value slots (POLLUTANTS order = slot order).
    const sd = POLLUTANTS.map((p) => (p === 'CO' ? m.stationNoise.coSd : p === 'O3' ? m.stationNoise.o3Sd : m.stationNoise.sd));
    const innovation = sd.map((x) => x * Math.sqrt(1 - m.stationNoise.rho ** 2));
    const factor = POLLUTANTS.map((p) => st.factor[p]);
    const own = POLLUTANTS.map((p) => reg.ownNoise[p]);
    const diurnal = POLLUTANTS.map((p) => (p === 'O3' ? O3_SHAPE : DIURNAL[p]));
    const noise = new Float64Array(6);
    for (let pi = 0; pi < 6; pi++) noise[pi] = normal() * (sd[pi] ?? 0);
    const rho = m.stationNoise.rho;
    const pm25Dust = m.dust.pm25Share * st.factor['PM2.5'];
    const days = new Map<DayNumber, StationDay>();
    hourly.set(st.code, days);
    for (let d = 0; d < nDays; d++) {
      const info = tl.days[d];
      if (!info) continue;
      const values = new Float64Array(144);
      const seen = new Uint8Array(24).fill(1);
      for (let h = 0; h < 24; h++) {
        const t = d * 24 + h;
        const a = reg.stagnation[t] ?? 0;
        const shared = reg.sharedNoise[t] ?? 0;
        const dust = reg.dustPm10[t] ?? 0;
        let any = false;
        for (let pi = 0; pi < 6; pi++) {
          const n = rho * (noise[pi] ?? 0) + (innovation[pi] ?? 0) * normal();
          noise[pi] = n;
          const k = sens[d * 6 + pi] ?? 0;
          const regional = own[pi]?.[t] ?? 0;
          const b = (base[d * 6 + pi] ?? 0) * (factor[pi] ?? 1);
          const shape = diurnal[pi]?.[h] ?? 1;
          let c: number;
          if (pi === SLOT_O3) {
            c = b * (reg.o3Sun[t] ?? 1) * Math.exp(k * a + regional + n) * shape;
          } else {
            c = b * (1 + (amp[d * 6 + pi] ?? 1) * (shape - 1)) * Math.exp(k * a + shared + regional + n);
            if (pi === SLOT_PM10) c += dust * st.factor.PM10;
            else if (pi === SLOT_PM25) c += dust * pm25Dust;
          }
          if (mask[t * 6 + pi]) {
            values[h * 6 + pi] = NaN;
            continue;
          }
          any = true;
          values[h * 6 + pi] = pi === SLOT_CO ? Math.max(0.1, Math.round(c * 10) / 10) : Math.max(1, Math.round(c));
        }
        rows++;
        if (any) rowsUsed++;
      }
      days.set(info.day, { values, seen });
    }
  });

  const first = tl.days[0];
  const last = tl.days[tl.days.length - 1];
  const file: FileSummary = {
    name: DEMO_FILE_NAME,
    bytes: 0,
    encoding: 'utf-8',
    delimiter: null,
    format: 'station-hourly-long',
    rows,
    rowsUsed,
    stations: DEMO_STATIONS.map((s) => s.code),
    firstDate: first ? isoDate(first.day) : null,
    lastDate: last ? isoDate(last.day) : null,
    coUnit: { unit: 'mg/m3', how: 'format' },
    rejected: false,
  };
  const issue: Issue = {
    file: DEMO_FILE_NAME,
    severity: 'info',
    code: 'simulated-data',
    message: issueText('issue_simulatedData', { seed }),
  };
  return {
    stations,
    hourly,
    daily: new Map(),
    dailyIndicators: new Map(),
    dustDays: new Set(),
    dustFall: new Map(),
    files: [file],
    issues: [issue],
  };
}

const CSV_COLUMNS = ['PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3'] as const;

/**
 * Writes a Dataset's hourly station data as the long station-hourly CSV of national exports:
 * `date,hour,station_code,station,city,PM2.5,PM10,SO2,NO2,CO,O3`, UTF-8, one row per station-hour,
 * µg/m³ as integers, CO in mg/m³ with one decimal, an empty cell for a missing value.
 */
export function demoCsv(dataset: Dataset): string {
  const lines: string[] = ['date,hour,station_code,station,city,PM2.5,PM10,SO2,NO2,CO,O3'];
  const allDays = new Set<DayNumber>();
  for (const days of dataset.hourly.values()) for (const d of days.keys()) allDays.add(d);
  const sortedDays = [...allDays].sort((a, b) => a - b);
  const stations = [...dataset.hourly.keys()].sort().map((key) => {
    const st = dataset.stations.get(key);
    return { key, prefix: `${st?.code ?? ''},${csvCell(st?.name ?? key)},${csvCell(st?.city ?? '')}`, days: dataset.hourly.get(key) };
  });
  for (const d of sortedDays) {
    const date = isoDate(d);
    for (let h = 0; h < 24; h++) {
      for (const st of stations) {
        const sd = st.days?.get(d);
        if (!sd || !sd.seen[h]) continue;
        let line = `${date},${h},${st.prefix}`;
        for (const p of CSV_COLUMNS) {
          const v = sd.values[h * 6 + POLLUTANT_INDEX[p]] ?? NaN;
          line += ',' + (Number.isNaN(v) ? '' : p === 'CO' ? v.toFixed(1) : String(Math.round(v)));
        }
        lines.push(line);
      }
    }
  }
  return lines.join('\n') + '\n';
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The demo stations as a station list in the layout of the national list (站点列表), with the
 * background flag (对照点) that the hourly CSV cannot carry. Load it together with `demoCsv` so
 * that 上兰 stays out of the city mean (HJ 663 evaluation stations), as in the built-in demo.
 */
export function demoStationListCsv(): string {
  const lines = ['监测点编码,监测点名称,城市,对照点'];
  for (const s of DEMO_STATIONS) lines.push(`${s.code},${csvCell(s.name)},${DEMO_CITY},${s.background ? 'Y' : 'N'}`);
  return lines.join('\n') + '\n';
}
