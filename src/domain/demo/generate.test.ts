import { describe, expect, it } from 'vitest';
import { dayNumber, monthRange } from '../calendar.ts';
import { POLLUTANT_INDEX, POLLUTANTS } from '../types.ts';
import type { Dataset, Pollutant } from '../types.ts';
import { DEMO_FILE_NAME, demoCsv, demoStationListCsv, generateDemoDataset } from './generate.ts';

const demo = generateDemoDataset();

/** All hourly values of one pollutant over all stations and the days [from, to]. */
function hourlyValues(ds: Dataset, p: Pollutant, from: number, to: number, opts: { hours?: number[] } = {}): number[] {
  const out: number[] = [];
  for (const days of ds.hourly.values()) {
    for (let d = from; d <= to; d++) {
      const sd = days.get(d);
      if (!sd) continue;
      for (const h of opts.hours ?? Array.from({ length: 24 }, (_, i) => i)) {
        const v = sd.values[h * 6 + POLLUTANT_INDEX[p]] ?? NaN;
        if (!Number.isNaN(v)) out.push(v);
      }
    }
  }
  return out;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Station MDA8 by the §8 rule written out plainly: windows ending 7..23, ≥ 6 hours each, ≥ 14 windows. */
function stationMda8(values: Float64Array): number | null {
  let best = -Infinity, windows = 0;
  for (let end = 7; end < 24; end++) {
    let sum = 0, n = 0;
    for (let h = end - 7; h <= end; h++) {
      const v = values[h * 6 + POLLUTANT_INDEX.O3] ?? NaN;
      if (!Number.isNaN(v)) { sum += v; n++; }
    }
    if (n >= 6) { windows++; best = Math.max(best, sum / n); }
  }
  return windows >= 14 ? best : null;
}

function mda8Mean(ds: Dataset, from: number, to: number): number {
  const xs: number[] = [];
  for (const days of ds.hourly.values()) {
    for (let d = from; d <= to; d++) {
      const sd = days.get(d);
      const m = sd ? stationMda8(sd.values) : null;
      if (m !== null) xs.push(m);
    }
  }
  return mean(xs);
}

describe('generateDemoDataset: determinism', () => {
  it('gives byte-identical CSV for the same seed and a different CSV for another seed', () => {
    const again = generateDemoDataset();
    expect(demoCsv(again)).toBe(demoCsv(demo));
    const other = generateDemoDataset({ seed: 7 });
    expect(demoCsv(other)).not.toBe(demoCsv(demo));
  });
});

describe('generateDemoDataset: stations and structure', () => {
  it('has the 9 Taiyuan national-control stations, city 太原, with 1083A 上兰 as the only background station', () => {
    expect([...demo.stations.keys()]).toEqual(['1081A', '1082A', '1083A', '1084A', '1085A', '1086A', '1087A', '1088A', '1089A']);
    for (const s of demo.stations.values()) expect(s.city).toBe('太原');
    expect([...demo.stations.values()].filter((s) => s.background).map((s) => s.code)).toEqual(['1083A']);
    expect(demo.stations.get('1083A')?.name).toContain('上兰');
  });

  it('has 8784 hours per station-pollutant slot in 2020 (leap year) and 8760 in 2021, with 0.5–5 % of them missing', () => {
    for (const [year, hoursExpected] of [[2020, 366 * 24], [2021, 365 * 24]] as const) {
      const from = dayNumber(year, 1, 1), to = dayNumber(year, 12, 31);
      let missing = 0, slots = 0;
      for (const days of demo.hourly.values()) {
        const inYear = [...days.keys()].filter((d) => d >= from && d <= to);
        expect(inYear.length * 24).toBe(hoursExpected);
        for (const d of inYear) {
          const sd = days.get(d);
          expect(sd?.values.length).toBe(144);
          for (const v of sd?.values ?? []) { slots++; if (Number.isNaN(v)) missing++; }
        }
      }
      expect(slots).toBe(9 * 6 * hoursExpected);
      expect(missing / slots).toBeGreaterThan(0.005);
      expect(missing / slots).toBeLessThan(0.05);
    }
  });

  it('includes outages of two days or more, and single missing hours', () => {
    let longOutages = 0, singleHours = 0;
    for (const days of demo.hourly.values()) {
      const sorted = [...days.keys()].sort((a, b) => a - b);
      let run = 0;
      for (const d of sorted) {
        const sd = days.get(d);
        for (let h = 0; h < 24; h++) {
          const allMissing = POLLUTANTS.every((p) => Number.isNaN(sd?.values[h * 6 + POLLUTANT_INDEX[p]] ?? NaN));
          if (allMissing) run++;
          else {
            if (run >= 48) longOutages++;
            if (run === 1) singleHours++;
            run = 0;
          }
        }
      }
    }
    expect(longOutages).toBeGreaterThan(0);
    expect(singleHours).toBeGreaterThan(10);
  });

  it('says it is simulated: one pseudo-file and one info issue, nothing else', () => {
    expect(demo.files.map((f) => f.name)).toEqual([DEMO_FILE_NAME]);
    expect(demo.files[0]?.firstDate).toBe('2020-01-01');
    expect(demo.files[0]?.lastDate).toBe('2021-12-31');
    expect(demo.issues).toHaveLength(1);
    expect(demo.issues[0]?.severity).toBe('info');
    expect(demo.issues[0]?.message.zh).toContain('模拟');
    expect(demo.issues[0]?.message.en).toContain('Simulated');
  });
});

describe('generateDemoDataset: plausible values', () => {
  it('has no negative value, CO below 20 mg/m³, µg/m³ values as integers and CO with one decimal', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const [key, days] of demo.hourly) {
      for (const [d, sd] of days) {
        for (let i = 0; i < 144; i++) {
          const v = sd.values[i] ?? NaN;
          if (Number.isNaN(v)) continue;
          checked++;
          const ok = i % 6 === POLLUTANT_INDEX.CO
            ? v > 0 && v < 20 && Math.abs(v * 10 - Math.round(v * 10)) < 1e-9
            : v > 0 && v < 2000 && Number.isInteger(v);
          if (!ok && bad.length < 5) bad.push(`${key} day ${d} slot ${i}: ${v}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(900_000);
  });

  it('has winter PM2.5 more than twice summer PM2.5 (January vs July, both years)', () => {
    for (const year of [2020, 2021]) {
      const jan = monthRange(year, 1), jul = monthRange(year, 7);
      expect(mean(hourlyValues(demo, 'PM2.5', jan.from, jan.to))).toBeGreaterThan(2 * mean(hourlyValues(demo, 'PM2.5', jul.from, jul.to)));
    }
  });

  it('has July O3 MDA8 more than twice January O3 MDA8 (both years)', () => {
    for (const year of [2020, 2021]) {
      const jan = monthRange(year, 1), jul = monthRange(year, 7);
      expect(mda8Mean(demo, jul.from, jul.to)).toBeGreaterThan(2 * mda8Mean(demo, jan.from, jan.to));
    }
  });

  it('has heating-season SO2 and CO above their summer levels', () => {
    const jan = monthRange(2021, 1), jul = monthRange(2021, 7);
    expect(mean(hourlyValues(demo, 'SO2', jan.from, jan.to))).toBeGreaterThan(2 * mean(hourlyValues(demo, 'SO2', jul.from, jul.to)));
    expect(mean(hourlyValues(demo, 'CO', jan.from, jan.to))).toBeGreaterThan(1.3 * mean(hourlyValues(demo, 'CO', jul.from, jul.to)));
  });

  it('peaks O3 in the afternoon and NO2 at the rush hours (summer diurnal cycle)', () => {
    const from = dayNumber(2021, 6, 1), to = dayNumber(2021, 8, 31);
    const o3 = (h: number) => mean(hourlyValues(demo, 'O3', from, to, { hours: [h] }));
    const no2 = (h: number) => mean(hourlyValues(demo, 'NO2', from, to, { hours: [h] }));
    const o3ByHour = Array.from({ length: 24 }, (_, h) => o3(h));
    const peak = o3ByHour.indexOf(Math.max(...o3ByHour));
    expect(peak).toBeGreaterThanOrEqual(13);
    expect(peak).toBeLessThanOrEqual(17);
    expect(o3(15)).toBeGreaterThan(2 * o3(6));
    expect(no2(8)).toBeGreaterThan(1.3 * no2(14));
    expect(no2(20)).toBeGreaterThan(1.3 * no2(14));
  });

  it('has spring dust: some city-hours of PM10 above 400 µg/m³ in March–May with PM2.5 under a third of PM10', () => {
    let dustHours = 0;
    for (const year of [2020, 2021]) {
      for (let d = dayNumber(year, 3, 1); d <= dayNumber(year, 5, 31); d++) {
        for (let h = 0; h < 24; h++) {
          const pm10: number[] = [], pm25: number[] = [];
          for (const days of demo.hourly.values()) {
            const sd = days.get(d);
            const a = sd?.values[h * 6 + POLLUTANT_INDEX.PM10] ?? NaN, b = sd?.values[h * 6 + POLLUTANT_INDEX['PM2.5']] ?? NaN;
            if (!Number.isNaN(a) && !Number.isNaN(b)) { pm10.push(a); pm25.push(b); }
          }
          if (pm10.length && mean(pm10) > 400 && mean(pm25) < mean(pm10) / 3) dustHours++;
        }
      }
    }
    expect(dustHours).toBeGreaterThan(3);
  });

  it('keeps the background station 上兰 cleaner in NO2 than the city stations', () => {
    const from = dayNumber(2020, 1, 1), to = dayNumber(2021, 12, 31);
    const only = (code: string): Dataset => ({ ...demo, hourly: new Map([[code, demo.hourly.get(code) ?? new Map()]]) });
    const bg = mean(hourlyValues(only('1083A'), 'NO2', from, to));
    const city = mean(hourlyValues(only('1086A'), 'NO2', from, to));
    expect(bg).toBeLessThan(0.7 * city);
  });
});

describe('demoCsv', () => {
  it('writes the long station-hourly layout: header, one row per station-hour, empty cells for gaps', () => {
    const csv = demoCsv(demo);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('date,hour,station_code,station,city,PM2.5,PM10,SO2,NO2,CO,O3');
    // 2 years = 731 days × 24 h × 9 stations = 157 896 rows, + header, + final empty string after the last \n.
    expect(lines).toHaveLength(157_896 + 2);
    expect(lines[1]).toMatch(/^2020-01-01,0,1081A,尖草坪,太原,\d*,\d*,\d*,\d*,(\d+\.\d)?,\d*$/);
    expect(lines[lines.length - 2]).toMatch(/^2021-12-31,23,1089A,金胜,太原,/);
    expect(csv).toMatch(/\n[^\n]*,,[^\n]*\n/);
  });

  it('writes the values of the Dataset (a known cell read back from the text)', () => {
    const sd = demo.hourly.get('1085A')?.get(dayNumber(2021, 1, 15));
    const row = demoCsv(demo).split('\n').find((l) => l.startsWith('2021-01-15,8,1085A,'));
    const cells = row?.split(',') ?? [];
    const v = (p: Pollutant) => sd?.values[8 * 6 + POLLUTANT_INDEX[p]] ?? NaN;
    const text = (p: Pollutant) => (Number.isNaN(v(p)) ? '' : p === 'CO' ? v(p).toFixed(1) : String(v(p)));
    expect(cells.slice(5)).toEqual(['PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3'].map((p) => text(p as Pollutant)));
  });
});

describe('demoStationListCsv', () => {
  it('lists the 9 stations in the national station-list layout with only 1083A flagged as 对照点', () => {
    const lines = demoStationListCsv().trim().split('\n');
    expect(lines[0]).toBe('监测点编码,监测点名称,城市,对照点');
    expect(lines).toHaveLength(10);
    expect(lines.filter((l) => l.endsWith(',Y'))).toEqual(['1083A,上兰(对照点),太原,Y']);
    expect(lines[2]).toBe('1082A,涧河,太原,N');
  });
});
